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
import { whenCountdownRuns } from './present-countdown-key';
import { slideCommand, type SlideCommand } from './present-keys';
import { partsShown, stepped, stepsOf } from './present-steps';
import { PRESENT_NOW_KEY, presentNowValue } from './present-now';
import { drawQrCodes } from './present-qr';
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

// A case right under a heading that says 案例 does not say it again, nor its title if the heading has it.
elements.forEach((block, index) => {
  const heading = elements[index - 1];
  if (!block.matches('.case') || !heading?.matches('h2, h3')) return;
  const said = heading.textContent ?? '';
  const title = block.querySelector('.case__title')?.textContent?.trim() ?? '';
  block.toggleAttribute('data-kicked', said.startsWith('案例'));
  block.toggleAttribute('data-titled', title !== '' && said.includes(title));
});

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
// What printing shows: the blocks some slide shows (a key sentence among them), and the notes when asked.
const onSlides = new Set(slides.flatMap((slide) => slide.show));
blocks.forEach(
  (block, index) =>
    (element(index).dataset.role = onSlides.has(index) ? 'show' : block.kind === 'notes' ? 'notes' : 'hidden'),
);
// The first block of each slide starts a printed page.
slides.forEach((slide) => (element(slide.show[0]!).dataset.slideStart = ''));
let current = -1;

const self = Math.random().toString(36).slice(2);
const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(moduleId)) : null;
// The presenter's tools, and the countdown the presenter starts, load only where they are used: the
// projector's page stays light and loads the countdown when one is running or starts.
const countdownView = () => import('./present-countdown-view').then((view) => view.startCountdownView(moduleId));
const presenter = presenterView
  ? (await import('./present-presenter')).startPresenter(slides, elements, (await countdownView()).offer)
  : null;
if (!presenterView) whenCountdownRuns(moduleId, () => void countdownView());

/** A `<Steps>` block's parts, in the order they appear: list items, table rows, or table columns. */
function stepParts(block: HTMLElement): HTMLElement[][] {
  const table = block.querySelector('table');
  if (block.dataset.steps === 'column' && table) {
    const columns = table.rows[0]?.cells.length ?? 0;
    return Array.from({ length: columns }, (_, column) =>
      [...table.rows].flatMap((row) => (row.cells[column] ? [row.cells[column]] : [])),
    );
  }
  const list = block.querySelector('ul, ol');
  if (list) return [...list.children].map((item) => [item as HTMLElement]);
  return [...(table?.tBodies[0]?.rows ?? [])].map((row) => [row]);
}
const stepBlocks = new Map(
  elements.flatMap((block, index) =>
    block.matches('.steps') ? [[index, { parts: stepParts(block), start: Number(block.dataset.start) }] as const] : [],
  ),
);
const stepCounts = slides.map((slide) =>
  slide.show.reduce((sum, index) => {
    const steps = stepBlocks.get(index);
    return sum + (steps ? stepsOf(steps.parts.length, steps.start) : 0);
  }, 0),
);
let currentStep = 0;

/** Shows `step` of the current slide's step-by-step parts; the rest keep their place, invisible. */
function showStep(slide: Slide, step: number): void {
  let before = 0;
  for (const index of slide.show) {
    const steps = stepBlocks.get(index);
    if (!steps) continue;
    const shown = partsShown(steps.parts.length, steps.start, step, before);
    steps.parts.forEach((part, position) =>
      part.forEach((cell) => cell.classList.toggle('step-hidden', position >= shown)),
    );
    before += stepsOf(steps.parts.length, steps.start);
  }
  currentStep = step;
}

function go(target: number, broadcast = true, step = 0): void {
  const index = clampSlide(target, slides.length);
  const slide = slides[index];
  if (!slide) return;
  if (index !== current) {
    current = index;
    display(slide);
    // Focus left in an exercise the clicker moved away from would sit on a hidden element.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused.closest('[hidden]')) focused.blur();
    history.replaceState(null, '', hashForSlide(index));
    find('[data-count]').textContent = String(index + 1);
    presenter?.show(index);
    tellAgenda(index, slide.title);
  }
  showStep(slide, Math.min(step, stepCounts[index] ?? 0));
  find<HTMLButtonElement>('[data-prev]').disabled = index === 0 && currentStep === 0;
  find<HTMLButtonElement>('[data-next]').disabled = index === slides.length - 1 && currentStep === stepCounts[index];
  if (broadcast) channel?.postMessage(gotoMessage(self, index, currentStep));
}

/** The agenda (课程日程) follows what is on screen. */
function tellAgenda(index: number, title: string): void {
  try {
    localStorage.setItem(
      PRESENT_NOW_KEY,
      presentNowValue({ module: moduleId, title: title.slice(0, 120), slide: index + 1, at: Date.now() }),
    );
  } catch {
    // No storage: the agenda keeps the trainer's own choice.
  }
}

