/**
 * What each top-level block of a slide show's HTML is, for cutting it into slides (slides.ts). Shared
 * by the slide show (present.ts, on its own page) and the trainer's phone (课堂互动), which reads the
 * same page to show the current slide's notes; it works on any document, parsed or live.
 */
import type { Block } from './slides';

/** A paragraph that is only a bold line (a formula, a journey) is an essential, not reading text. */
function isKeyLine(paragraph: HTMLElement): boolean {
  const only = paragraph.firstElementChild;
  return (
    paragraph.childElementCount === 1 &&
    !!only?.matches('strong, img') &&
    paragraph.textContent!.trim() === only.textContent!.trim()
  );
}

export function describe(block: HTMLElement): Block {
  if (block.dataset.slideKind) return { kind: 'slide', text: block.dataset.title };
  if (block.matches('h2, h3')) return { kind: block.tagName === 'H2' ? 'h2' : 'h3', text: block.textContent ?? '' };
  if (block.matches('.exercise-slot')) {
    const name = block.querySelector('.exercise__title, .exercise-placeholder__title')?.textContent;
    return { kind: 'exercise', text: name ? `练习：${name}` : '' };
  }
  if (block.matches('.trainer-notes')) return { kind: 'notes' };
  if (block.matches('hr') || (block.matches('p') && !isKeyLine(block))) return { kind: 'prose' };
  return { kind: 'content' };
}
