/**
 * The presenter window (/present/<id>/?view=presenter): beside the slide it shows the current and
 * next titles, a copy of the current slide's trainer notes (plain text blocks, never islands), a
 * module timer against the planned minutes (kept in sessionStorage across reloads) and the clock.
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
import { all, find } from '../../browser/dom';

function sessionValue(key: string): { read: () => string | null; write: (value: string) => void } {
  return {
    read: () => {
      try {
        return sessionStorage.getItem(key);
      } catch {
        return null;
      }
    },
    write: (value) => {
      try {
        sessionStorage.setItem(key, value);
      } catch {
        // Without storage the timer still runs; it just restarts after a reload.
      }
    },
  };
}

export function startPresenter(
  slides: readonly Slide[],
  elements: readonly HTMLElement[],
): { show: (index: number) => void } {
  const { body } = document;
  body.dataset.view = 'presenter';
  all('[data-presenter-only]').forEach((element) => (element.hidden = false));
  find('[data-presenter-open]').hidden = true;

  const minutes = Number(body.dataset.minutes);
  const saved = sessionValue(`svc-course:present-timer:${body.dataset.moduleId}`);
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
  find('[data-timer-reset]').addEventListener('click', () => update(STOPPED));
  setInterval(tick, 1000);
  tick();

  const printNotes = find<HTMLInputElement>('[data-print-notes]');
  printNotes.checked = document.documentElement.hasAttribute('data-print-notes');
  printNotes.addEventListener('change', () =>
    document.documentElement.toggleAttribute('data-print-notes', printNotes.checked),
  );

  const notes = find('[data-notes]');
  return {
    show(index) {
      const slide = slides[index];
      if (!slide) return;
      find('[data-current-title]').textContent = slide.title;
      find('[data-next-title]').textContent = slides[index + 1]?.title ?? '（最后一张）';
      notes.replaceChildren(
        ...slide.notes.map((at) => {
          const copy = elements[at]!.cloneNode(true) as HTMLElement;
          copy.hidden = false;
          return copy;
        }),
      );
      find('[data-notes-empty]').hidden = slide.notes.length > 0;
    },
  };
}
