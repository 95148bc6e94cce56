/**
 * 「我的进度」: export, import (validated before anything changes), the results file for the
 * trainer, and a confirmed reset.
 */
import { progress, setProgress } from '../stores/progress';
import { learnerName } from '../stores/learner';
import { emptyProgress } from '../lib/progress';
import { normaliseLearnerName } from '../lib/learner';
import { MAX_IMPORT_BYTES, createProgressExport, exportFileName, parseProgressImport } from '../lib/progress-file';
import { createResultsFile, learnerNameProblem, resultsCsv, resultsFileName, type ResultsFile } from '../lib/results-file';
import { resultsInput } from '../lib/results-export';
import type { PageData } from '../lib/page-data';
import { downloadText } from './download';

const find = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function sayIn(message: HTMLElement, text: string, ok: boolean): void {
  message.hidden = false;
  message.textContent = text;
  message.dataset.kind = ok ? 'ok' : 'error';
}
const say = (text: string, ok: boolean) => sayIn(find('[data-import-message]'), text, ok);

find<HTMLButtonElement>('[data-export]').addEventListener('click', () => {
  const now = new Date().toISOString();
  downloadText(exportFileName(now), createProgressExport(progress.get(), now), 'application/json');
  say('进度文件已导出，请妥善保存。', true);
});

// ——— Results for the trainer ———
const results = find<HTMLElement>('#results');
const nameInput = find<HTMLInputElement>('[data-learner-name]');
const resultsMessage = find<HTMLElement>('[data-results-message]');
const { modules }: PageData = JSON.parse(find('#page-data').textContent!);
nameInput.value = learnerName.get();
nameInput.addEventListener('change', () => {
  nameInput.value = normaliseLearnerName(nameInput.value);
  learnerName.set(nameInput.value);
});

function exportResults(as: (file: ResultsFile, text: string) => void): void {
  const name = normaliseLearnerName(nameInput.value);
  const problem = learnerNameProblem(name);
  nameInput.setAttribute('aria-invalid', String(Boolean(problem)));
  if (problem) {
    sayIn(resultsMessage, `先填好姓名：${problem}`, false);
    nameInput.focus();
    return;
  }
  learnerName.set(name);
  const context = { modules, checkPassPercent: Number(results.dataset.checkPass), course: results.dataset.course ?? '' };
  const input = resultsInput(progress.get(), context, name, new Date().toISOString());
  const text = createResultsFile(input);
  as(JSON.parse(text) as ResultsFile, text);
  sayIn(resultsMessage, `成绩已导出（${input.exam.attempts.length} 次结业考试记录）。`, true);
}

find<HTMLButtonElement>('[data-results-json]').addEventListener('click', () =>
  exportResults((file, text) => downloadText(resultsFileName(file.learner, file.exportedAt), text, 'application/json')),
);
find<HTMLButtonElement>('[data-results-csv]').addEventListener('click', () =>
  exportResults((file) => downloadText(resultsFileName(file.learner, file.exportedAt).replace(/\.json$/, '.csv'), resultsCsv(file), 'text/csv;charset=utf-8')),
);

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
