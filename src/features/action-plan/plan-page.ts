/**
 * 我的行动计划: fills the page's (server-rendered, empty) sections with the learner's work and keeps
 * the header (name, hall, date) and the print setting in storage. Learner text is only ever set with
 * textContent / value. Re-renders when another tab (`storage`) or script (PROGRESS_EVENT) writes.
 */
import { pageStorage, showStorageNotice } from '../../browser/page-storage';
import { PROGRESS_EVENT, PROGRESS_KEY, recoverProgress } from '../../platform/progress';
import {
  PLAN_HEADER_KEY,
  buildActionPlan,
  parsePlanHeader,
  type ActionPlanTexts,
  type PlanHeader,
} from './action-plan';
import type { PlanBlock } from './blocks';
import { PLAN_BUILDERS } from './plan-builders';
import type { PageData } from '../../platform/page-data';
import { all, element, readJson } from '../../browser/dom';

type HeaderField = 'name' | 'hall' | 'date';

function renderBlock(block: PlanBlock, sectionTitle: string): HTMLElement {
  const wrapper = element('div');
  wrapper.className = `plan-block plan-block--${block.kind}`;
  if (block.heading) wrapper.append(element('h3', block.heading));
  if (block.kind === 'fields') {
    const list = element('dl');
    for (const item of block.items) {
      const row = element('div');
      row.append(element('dt', item.label), element('dd', item.value));
      list.append(row);
    }
    wrapper.append(list);
  } else if (block.kind === 'list') {
    const list = element('ul');
    list.append(...block.items.map((item) => element('li', item)));
    wrapper.append(list);
  } else {
    // Wide tables scroll sideways on a phone, so the region must be reachable by keyboard.
    const scroller = element('div');
    Object.assign(scroller, { className: 'table-scroll', tabIndex: 0 });
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', block.heading ?? sectionTitle);
    const table = element('table');
    const headRow = element('tr');
    headRow.append(...block.columns.map((column) => Object.assign(element('th', column), { scope: 'col' })));
    const body = element('tbody');
    for (const cells of block.rows) {
      const row = element('tr');
      row.append(...cells.map((cell) => element('td', cell)));
      body.append(row);
    }
    table.append(element('thead'), body);
    table.tHead!.append(headRow);
    scroller.append(table);
    wrapper.append(scroller);
  }
  return wrapper;
}

function init(): void {
  const { modules } = readJson<PageData>('page-data');
  const texts = readJson<ActionPlanTexts>('plan-texts');
  const page = document.querySelector<HTMLElement>('.plan-page')!;
  const storage = pageStorage();
  let shown = '';

  function renderSections(): void {
    const { progress, problem } = recoverProgress(storage[PROGRESS_KEY], storage);
    if (problem) showStorageNotice(problem);
    const sections = buildActionPlan(progress, modules, texts, PLAN_BUILDERS);
    // Leave the DOM (and the reader's focus) alone when nothing the plan shows has changed.
    const next = JSON.stringify(sections);
    if (next === shown) return;
    shown = next;
    for (const section of sections) {
      const container = document.querySelector<HTMLElement>(`[data-section="${section.exerciseId}"]`);
      if (!container) continue;
      container.dataset.filled = String(section.filled);
      container.dataset.done = String(section.done);
      const body = container.querySelector<HTMLElement>('[data-section-body]')!;
      body.replaceChildren(...section.blocks.map((block) => renderBlock(block, section.title)));
      // Short sections are kept on one printed page; long ones may break between their rows.
      const lines = section.blocks.reduce(
        (sum, block) => sum + (block.kind === 'table' ? block.rows.length + 1 : block.items.length),
        0,
      );
      container.classList.toggle('plan-section--short', lines <= 12);
    }
    all('[data-filled-count]').forEach(
      (count) => (count.textContent = String(sections.filter((section) => section.filled).length)),
    );
  }

  const headerInputs = all<HTMLInputElement>('[data-header-field]');
  const hideEmpty = document.querySelector<HTMLInputElement>('[data-hide-empty-toggle]')!;
  const today = () => new Date().toLocaleDateString('sv-SE'); // sv-SE writes YYYY-MM-DD in local time

  function showHeader(header: PlanHeader): void {
    for (const input of headerInputs) {
      const key = input.dataset.headerField as HeaderField;
      if (input !== document.activeElement) input.value = key === 'date' ? header.date || today() : header[key];
      document.querySelector(`[data-header-print="${key}"]`)!.textContent = input.value;
    }
    hideEmpty.checked = header.hideEmptyInPrint;
    page.toggleAttribute('data-hide-empty', header.hideEmptyInPrint);
  }

  function saveHeader(): void {
    const value = (key: HeaderField) => headerInputs.find((input) => input.dataset.headerField === key)?.value ?? '';
    const header: PlanHeader = {
      name: value('name'),
      hall: value('hall'),
      date: value('date'),
      hideEmptyInPrint: hideEmpty.checked,
    };
    storage[PLAN_HEADER_KEY] = JSON.stringify(header);
    showHeader(parsePlanHeader(storage[PLAN_HEADER_KEY]));
  }

  headerInputs.forEach((input) => input.addEventListener('input', saveHeader));
  hideEmpty.addEventListener('change', saveHeader);
  document.querySelector('[data-print]')!.addEventListener('click', () => window.print());
  window.addEventListener('storage', (event) => {
    if (event.key === PLAN_HEADER_KEY || event.key === null) showHeader(parsePlanHeader(storage[PLAN_HEADER_KEY]));
    renderSections();
  });
  window.addEventListener(PROGRESS_EVENT, renderSections);
  showHeader(parsePlanHeader(storage[PLAN_HEADER_KEY]));
  renderSections();
}

// Module scripts run before DOMContentLoaded: by then the layout's page script has also run, read
// progress first and shown any notice about unreadable saved data.
document.addEventListener('DOMContentLoaded', init);
