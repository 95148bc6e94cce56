/**
 * The group-work countdown in both slide windows: the projector shows it large in a corner, the
 * presenter offers the minutes the current notes mention and can end it. Kept in localStorage, so
 * both windows (and a reloaded one) show the same countdown.
 */
import { countdownOffers, parseCountdown, remaining, startCountdown, type Countdown } from './present-countdown';
import { formatDuration } from './present-timer';
import { onOtherWindowWrite, storedValue } from './present-storage';
import { countdownKey } from './present-countdown-key';
import { element, find } from '../../browser/dom';

export function startCountdownView(moduleId: string): { offer: (notesText: string) => void } {
  const saved = storedValue(countdownKey(moduleId));
  const box = find('[data-countdown]');
  const time = find('[data-countdown-time]');
  const offers = find('[data-countdown-offers]');
  let countdown: Countdown | null = parseCountdown(saved.read(), Date.now());

  function tick(): void {
    box.hidden = countdown === null;
    if (!countdown) return;
    const left = remaining(countdown, Date.now());
    time.textContent = formatDuration(left);
    box.toggleAttribute('data-done', left === 0);
  }
  function set(next: Countdown | null): void {
    countdown = next;
    saved.write(next && JSON.stringify(next));
    tick();
  }
  onOtherWindowWrite(saved, (raw) => {
    countdown = parseCountdown(raw, Date.now());
    tick();
  });
  find('[data-countdown-stop]').addEventListener('click', () => set(null));
  setInterval(tick, 1000);
  tick();

  return {
    offer(notesText) {
      offers.replaceChildren(
        ...countdownOffers(notesText).map((minutes) => {
          const button = element('button', `倒计时 ${minutes} 分钟`, 'button button--quiet');
          button.type = 'button';
          button.addEventListener('click', () => set(startCountdown(minutes, Date.now())));
          return button;
        }),
      );
    },
  };
}
