/**
 * Texts for the notice about saved data. They are rendered into the page's HTML (not shipped as
 * JavaScript), and the page script shows the one whose code the progress store reports.
 */
import type { ProgressProblem } from './progress';
import type { StorageProblem } from './safe-storage';

export type NoticeCode = ProgressProblem | StorageProblem;

export const NOTICE_MESSAGES: Record<NoticeCode, string> = {
  corrupt:
    '浏览器里保存的学习进度已损坏，无法读取，已从头开始记录。原数据已另存在本浏览器里，可以在「我的进度」页下载。',
  outdated:
    '保存的学习进度来自旧版课程，无法转换，已从头开始记录。原数据已另存在本浏览器里，可以在「我的进度」页下载。',
  newer:
    '保存的学习进度来自更新版本的课程，本页面无法读取，已从头开始记录。原数据已另存在本浏览器里，可以在「我的进度」页下载。',
  unavailable:
    '浏览器不允许本网站保存数据（可能处于无痕/隐私模式）。这次学习的进度只在本页面上，刷新、关闭或打开别的页面都会丢失：离开前请点「导出本页的进度」保存一份。',
  full: '浏览器存储空间已满，已保存的进度还在，但这一页上新的作答只在本页面上：离开前请点「导出本页的进度」保存一份。',
};
