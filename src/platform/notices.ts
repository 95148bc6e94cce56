/**
 * Texts for the notice about saved data. They are rendered into the page's HTML (not shipped as
 * JavaScript), and the page script shows the one whose code the progress store reports.
 */
import type { ProgressProblem } from './progress';
import type { StorageProblem } from './safe-storage';

export type NoticeCode = ProgressProblem | StorageProblem;

export const NOTICE_MESSAGES: Record<NoticeCode, string> = {
  corrupt: '浏览器里保存的学习进度已损坏，无法读取，已从头开始记录。原数据已另存一份，可联系讲师恢复。',
  outdated: '保存的学习进度来自旧版课程，无法转换，已从头开始记录。原数据已另存一份。',
  newer: '保存的学习进度来自更新版本的课程，本页面无法读取，已从头开始记录。原数据已另存一份。',
  unavailable:
    '浏览器不允许本网站保存数据（可能处于无痕/隐私模式）。这次学习的进度只保存在本页面，刷新或关闭后会丢失；可以在「我的进度」页导出保存。',
  full: '浏览器存储空间已满，最新的进度暂时只保存在本页面。请在「我的进度」页导出一份进度文件，以免丢失。',
};
