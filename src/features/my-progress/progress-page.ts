/**
 * 「我的进度」: export, import (validated before anything changes), the results file for the
 * trainer, and a confirmed reset.
 */
import { $progress, setProgress } from '../../stores/progress';
import { $learnerName } from '../../stores/learner';
import { PROGRESS_BACKUP_KEY, PROGRESS_OLDER_BACKUP_KEY, emptyProgress, setAside } from '../../platform/progress';
import { pageStorage } from '../../browser/page-storage';
import { normaliseLearnerName } from '../../platform/learner';
import { MAX_IMPORT_BYTES, describeProgress, isEmptyProgress, parseProgressImport } from '../../platform/progress-file';
import { createProgressExport, exportFileName } from '../../platform/progress-export';
import {
  createResultsFile,
  learnerNameProblem,
  resultsCsv,
  resultsFileName,
  type ResultsFile,
} from '../class-results/results-file';
import { resultsInput } from './results-export';
import type { PageData } from '../../platform/page-data';
import { downloadText } from '../../browser/download';
import { copyText } from '../../browser/clipboard';
import { find, readJson } from '../../browser/dom';
import { framedByAnotherSite } from '../../browser/frame';

function sayIn(message: HTMLElement, text: string, ok: boolean): void {
  message.hidden = false;
  message.textContent = text;
  message.dataset.kind = ok ? 'ok' : 'error';
}
const say = (text: string, ok: boolean) => sayIn(find('[data-import-message]'), text, ok);

/**
 * WeChat's own browser cannot download, and a browser opened from it has storage of its own (empty),
 * so this device's data leaves WeChat as copied text: shown in `box`, selected and copied.
 */
async function copyInstead(text: string, box: HTMLElement, message: HTMLElement, what: string): Promise<void> {
  box.hidden = false;
  const copied = await copyText(text, box.querySelector('textarea')!);
  sayIn(
    message,
    copied
      ? `微信里不能下载文件，已把${what}复制下来：粘贴到「文件传输助手」保存。`
      : `微信里不能下载文件：请长按下面的文字，全选后复制，粘贴到「文件传输助手」保存（${what}）。`,
    copied,
  );
}
const progressCopyBox = find<HTMLElement>('[data-progress-copy-box]');
/** 「，证书上的姓名「…」」 when the export carries the learner's name. */
const withName = (name = $learnerName.get()) => (name ? `，证书上的姓名「${name}」` : '');

find<HTMLButtonElement>('[data-export]').addEventListener('click', () => {
  const now = new Date().toISOString();
  const progress = $progress.get();
  const text = createProgressExport(progress, now, $learnerName.get());
  if (downloadText(exportFileName(now), text, 'application/json'))
    say(`进度文件已导出（${describeProgress(progress)}${withName()}），请妥善保存。`, true);
  else
    void copyInstead(
      JSON.stringify(JSON.parse(text)),
      progressCopyBox,
      find('[data-import-message]'),
      `进度（${describeProgress(progress)}${withName()}；以后在本页「粘贴导入」即可恢复）`,
    );
});

// ——— Results for the trainer ———
const results = find<HTMLElement>('#results');
const nameInput = find<HTMLInputElement>('[data-learner-name]');
const resultsMessage = find<HTMLElement>('[data-results-message]');
const { modules } = readJson<PageData>('page-data');
nameInput.value = $learnerName.get();
nameInput.addEventListener('change', () => {
  nameInput.value = normaliseLearnerName(nameInput.value);
  $learnerName.set(nameInput.value);
});

/** The results file's text, or null (and a message) while the name is missing or wrong. */
function resultsText(): string | null {
  const name = normaliseLearnerName(nameInput.value);
  const problem = learnerNameProblem(name);
  nameInput.setAttribute('aria-invalid', String(Boolean(problem)));
  if (problem) {
    sayIn(resultsMessage, `先填好姓名：${problem}`, false);
    nameInput.focus();
    return null;
  }
  $learnerName.set(name);
  const context = {
    modules,
    checkPassPercent: Number(results.dataset.checkPass),
    course: results.dataset.course ?? '',
  };
  return createResultsFile(resultsInput($progress.get(), context, name, new Date().toISOString()));
}

/** `as` saves the file and says whether the browser took the download. */
function exportResults(as: (file: ResultsFile, text: string) => boolean): void {
  const text = resultsText();
  if (text === null) return;
  const file = JSON.parse(text) as ResultsFile;
  if (as(file, text)) sayIn(resultsMessage, `成绩已导出（${file.exam.attempts.length} 次结业考试记录）。`, true);
  else sayIn(resultsMessage, '微信里不能下载文件：请点「复制成绩（用微信发送）」，再到和讲师的聊天里粘贴。', false);
}

find<HTMLButtonElement>('[data-results-json]').addEventListener('click', () =>
  exportResults((file, text) => downloadText(resultsFileName(file.learner, file.exportedAt), text, 'application/json')),
);
find<HTMLButtonElement>('[data-results-csv]').addEventListener('click', () =>
  exportResults((file) =>
    downloadText(
      resultsFileName(file.learner, file.exportedAt).replace(/\.json$/, '.csv'),
      resultsCsv(file),
      'text/csv;charset=utf-8',
    ),
  ),
);