/** Next or back: reveals or hides a step on this slide first, then changes slide. */
function advance(direction: 1 | -1): void {
  const next = stepped({ slide: current, step: currentStep }, direction, stepCounts);
  go(next.slide, true, next.step);
}

channel?.addEventListener('message', (event) => {
  const decision = receive(event.data, self, current, slides.length, currentStep);
  if (decision.action === 'goto') go(decision.slide, false, decision.step);
  else if (decision.action === 'answer') channel.postMessage(gotoMessage(self, current, currentStep));
});

/**
 * The overview: a numbered button per slide title (built now: the live room panel reads the titles);
 * choosing one jumps there. Its thumbnails and arrow keys load when it first opens.
 */
const overviewList = find('[data-overview-list]');
overviewList.replaceChildren(
  ...slides.map((slide, index) => {
    const item = document.createElement('li');
    item.className = 'overview__item';
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

let thumbnails: Promise<{ showPictures: () => void }> | undefined;
let overviewOpening = false;
async function openOverview(): Promise<void> {
  // A second O while the thumbnails' code is still loading must not open it twice.
  if (overview.open || overviewOpening) return;
  overviewOpening = true;
  thumbnails ??= import('./present-overview').then((loaded) => loaded.startOverview(overview, slides, elements));
  try {
    (await thumbnails).showPictures();
  } finally {
    overviewOpening = false;
  }
  const buttons = overviewList.querySelectorAll<HTMLButtonElement>('.overview__slide');
  buttons.forEach((button, index) =>
    index === current ? button.setAttribute('aria-current', 'true') : button.removeAttribute('aria-current'),
  );
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

/** The black or white screen (`b` or `.`, `w`); any key or a click brings the slide back. */
const blank = find('[data-blank]');
const setBlank = (colour: 'black' | 'white' | null) => {
  blank.hidden = colour === null;
  if (colour) blank.dataset.blank = colour;
};
blank.addEventListener('click', () => setBlank(null));

/** Digits typed for a jump; forgotten after a pause so a stray digit does not linger. */
let typed = '';
let typedTimer: ReturnType<typeof setTimeout> | undefined;
const setTyped = (digits: string) => {
  typed = digits;
  clearTimeout(typedTimer);
  if (digits) typedTimer = setTimeout(() => (typed = ''), 2000);
};

/** Where keys type text rather than command the slides (radio buttons and checkboxes are controls). */
const TEXT_FIELDS =
  'textarea, select, [contenteditable="true"], input:not([type="radio"], [type="checkbox"], [type="button"], [type="submit"], [type="range"])';

function carryOut(command: SlideCommand, target: HTMLElement): void {
  switch (command.type) {
    case 'next':
      return advance(1);
    case 'prev':
      return advance(-1);
    case 'first':
      return go(0);
    case 'last':
      return go(slides.length - 1);
    case 'jump':
      setTyped('');
      return go(command.slide);
    case 'digits':
      return setTyped(command.typed);
    case 'blank':
      return setBlank(command.colour);
    case 'unblank':
      return setBlank(null);
    case 'fullscreen':
      return toggleFullscreen();
    case 'overview':
      return void openOverview();
    case 'presenter':
      return openPresenter();
    case 'leave-exercise':
      return target.blur();
  }
}

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
  const command = slideCommand({
    key,
    shift: event.shiftKey,
    inTextField: !!target.closest(TEXT_FIELDS),
    inExercise: !!target.closest('.exercise-slot'),
    onControl: !!target.closest('button, a'),
    blanked: !blank.hidden,
    typed,
    presenterView,
  });
  if (!command) return;
  event.preventDefault();
  carryOut(command, target);
});

find('[data-prev]').addEventListener('click', () => advance(-1));
find('[data-next]').addEventListener('click', () => advance(1));
find('[data-overview-open]').addEventListener('click', () => void openOverview());
find('[data-fullscreen]').addEventListener('click', toggleFullscreen);
find('[data-presenter-open]').addEventListener('click', openPresenter);
find('[data-total]').textContent = String(slides.length);
all<HTMLAnchorElement>('[data-absolute-link]').forEach((link) => (link.textContent = link.href));
void drawQrCodes(all('[data-qr]'));

// Letterboxing: scale the stage to the largest size that fits its box.
new ResizeObserver(() =>
  stage.style.setProperty('--scale', String(fitScale(viewport.clientWidth, viewport.clientHeight))),
).observe(viewport);

// The projector's buttons step aside after a few seconds without the mouse; moving it brings them back.
const IDLE_MS = 3000;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const wake = () => {
  delete body.dataset.idle;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => (body.dataset.idle = ''), IDLE_MS);
};
if (!presenterView) {
  for (const type of ['pointermove', 'pointerdown']) document.addEventListener(type, wake);
  wake();
}

window.addEventListener('hashchange', () => go(slideFromHash(location.hash, slides.length) ?? current));
go(slideFromHash(location.hash, slides.length) ?? 0, false);
channel?.postMessage(helloMessage(self));
body.dataset.ready = '';
