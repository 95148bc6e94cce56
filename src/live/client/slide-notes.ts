/**
 * The slide show's slides and trainer notes, for the trainer's phone (loaded only with the trainer's
 * key): it fetches the module's slide show page, cuts it as the slide show does (slide-blocks.ts,
 * slides.ts; without laying it out, so split pages are not counted: see roomSlideOf in sync.ts) and
 * returns each slide's title and notes.
 *
 * Built as a bundle of its own (`?worker&url`, like the room panel) so that the slide show's cutting
 * code is not split into a chunk shared with the phone page, which would cost every slide show
 * 0.4 KB. A worker bundle keeps no exports: it reads the module id from its own address
 * (`…/slide-notes.js#m3`) and hands the slides over in a DECK_EVENT on the document.
 */
import { cutSlides } from '../../features/slides/slides';
import { describe } from '../../features/slides/slide-blocks';

import { DECK_EVENT, type DeckDetail } from './deck-event';

async function loadDeck(moduleId: string): Promise<DeckDetail['slides']> {
  const html = await fetch(`/present/${encodeURIComponent(moduleId)}/`)
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);
  if (!html) return null;
  const page = new DOMParser().parseFromString(html, 'text/html');
  const container = page.querySelector('[data-blocks]');
  if (!container) return null;
  const elements = [...container.children] as HTMLElement[];
  return cutSlides(elements.map(describe), page.body.dataset.deckTitle).map((slide) => ({
    title: slide.title,
    // The notes box's contents, without the box (an <aside>) and its kicker: the phone gives its own heading.
    notes: slide.notes.flatMap((index) =>
      [...elements[index]!.children].filter((child) => !child.matches('.trainer-notes__kicker')),
    ),
  }));
}

const moduleId = decodeURIComponent(new URL(import.meta.url).hash.slice(1));
void loadDeck(moduleId).then((slides) =>
  document.dispatchEvent(new CustomEvent<DeckDetail>(DECK_EVENT, { detail: { moduleId, slides } })),
);
