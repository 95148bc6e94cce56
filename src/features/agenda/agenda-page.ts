/**
 * 课程日程: reads the start times, today's day and the module being taught, asks agenda.ts for
 * the schedule and the pace, and writes the texts. Settings persist under AGENDA_KEY; each change is
 * saved on top of what is saved now, and another tab's saves show here (not in a field being edited).
 */
import {
  AGENDA_KEY,
  describePace,
  describePosition,
  formatClock,
  formatSpan,
  minuteOfDay,
  parseAgendaSettings,
  parseClock,
  planDay,
  positionAt,
  validateStart,
  withAgendaChange,
  type AgendaChange,
  type AgendaDay,
} from './agenda';
import { all, find, readJson } from '../../browser/dom';
import { PRESENT_NOW_KEY, parsePresentNow } from '../slides/present-now';

const days = readJson<AgendaDay[]>('agenda-data');
// localStorage directly, not platform/safe-storage: sharing that module with this page would split it
// from the reading pages' chunk and push them over 2 KB. Without storage (page.ts says so), the
// settings last for this visit.
function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
/** What is saved now; null when storage is refused (the page then keeps its own copy). */
const readSaved = () => attempt(() => parseAgendaSettings(localStorage.getItem(AGENDA_KEY) ?? undefined)) ?? null;
let settings = readSaved() ?? parseAgendaSettings(undefined);
/** Saves one change on top of what is saved now, so another tab's unrelated change is never undone. */
function change(next: AgendaChange): void {
  settings = withAgendaChange(readSaved() ?? settings, next);
  attempt(() => localStorage.setItem(AGENDA_KEY, JSON.stringify(settings)));
}
/** Whether the learner is in this field now: an edit in progress is never replaced under the cursor. */
const editing = (field: HTMLElement) => document.activeElement === field;
const section = (day: AgendaDay) => find(`[data-day="${day.id}"]`);
const today = () => days.find((day) => day.id === settings.today) ?? days[0]!;
const scheduleOf = (day: AgendaDay) => planDay(day, parseClock(settings.starts[day.id]) ?? parseClock(day.start)!);

function renderDay(day: AgendaDay): void {
  const schedule = scheduleOf(day);
  const root = section(day);
  all('[data-row]', root).forEach(
    (row, index) => (find('[data-span]', row).textContent = formatSpan(schedule.rows[index]!)),
  );
  find('[data-day-span]', root).textContent = formatSpan(schedule);
  find('[data-end]', root).textContent = formatClock(schedule.end);
}

function renderPace(): void {
  const day = today();
  const schedule = scheduleOf(day);
  const now = minuteOfDay(new Date());
  const position = positionAt(schedule, now);
  // A slide show on screen says which module is being taught (of today's day), else the trainer's choice.
  const shown = parsePresentNow(
    attempt(() => localStorage.getItem(PRESENT_NOW_KEY)),
    Date.now(),
  );
  const shownModule = shown && day.modules.find((module) => module.id === shown.module);
  const teaching = shownModule ? shownModule.id : (settings.current[day.id] ?? '');
  const presentNow = find('[data-present-now]');
  presentNow.hidden = !shownModule;
  if (shown && shownModule)
    presentNow.textContent = `正在放映：${shownModule.code} 第 ${shown.slide} 张「${shown.title}」`;
  all('[data-row]').forEach((row) => {
    const inToday = row.closest('[data-day]') === section(day);
    const index = Number(row.dataset.row);
    const planned = schedule.rows[index];
    const isNow = inToday && position.state === 'during' && position.index === index;
    row.classList.toggle('is-now', isNow);
    row.ariaCurrent = isNow ? 'time' : null;
    find('[data-now-tag]', row).hidden = !isNow;
    find('[data-teaching-tag]', row).hidden = !(inToday && planned?.kind === 'module' && planned.id === teaching);
  });
  find('[data-clock]').textContent = formatClock(now);
  find('[data-position]').textContent = describePosition(schedule, position);
  find('[data-pace-line]').textContent = describePace(schedule, teaching, now);
}

for (const day of days) {
  const root = section(day);
  const input = find<HTMLInputElement>('[data-start]', root);
  const error = find('[data-start-error]', root);
  const showError = (message: string) => {
    error.hidden = !message;
    error.textContent = message;
    input.setAttribute('aria-invalid', String(!!message));
  };
  input.addEventListener('input', () => {
    const check = validateStart(input.value);
    if (!check.ok) return showError(check.message);
    showError('');
    change({ kind: 'start', day: day.id, start: formatClock(check.minutes) });
    renderDay(day);
    renderPace();
  });
  // Leaving a valid field shows what is saved (another tab may have saved this day's start meanwhile);
  // a wrong one keeps its text and its message, so nothing typed is lost.
  input.addEventListener('blur', () => {
    if (validateStart(input.value).ok) input.value = settings.starts[day.id] ?? day.start;
  });
  find('[data-reset-start]', root).addEventListener('click', () => {
    change({ kind: 'start', day: day.id, start: null });
    input.value = day.start;
    showError('');
    renderDay(day);
    renderPace();
  });
}

/** Shows the saved settings in every field but the one being edited, and the plans they make. */
function showSettings(): void {
  for (const day of days) {
    const root = section(day);
    const input = find<HTMLInputElement>('[data-start]', root);
    if (!editing(input)) {
      input.value = settings.starts[day.id] ?? day.start;
      input.setAttribute('aria-invalid', 'false');
      find('[data-start-error]', root).hidden = true;
    }
    const current = find<HTMLSelectElement>(`[data-current="${day.id}"]`);
    if (!editing(current)) current.value = settings.current[day.id] ?? '';
    renderDay(day);
  }
}
showSettings();

const todaySelect = find<HTMLSelectElement>('[data-today]');
const showToday = () => {
  todaySelect.value = today().id;
  document
    .querySelectorAll<HTMLElement>('[data-current-for]')
    .forEach((label) => (label.hidden = label.dataset.currentFor !== today().id));
};
todaySelect.addEventListener('change', () => {
  change({ kind: 'today', day: todaySelect.value });
  showToday();
  renderPace();
});
document.querySelectorAll<HTMLSelectElement>('[data-current]').forEach((select) =>
  select.addEventListener('change', () => {
    change({ kind: 'current', day: select.dataset.current!, module: select.value });
    renderPace();
  }),
);
// A slide window moved on: follow what is on screen.
window.addEventListener('storage', (event) => {
  if (event.key === PRESENT_NOW_KEY) renderPace();
});
// Another tab saved (key null: it cleared storage): follow it, except in the field being edited here.
window.addEventListener('storage', (event) => {
  if (event.key !== AGENDA_KEY && event.key !== null) return;
  settings = readSaved() ?? settings;
  showSettings();
  if (!editing(todaySelect)) showToday();
  renderPace();
});

// Re-render at the start of every minute, so the clock and the pace never lag by more than a moment.
const tick = () => {
  renderPace();
  setTimeout(tick, 60_000 - (Date.now() % 60_000));
};
find('[data-pace]').hidden = false;
showToday();
tick();
