/**
 * The presenter window (/present/<id>/?view=presenter): beside the slide it shows the current
 * title, the next slide's title and a picture of it, a copy of the trainer notes of the section on
 * screen (plain text blocks, never islands) at a size the trainer picks, countdowns for the group
 * work those notes mention, a module timer against the planned minutes and the clock. The timer and
 * the notes size are kept in localStorage, so closing and reopening the presenter keeps them.
 */
import type { Slide } from './slides';
import {
  STOPPED,
  elapsed,
  formatClock,
  formatDuration,
  pace,
  parseTimer,
  pauseTimer,
  startTimer,
  type Timer,
} from './present-timer';
import { storedValue } from './present-storage';
import { slidePicture, staticCopy } from './slide-picture';
import { all, find } from '../../browser/dom';

const NOTES_SIZES = [0.9, 1, 1.1, 1.25, 1.4, 1.6];

function startTimerControls(moduleId: string, minutes: number): void {
  const saved = storedValue(`svc-course:present-timer:${moduleId}`);
  let timer: Timer = parseTimer(saved.read());
  const toggle = find<HTMLButtonElement>('[data-timer-toggle]');
  const elapsedText = find('[data-elapsed]');

  function tick(): void {
    const now = Date.now();
    const spent = elapsed(timer, now);
    elapsedText.textContent = formatDuration(spent);
    elapsedText.dataset.pace = pace(spent, minutes);
    find('[data-clock]').textContent = formatClock(new Date(now));
    toggle.textContent = timer.since === null ? (spent ? '继续计时' : '开始计时') : '暂停';
    toggle.setAttribute('aria-pressed', String(timer.since !== null));
  }
  function update(next: Timer): void {
    timer = next;
    saved.write(JSON.stringify(timer));
    tick();
  }
  toggle.addEventListener('click', () =>
    update(timer.since === null ? startTimer(timer, Date.now()) : pauseTimer(timer, Date.now())),
  );
  find('[data-timer-reset]').addEventListener('click', () => {
    if (elapsed(timer, Date.now()) === 0 || confirm('把本模块的计时归零？')) update(STOPPED);
  });
  setInterval(tick, 1000);
  tick();
}

function startNotesSize(): void {
  const saved = storedValue('svc-course:present-notes-size');
  const notes = find('.presenter-notes');
  let step = Math.max(0, NOTES_SIZES.indexOf(Number(saved.read())));
  if (saved.read() === null) step = NOTES_SIZES.indexOf(1);
  const apply = () => {
    notes.style.setProperty('--notes-size', String(NOTES_SIZES[step]));
    all<HTMLButtonElement>('[data-notes-size]').forEach((button) => {
      const next = step + Number(button.dataset.notesSize);
      button.disabled = next < 0 || next >= NOTES_SIZES.length;
    });
  };
  all<HTMLButtonElement>('[data-notes-size]').forEach((button) =>
    button.addEventListener('click', () => {
      step = Math.min(NOTES_SIZES.length - 1, Math.max(0, step + Number(button.dataset.notesSize)));
      saved.write(String(NOTES_SIZES[step]));
      apply();
    }),
  );
  apply();
}

export function startPresenter(
  slides: readonly Slide[],
  elements: readonly HTMLElement[],
  offerCountdowns: (notesText: string) => void,
): { show: (index: number) => void } {
  const { body } = document;
  body.dataset.view = 'presenter';
  all('[data-presenter-only]').forEach((element) => (element.hidden = false));
  find('[data-presenter-open]').hidden = true;
  startTimerControls(body.dataset.moduleId!, Number(body.dataset.minutes));
  startNotesSize();

  const printNotes = find<HTMLInputElement>('[data-print-notes]');
  printNotes.checked = document.documentElement.hasAttribute('data-print-notes');
  printNotes.addEventListener('change', () =>
    document.documentElement.toggleAttribute('data-print-notes', printNotes.checked),
  );

  const notes = find('[data-notes]');
  const preview = find('[data-next-preview]');
  return {
    show(index) {
      const slide = slides[index];
      if (!slide) return;
      const next = slides[index + 1];
      find('[data-current-title]').textContent = slide.title;
      find('[data-next-title]').textContent = next?.title ?? '（最后一张）';
      preview.replaceChildren(...(next ? [slidePicture(next, elements)] : []));
      notes.replaceChildren(...slide.notes.map((at) => staticCopy(elements[at]!)));
      find('[data-notes-empty]').hidden = slide.notes.length > 0;
      offerCountdowns(notes.textContent ?? '');
    },
  };
}
