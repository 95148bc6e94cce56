/**
 * 班级成绩: reads the dropped or chosen results files in the browser, shows the table, the summary
 * and the files that were not counted, sorts by any column and exports CSV. Text from a file only
 * ever reaches the page through textContent, never as HTML.
 */
import {
  EXAM_LABELS,
  MAX_FILES,
  MAX_PASTE_CHARS,
  classCsv,
  collectResults,
  displayDate,
  displayPercent,
  expandFile,
  pastedFiles,
  sortRows,
  summarize,
  type ClassFile,
  type ClassRow,
  type SortDirection,
  type SortKey,
} from './class-results';
import { MAX_RESULTS_BYTES, beijingTime } from './results-file';
import { downloadText } from '../../browser/download';
import { all, element, find } from '../../browser/dom';

const input = find<HTMLInputElement>('[data-files]');
const dropZone = find<HTMLElement>('[data-drop-zone]');
const summary = find<HTMLElement>('[data-summary]');
const problemsBox = find<HTMLElement>('[data-problems]');
const problemList = find<HTMLUListElement>('[data-problem-list]');
const table = find<HTMLElement>('[data-table]');
const body = find<HTMLTableSectionElement>('[data-rows]');
const csvButton = find<HTMLButtonElement>('[data-csv]');
const clearButton = find<HTMLButtonElement>('[data-clear]');
const headers = all<HTMLTableCellElement>('th[data-column]');

let files: ClassFile[] = [];
let rows: ClassRow[] = [];
let sortKey: SortKey = 'learner';
let direction: SortDirection = 'ascending';

function rowElement(row: ClassRow): HTMLTableRowElement {
  const tr = element('tr');
  const name = element('th', row.learner);
  name.scope = 'row';
  if (row.sameName) {
    name.append(' ', element('span', '同名', 'tag'), element('span', row.file, 'class-table__file'));
  }
  tr.append(
    name,
    element('td', `${row.modulesComplete} / ${row.modulesTotal}`),
    element('td', `${row.checksPassed} / ${row.checksTotal}`),
    element('td', row.bestPercent === null ? '—' : `${displayPercent(row.bestPercent)}%`),
    element('td', EXAM_LABELS[row.exam], `exam--${row.exam}`),
    element('td', displayDate(row.examAt)),
    element('td', displayDate(row.exportedAt)),
  );
  return tr;
}

function renderTable(): void {
  body.replaceChildren(...sortRows(rows, sortKey, direction).map(rowElement));
  for (const header of headers) {
    if (header.dataset.column === sortKey) header.setAttribute('aria-sort', direction);
    else header.removeAttribute('aria-sort');
  }
}

function render(): void {
  const result = collectResults(files);
  rows = result.rows;
  const counts = summarize(rows);
  const skipped = result.problems.length ? `另有 ${result.problems.length} 个文件未计入，原因见下方。` : '';
  summary.textContent = !files.length
    ? '还没有读取任何文件。'
    : `共 ${counts.learners} 名学员：${counts.passed} 人通过结业考试，${counts.failed} 人未通过，${counts.absent} 人未参加。${skipped}`;
  problemList.replaceChildren(
    ...result.problems.map((problem) => {
      const item = element('li');
      item.append(element('strong', `「${problem.file}」`), problem.message);
      return item;
    }),
  );
  problemsBox.hidden = !result.problems.length;
  table.hidden = !rows.length;
  csvButton.disabled = !rows.length;
  clearButton.disabled = !files.length;
  renderTable();
}

async function addFiles(chosen: readonly File[]): Promise<void> {
  const read = await Promise.all(
    chosen.map(async (file, index): Promise<ClassFile> => {
      // Too large or past the limit: not read at all; collectResults reports it from the size or count.
      const skip = file.size > MAX_RESULTS_BYTES || files.length + index >= MAX_FILES;
      return { name: file.name, size: file.size, text: skip ? '' : await file.text().catch(() => '') };
    }),
  );
  files = [...files, ...read.flatMap(expandFile)];
  render();
}

input.addEventListener('change', async () => {
  const chosen = [...(input.files ?? [])];
  input.value = '';
  await addFiles(chosen);
});
// Files chosen while this script was still loading (a slow network) are read now rather than lost.
if (input.files?.length) input.dispatchEvent(new Event('change'));

// Results sent as chat text (WeChat's own browser cannot download files) are pasted instead.
const pasteBox = find<HTMLTextAreaElement>('[data-paste]');
const pasteMessage = find<HTMLElement>('[data-paste-message]');
let pastes = 0;
find<HTMLButtonElement>('[data-paste-add]').addEventListener('click', () => {
  const text = pasteBox.value;
  const found = pastedFiles(text, pastes + 1);
  pasteMessage.hidden = false;
  pasteMessage.dataset.kind = found.length ? 'ok' : 'error';
  if (!found.length) {
    // The paste stays in the box, so the trainer can see what was wrong.
    pasteMessage.textContent =
      text.length > MAX_PASTE_CHARS
        ? '粘贴的内容太长，请分几次粘贴。'
        : '没有找到成绩：请粘贴学员「复制成绩」发来的完整内容（以 { 开头，以 } 结尾）。';
    pasteBox.focus();
    return;
  }
  pastes += 1;
  files = [...files, ...found];
  render();
  pasteBox.value = '';
  pasteMessage.textContent = `读取了 ${found.length} 份粘贴的成绩（粘贴 ${pastes}），结果见下表。`;
});

// The whole page accepts a drop, so a near miss never makes the browser open the file instead.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.toggleAttribute('data-over', true);
});
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) dropZone.removeAttribute('data-over');
});
document.addEventListener('drop', async (event) => {
  event.preventDefault();
  dropZone.removeAttribute('data-over');
  await addFiles([...(event.dataTransfer?.files ?? [])]);
});

for (const button of all<HTMLButtonElement>('[data-sort]')) {
  button.addEventListener('click', () => {
    const key = button.dataset.sort as SortKey;
    // A new column starts with names A→Z and everything else highest or latest first.
    direction =
      key === sortKey
        ? direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'learner'
          ? 'ascending'
          : 'descending';
    sortKey = key;
    renderTable();
  });
}

csvButton.addEventListener('click', () => {
  const today = beijingTime(new Date().toISOString()).slice(0, 10);
  downloadText(`班级成绩-${today}.csv`, classCsv(sortRows(rows, sortKey, direction)), 'text/csv;charset=utf-8');
});

clearButton.addEventListener('click', () => {
  files = [];
  pastes = 0;
  pasteMessage.hidden = true;
  render();
  input.focus();
});

render();
