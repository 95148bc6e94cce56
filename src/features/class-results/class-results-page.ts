/**
 * 班级成绩: reads the dropped or chosen results files in the browser, shows the table (with a
 * column per module's check), the summary and the files that were not counted, sorts by any
 * column, filters to who has not passed, prints the list and exports CSV. Text from a file only
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
  moduleColumns,
  moduleOf,
  notPassed,
  pasteSummary,
  pastedFiles,
  sortRows,
  summarize,
  type ClassFile,
  type ClassRow,
  type FileProblem,
  type ModuleColumn,
  type PassMarks,
  type SortDirection,
  type SortKey,
} from './class-results';
import { MAX_RESULTS_BYTES, beijingTime } from './results-file';
import { downloadText } from '../../browser/download';
import { all, element, find, readJson } from '../../browser/dom';

/** What results.astro embeds: the course's pass marks and its modules in teaching order. */
export interface ResultsPageData {
  marks: PassMarks;
  modules: ModuleColumn[];
}

const input = find<HTMLInputElement>('[data-files]');
const dropZone = find<HTMLElement>('[data-drop-zone]');
const summary = find<HTMLElement>('[data-summary]');
const problemsBox = find<HTMLElement>('[data-problems]');
const problemList = find<HTMLUListElement>('[data-problem-list]');
const table = find<HTMLElement>('[data-table]');
const body = find<HTMLTableSectionElement>('[data-rows]');
const csvButton = find<HTMLButtonElement>('[data-csv]');
const clearButton = find<HTMLButtonElement>('[data-clear]');
const headRow = find<HTMLTableRowElement>('[data-head]');
const fixedHeaders = all<HTMLTableCellElement>('th[data-column]');
const onlyFailed = find<HTMLInputElement>('[data-only-failed]');
const filterLabel = find<HTMLElement>('[data-filter-label]');
const printButton = find<HTMLButtonElement>('[data-print]');
const printNote = find<HTMLElement>('[data-print-note]');
const { marks, modules: courseModules } = readJson<ResultsPageData>('class-results-data');

let files: ClassFile[] = [];
let rows: ClassRow[] = [];
let columns: ModuleColumn[] = [];
let sortKey: SortKey = 'learner';
let direction: SortDirection = 'ascending';

/** A sortable column header; the module ones are made here, as the files decide which modules there are. */
function moduleHeader(column: ModuleColumn): HTMLTableCellElement {
  const key: SortKey = `check:${column.id}`;
  const button = element(
    'button',
    [
      column.code,
      element('span', ` ${column.title} 检测`, 'visually-hidden'),
      element('span', '', 'sort-button__mark'),
    ],
    'sort-button',
  );
  button.type = 'button';
  button.title = `${column.code} ${column.title}：知识检测最高分与次数`;
  button.dataset.sort = key;
  const header = element('th', [button], 'class-table__module');
  header.scope = 'col';
  header.dataset.column = key;
  return header;
}

/**
 * A module's check: best score (✓ when passed) over its attempts, 「90% ✓」 / 「2 次」, or — for
 * either when not known. Screen readers hear 「90%，通过，2 次」 rather than a symbol.
 */
function checkCell(row: ClassRow, column: ModuleColumn): HTMLTableCellElement {
  const module = moduleOf(row, column.id);
  if (!module || module.checkBest === null) return element('td', module ? '—' : '', 'class-table__module');
  const attempts = module.checkAttempts === null ? '—' : String(module.checkAttempts);
  const mark = element('span', ' ✓');
  mark.setAttribute('aria-hidden', 'true');
  const verdict = module.checkPassed
    ? [mark, element('span', '，通过', 'visually-hidden')]
    : [element('span', '，未通过', 'visually-hidden')];
  return element(
    'td',
    [
      `${displayPercent(module.checkBest)}%`,
      ...verdict,
      element('span', '，', 'visually-hidden'),
      element('span', `${attempts} 次`, 'class-table__tries'),
    ],
    `class-table__module ${module.checkPassed ? 'check--passed' : 'check--failed'}`,
  );
}

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
    element('td', String(row.attempts)),
    element('td', displayDate(row.examAt)),
    element('td', displayDate(row.exportedAt)),
    ...columns.map((column) => checkCell(row, column)),
  );
  return tr;
}

/** The rows on screen (and on paper, and in the CSV): all, or only who has not passed, sorted. */
const shownRows = () => sortRows(onlyFailed.checked ? notPassed(rows) : rows, sortKey, direction);

function renderTable(): void {
  const shown = shownRows();
  const empty = element('td', '所有学员都已通过结业考试。');
  empty.colSpan = fixedHeaders.length + columns.length;
  body.replaceChildren(...(shown.length ? shown.map(rowElement) : [element('tr', [empty])]));
  for (const header of all<HTMLTableCellElement>('th[data-column]', headRow)) {
    if (header.dataset.column === sortKey) header.setAttribute('aria-sort', direction);
    else header.removeAttribute('aria-sort');
  }
  const today = beijingTime(new Date().toISOString()).slice(0, 10);
  printNote.textContent = `${onlyFailed.checked ? '未通过结业考试的学员' : '全部学员'}，共 ${shown.length} 人 · 打印于 ${today}`;
}

function render(): FileProblem[] {
  const result = collectResults(files, marks);
  rows = result.rows;
  columns = moduleColumns(rows, courseModules);
  headRow.replaceChildren(...fixedHeaders, ...columns.map(moduleHeader));
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
  printButton.disabled = !rows.length;
  clearButton.disabled = !files.length;
  // One text node, so the checkbox's name reads as one phrase.
  filterLabel.textContent = `只看未通过（${notPassed(rows).length} 人，含未参加考试的）`;
  renderTable();
  return result.problems;
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
  const problems = render();
  pasteBox.value = '';
  pasteMessage.textContent = `粘贴 ${pastes}：${pasteSummary(found, problems)}结果见下表。`;
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

// One listener for the fixed and the module columns' buttons, which are remade with each render.
headRow.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-sort]');
  if (!button) return;
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

onlyFailed.addEventListener('change', renderTable);
printButton.addEventListener('click', () => window.print());

csvButton.addEventListener('click', () => {
  const today = beijingTime(new Date().toISOString()).slice(0, 10);
  downloadText(`班级成绩-${today}.csv`, classCsv(shownRows(), columns), 'text/csv;charset=utf-8');
});

clearButton.addEventListener('click', () => {
  files = [];
  pastes = 0;
  pasteMessage.hidden = true;
  render();
  input.focus();
});

render();
