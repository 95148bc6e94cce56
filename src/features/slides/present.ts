/**
 * The slide show (/present/<id>/): describes the top-level blocks of the module's text, cuts them
 * into slides (slides.ts), fits each slide to the 1280×720 stage by shrinking its type or,
 * at the smallest size, splitting it, and shows one slide at a time by toggling `hidden` — blocks
 * are never moved or cloned, so exercise islands hydrate once, where they are, when first shown.
 * Keys and buttons navigate; the address keeps the slide (`#/5`); a BroadcastChannel keeps the
 * presenter window (?view=presenter, present-presenter.ts) on the same slide.
 */
import {
  clampSlide,
  cutSlides,
  fitScale,
  hashForSlide,
  paginate,
  slideFromHash,
  splitSlide,
  type Slide,
} from './slides';
import { describe } from './slide-blocks';
import { channelName, gotoMessage, helloMessage, receive } from './present-sync';
import { startPresenter } from './present-presenter';
import { all, find } from '../../browser/dom';

/** Type sizes tried, largest first, as a share of the stage's base size; the last is the floor. */
const FIT_STEPS = [1, 0.92, 0.85, 0.78, 0.7];

const body = document.body;
const moduleId = body.dataset.moduleId!;
const presenterView = new URLSearchParams(location.search).get('view') === 'presenter';
const stage = find('[data-stage]');
const viewport = find('[data-viewport]');
const container = find('[data-blocks]');
const headingLine = find('[data-slide-heading]');
const overview = find<HTMLDialogElement>('[data-overview]');
const elements = [...container.children] as HTMLElement[];
/** The block at an index that came from `elements` itself. */
const element = (index: number) => elements[index]!;
document.documentElement.toggleAttribute('data-print-notes', new URLSearchParams(location.search).has('notes'));

const blocks = elements.map(describe);
blocks.forEach(
  (block, index) =>
    (element(index).dataset.role = block.kind === 'prose' || block.kind === 'notes' ? block.kind : 'show'),
);

let shown: readonly number[] = [];
function display(slide: Slide): void {
  for (const index of shown) element(index).hidden = true;
  for (const index of slide.show) element(index).hidden = false;
  shown = slide.show;
  headingLine.hidden = slide.heading === null;
  headingLine.textContent = slide.heading ?? '';
}

const overflows = () =>
  container.scrollHeight > container.clientHeight + 1 || container.scrollWidth > container.clientWidth + 1;
const setSize = (slide: Slide, share: number) =>
  slide.show.forEach((index) => element(index).style.setProperty('--fit', String(share)));

/** Shrinks the slide's type step by step until it fits; false when it overflows even at the floor. */
function fit(slide: Slide): boolean {
  display(slide);
  return FIT_STEPS.some((share) => {
    setSize(slide, share);
    return !overflows();
  });
}

/** Fits every slide, splitting one that overflows at the smallest type into pages that fit. */
function fitAll(cut: Slide[]): Slide[] {
  return cut.flatMap((slide) => {
    if (fit(slide)) return [slide];
    const extents = slide.show.map((index) => ({
      top: element(index).offsetTop,
      bottom: element(index).offsetTop + element(index).offsetHeight,
    }));
    const parts = splitSlide(blocks, slide, paginate(extents, container.clientHeight));
    if (parts.length > 1) parts.forEach(fit);
    return parts;
  });
}

elements.forEach((block) => (block.hidden = true));
const slides = fitAll(cutSlides(blocks, body.dataset.deckTitle));
// The first block of each slide starts a printed page.
slides.forEach((slide) => (element(slide.show[0]!).dataset.slideStart = ''));
let current = -1;

const self = Math.random().toString(36).slice(2);
const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(moduleId)) : null;
const presenter = presenterView ? startPresenter(slides, elements) : null;

