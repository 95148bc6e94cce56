/** 「我的进度」: export, import (validated before anything changes) and a confirmed reset. */
import { progress, setProgress } from '../stores/progress';
import { emptyProgress } from '../lib/progress';
import { MAX_IMPORT_BYTES, createProgressExport, exportFileName, parseProgressImport } from '../lib/progress-file';

const find = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const message = find<HTMLElement>('[data-import-message]');

function say(text: string, ok: boolean): void {
  message.hidden = false;
  message.textContent = text;
  message.dataset.kind = ok ? 'ok' : 'error';
}

find<HTMLButtonElement>('[data-export]').addEventListener('click', () => {
  const now = new Date().toISOString();
  const url = URL.createObjectURL(new Blob([createProgressExport(progress.get(), now)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: exportFileName(now) });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say('进度文件已导出，请妥善保存。', true);
});

find<HTMLInputElement>('[data-import]').addEventListener('change', async (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // Check the size before reading, so a huge file is never loaded into memory.
  const result = parseProgressImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size);
  if (!result.ok) return say(`「${file.name}」未能导入：${result.message}`, false);
  setProgress(result.progress);
  const modules = Object.values(result.progress.modules).filter((record) => record.completedAt).length;
  say(`已从「${file.name}」导入：${Object.keys(result.progress.exercises).length} 个练习的作答，${modules} 个已完成的模块。`, true);
});

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
