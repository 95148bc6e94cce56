/**
 * The building blocks module texts use without an import (see content/README.md). Each page adds
 * its own `Exercise` (the island, the slide version or the handout box) and any overrides.
 */
import Case from './Case.astro';
import Dialogue from './Dialogue.astro';
import Discussion from './Discussion.astro';
import KeyIdea from './KeyIdea.astro';
import OnSlide from './OnSlide.astro';
import Steps from './Steps.astro';
import TrainerNotes from './TrainerNotes.astro';

export const courseComponents = { Case, Dialogue, Discussion, KeyIdea, OnSlide, Steps, TrainerNotes };
