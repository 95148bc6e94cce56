/**
 * A picture of a slide: a static copy of its heading line and blocks on a stage of their own, for
 * the presenter's next-slide preview and the overview's thumbnails. CSS scales it down
 * (`.slide-picture`). Copies never hydrate an island, repeat an id, start a printed page or hide a
 * step: the picture shows the whole slide.
 */
import type { Slide } from './slides';
import { element } from '../../browser/dom';

/** A static copy of a block: no island hydrates twice, no id appears twice, nothing prints twice. */
export function staticCopy(block: HTMLElement): HTMLElement {
  const copy = block.cloneNode(true) as HTMLElement;
  copy.hidden = false;
  for (const island of copy.querySelectorAll('astro-island')) {
    const holder = document.createElement('div');
    holder.append(...island.childNodes);
    island.replaceWith(holder);
  }
  for (const marked of [copy, ...copy.querySelectorAll('[id], [data-slide-start]')]) {
    marked.removeAttribute('id');
    marked.removeAttribute('data-slide-start');
  }
  for (const step of copy.querySelectorAll('.step-hidden')) step.classList.remove('step-hidden');
  return copy;
}

/** The slide as a 1280×720 stage of static copies, to be scaled down by its holder's CSS. */
export function slidePicture(slide: Slide, elements: readonly HTMLElement[]): HTMLElement {
  const heading = slide.heading === null ? [] : [element('p', slide.heading, 'stage__heading')];
  const blocks = element(
    'div',
    slide.show.map((at) => staticCopy(elements[at]!)),
    'stage__blocks',
  );
  return element('div', [...heading, blocks], 'stage slide-picture');
}