function go(target: number, broadcast = true): void {
  const index = clampSlide(target, slides.length);
  const slide = slides[index];
  if (!slide) return;
  if (index !== current) {
    current = index;
    display(slide);
    history.replaceState(null, '', hashForSlide(index));
    find('[data-count]').textContent = String(index + 1);
    find<HTMLButtonElement>('[data-prev]').disabled = index === 0;
    find<HTMLButtonElement>('[data-next]').disabled = index === slides.length - 1;
    presenter?.show(index);
  }
  if (broadcast) channel?.postMessage(gotoMessage(self, index));
}

channel?.addEventListener('message', (event) => {
  const decision = receive(event.data, self, current, slides.length);
  if (decision.action === 'goto') go(decision.slide, false);
  else if (decision.action === 'answer') channel.postMessage(gotoMessage(self, current));
});

/** The overview: a numbered button per slide title; choosing one jumps there. */
const overviewList = find('[data-overview-list]');
overviewList.replaceChildren(
  ...slides.map((slide, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'overview__slide';
    const number = document.createElement('span');
    number.className = 'overview__number';
    number.textContent = String(index + 1);
    button.append(number, slide.title || '（无标题）');
    button.addEventListener('click', () => {
      overview.close();
      go(index);
    });
    item.append(button);
    return item;
  }),
);

function openOverview(): void {
  const buttons = overviewList.querySelectorAll('button');
  buttons.forEach((button, index) => button.toggleAttribute('aria-current', index === current));
  overview.showModal();
  buttons[current]?.focus();
}

function toggleFullscreen(): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen?.()
    : document.documentElement.requestFullscreen?.();
  request?.catch(() => {});
}

function openPresenter(): void {
  window.open(
    `${location.pathname}?view=presenter${hashForSlide(current)}`,
    `presenter-${moduleId}`,
    'popup,width=1280,height=800',
  );
}

const KEYS: Record<string, () => void> = {
  ArrowRight: () => go(current + 1),
  ArrowDown: () => go(current + 1),
  PageDown: () => go(current + 1),
  ' ': () => go(current + 1),
  ArrowLeft: () => go(current - 1),
  ArrowUp: () => go(current - 1),
  PageUp: () => go(current - 1),
  Home: () => go(0),
  End: () => go(slides.length - 1),
  f: toggleFullscreen,
  o: openOverview,
  p: openPresenter,
};

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (overview.open) {
    // The dialog closes itself on Esc; Tab and Enter work as usual inside it.
    if (key === 'o') {
      event.preventDefault();
      overview.close();
    }
    return;
  }
  const target = event.target instanceof HTMLElement ? event.target : body;
  // Inside a live exercise every key belongs to the exercise; Esc hands the keys back to the slides.
  if (target.closest('.exercise-slot, input, textarea, select, [contenteditable="true"]')) {
    if (key === 'Escape' && target.closest('.exercise-slot')) target.blur();
    return;
  }
  if ((key === ' ' || key === 'Enter') && target.closest('button, a')) return;
  const action = event.shiftKey && key === ' ' ? () => go(current - 1) : KEYS[key];
  if (key === 'p' && presenterView) return;
  if (!action) return;
  event.preventDefault();
  action();
});

find('[data-prev]').addEventListener('click', () => go(current - 1));
find('[data-next]').addEventListener('click', () => go(current + 1));
find('[data-overview-open]').addEventListener('click', openOverview);
find('[data-fullscreen]').addEventListener('click', toggleFullscreen);
find('[data-presenter-open]').addEventListener('click', openPresenter);
find('[data-total]').textContent = String(slides.length);
all<HTMLAnchorElement>('[data-absolute-link]').forEach((link) => (link.textContent = link.href));

// Letterboxing: scale the stage to the largest size that fits its box.
new ResizeObserver(() =>
  stage.style.setProperty('--scale', String(fitScale(viewport.clientWidth, viewport.clientHeight))),
).observe(viewport);

window.addEventListener('hashchange', () => go(slideFromHash(location.hash, slides.length) ?? current));
go(slideFromHash(location.hash, slides.length) ?? 0, false);
channel?.postMessage(helloMessage(self));
body.dataset.ready = '';