// WeChat's own browser cannot download files: the results travel as a chat message instead.
const copyBox = find<HTMLElement>('[data-results-copy-box]');
const copyArea = find<HTMLTextAreaElement>('[data-results-copy-text]');
find<HTMLButtonElement>('[data-results-copy]').addEventListener('click', async () => {
  const fileText = resultsText();
  if (fileText === null) return;
  copyBox.hidden = false;
  // One line without indentation: a shorter chat message, read the same way.
  const copied = await copyText(JSON.stringify(JSON.parse(fileText)), copyArea);
  sayIn(
    resultsMessage,
    copied
      ? '成绩已复制：到微信里和讲师的聊天中粘贴，发送即可。'
      : '没能自动复制：请长按下面的文字，全选后复制，再粘贴到和讲师的聊天里。',
    copied,
  );
});

const importConfirm = find<HTMLElement>('[data-import-confirm]');

/**
 * Imports a progress file's text (checked completely first); `source` names it in the message.
 * Progress already in this browser is replaced only when the learner confirms, and is set aside
 * first (downloadable under 另存的原数据).
 */
function importProgress(text: string, sizeInBytes: number, source: string): void {
  importConfirm.hidden = true;
  const result = parseProgressImport(text, sizeInBytes);
  if (!result.ok) return say(`${source}未能导入：${result.message}`, false);
  const current = $progress.get();
  const replace = () => {
    importConfirm.hidden = true;
    if (!isEmptyProgress(current)) setAside(JSON.stringify(current), pageStorage());
    setProgress(result.progress);
    // The certificate's name travels with the progress, so the certificate does not ask again.
    if (result.learner) {
      $learnerName.set(result.learner);
      nameInput.value = result.learner;
    }
    showSetAside();
    say(
      `已从${source}导入：${describeProgress(result.progress)}${withName(result.learner)}。${isEmptyProgress(current) ? '' : '替换前的进度已另存，可在「另存的原数据」下载。'}`,
      true,
    );
  };
  if (isEmptyProgress(current)) return replace();
  find('[data-import-confirm-text]').textContent =
    `本浏览器里已有进度（${describeProgress(current)}），导入会用${source}中的进度（${describeProgress(result.progress)}）替换它。确定导入吗？`;
  importConfirm.hidden = false;
  find<HTMLButtonElement>('[data-import-yes]').onclick = replace;
  find<HTMLButtonElement>('[data-import-yes]').focus();
}
find<HTMLButtonElement>('[data-import-no]').addEventListener('click', () => {
  importConfirm.hidden = true;
  say('已取消导入，进度没有改动。', true);
});

find<HTMLInputElement>('[data-import]').addEventListener('change', async (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // Check the size before reading, so a huge file is never loaded into memory.
  importProgress(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size, `「${file.name}」`);
});

const pasted = find<HTMLTextAreaElement>('[data-import-text]');
find<HTMLButtonElement>('[data-import-paste]').addEventListener('click', () => {
  const text = pasted.value.trim();
  if (!text) return say('先把复制的进度文本粘贴到框里。', false);
  importProgress(text, new Blob([text]).size, '粘贴的文本');
  if (find('[data-import-message]').dataset.kind === 'ok') pasted.value = '';
});

// ——— Saved values set aside: unreadable ones (recoverProgress) and progress replaced by an import ———
const setAsidePanel = find<HTMLElement>('[data-set-aside]');
const setAsideList = find<HTMLElement>('[data-set-aside-list]');

function showSetAside(): void {
  setAsideList.replaceChildren();
  [PROGRESS_BACKUP_KEY, PROGRESS_OLDER_BACKUP_KEY].forEach((key, index) => {
    const raw = pageStorage()[key];
    if (raw === undefined) return;
    setAsidePanel.hidden = false;
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'button',
      textContent: `下载${index === 0 ? '最近' : '更早'}另存的一份（${raw.length.toLocaleString('zh-CN')} 个字符）`,
    });
    button.addEventListener('click', () => {
      const name = `学习进度-另存的原数据-${index + 1}-${new Date().toISOString().slice(0, 10)}.txt`;
      const message = find('[data-set-aside-message]');
      if (downloadText(name, raw, 'text/plain;charset=utf-8')) sayIn(message, `已下载「${name}」。`, true);
      else void copyInstead(raw, find('[data-set-aside-copy-box]'), message, '另存的原数据');
    });
    const item = document.createElement('li');
    item.append(button);
    setAsideList.append(item);
  });
}
showSetAside();

const confirm = find<HTMLElement>('[data-reset-confirm]');
const resetButton = find<HTMLButtonElement>('[data-reset]');
resetButton.addEventListener('click', () => {
  confirm.hidden = false;
  find<HTMLButtonElement>('[data-reset-no]').focus();
});
find<HTMLButtonElement>('[data-reset-no]').addEventListener('click', () => {
  confirm.hidden = true;
  resetButton.focus();
});
find<HTMLButtonElement>('[data-reset-yes]').addEventListener('click', () => {
  setProgress(emptyProgress());
  confirm.hidden = true;
  say('全部进度已清空。', true);
  resetButton.focus();
});

// Inside another site's frame, the buttons that erase or replace progress stay off (clickjacking).
if (framedByAnotherSite()) {
  for (const control of document.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
    '[data-reset], [data-import], [data-import-paste]',
  ))
    control.disabled = true;
  say('本页显示在其他网站的页面里：为防误操作，导入和清空已停用。请直接打开课程的网址。', false);
}
