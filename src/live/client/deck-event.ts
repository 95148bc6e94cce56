/** How slide-notes.ts (a bundle of its own) hands the slide show's slides to the trainer's phone. */
export const DECK_EVENT = 'svc-live-deck';

export interface DeckSlide {
  title: string;
  /** The notes' content (course text from our own page), to be adopted into this document. */
  notes: Element[];
}

export interface DeckDetail {
  moduleId: string;
  /** `null` when the slide show could not be read. */
  slides: DeckSlide[] | null;
}
