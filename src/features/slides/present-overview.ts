/**
 * The overview's thumbnails and its arrow keys, loaded when the overview first opens so the
 * projector's page stays within its budget. Each slide's button in `[data-overview-list]` (number,
 * then title; the live room panel reads the titles there) gets a picture of the slide beside it
 * while the overview is open: made at each opening, so exercises show their state, and removed at
 * closing, so the page holds no second copy of a slide. The pictures are static copies, inert and
 * hidden from assistive technology: no island hydrates twice and nothing in them takes focus.
 */
import type { Slide } from './slides';
import { gridMove } from './present-overview-keys';
import { slidePicture } from './slide-picture';
import { all } from '../../browser/dom';

/** How many thumbnails make the grid's first row, as laid out now. */
function columnsOf(items: readonly HTMLElement[]): number {
  const top = items[0]?.offsetTop;
  return Math.max(1, items.filter((item) => item.offsetTop === top).length);
}

export function startOverview(
  dialog: HTMLDialogElement,
  slides: readonly Slide[],
  elements: readonly HTMLElement[],
): { showPictures: () => void } {
  const buttons = () => all<HTMLButtonElement>('[data-overview-list] .overview__slide', dialog);
  // Only while open: after a jump the focus may still sit on a button of the closed dialog.
  dialog.addEventListener('keydown', (event) => {
    const list = buttons();
    const at = list.indexOf(event.target as HTMLButtonElement);
    if (!dialog.open || at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = list.map((button) => button.parentElement!);
    const target = gridMove(event.key, at, list.length, columnsOf(items));
    if (target === null) return;
    event.preventDefault();
    list[target]?.focus();
  });
  const removePictures = () => all('.overview__picture', dialog).forEach((picture) => picture.remove());
  // The close event comes a task later: a trainer's quick Esc then O may already have reopened it.
  dialog.addEventListener('close', () => {
    if (!dialog.open) removePictures();
  });
  return {
    showPictures() {
      removePictures();
      buttons().forEach((button, index) => {
        const slide = slides[index];
        if (!slide) return;
        const holder = document.createElement('div');
        holder.className = 'overview__picture';
        holder.setAttribute('aria-hidden', 'true');
        holder.inert = true;
        holder.append(slidePicture(slide, elements));
        button.before(holder);
      });
    },
  };
}
