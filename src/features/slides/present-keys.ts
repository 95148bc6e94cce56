/**
 * What a key does in the slide show. Pure: the page script describes where the key was pressed and
 * carries out the answer. A clicker sends PageDown / PageUp (and `b` or `.` for a black screen); it
 * cannot send Esc, so those keys move the slides whatever has focus, even inside an exercise.
 */
export type SlideCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'jump'; slide: number }
  | { type: 'blank'; colour: 'black' | 'white' }
  | { type: 'unblank' }
  | { type: 'digits'; typed: string }
  | { type: 'fullscreen' }
  | { type: 'overview' }
  | { type: 'presenter' }
  | { type: 'leave-exercise' };

export interface KeyContext {
  /** `KeyboardEvent.key`, single characters lower-cased. */
  key: string;
  shift: boolean;
  /** Focus is in a text field (input, textarea, select, contenteditable). */
  inTextField: boolean;
  /** Focus is inside an exercise on the slide. */
  inExercise: boolean;
  /** Focus is on a button or link, which Space and Enter activate. */
  onControl: boolean;
  /** The screen is black or white. */
  blanked: boolean;
  /** Digits typed so far for a jump (`12` then Enter goes to slide 12). */
  typed: string;
  presenterView: boolean;
}

const MAX_TYPED_DIGITS = 4;

const PLAIN_KEYS: Record<string, SlideCommand> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  ' ': { type: 'next' },
  ArrowLeft: { type: 'prev' },
  ArrowUp: { type: 'prev' },
  Home: { type: 'first' },
  End: { type: 'last' },
  b: { type: 'blank', colour: 'black' },
  '.': { type: 'blank', colour: 'black' },
  w: { type: 'blank', colour: 'white' },
  f: { type: 'fullscreen' },
  o: { type: 'overview' },
};

/** The command for a key, or null to leave the key to the page (typing, an exercise, a button). */
export function slideCommand(context: KeyContext): SlideCommand | null {
  const { key } = context;
  // Any key brings the picture back; the key does nothing else.
  if (context.blanked) return { type: 'unblank' };
  if (key === 'PageDown') return { type: 'next' };
  if (key === 'PageUp') return { type: 'prev' };
  if (context.inExercise && key === 'Escape') return { type: 'leave-exercise' };
  if (context.inTextField || context.inExercise) return null;
  if (/^\d$/.test(key)) return { type: 'digits', typed: (context.typed + key).slice(-MAX_TYPED_DIGITS) };
  if (key === 'Enter' && context.typed && !context.onControl) return { type: 'jump', slide: Number(context.typed) - 1 };
  if ((key === ' ' || key === 'Enter') && context.onControl) return null;
  if (key === ' ' && context.shift) return { type: 'prev' };
  if (key === 'p') return context.presenterView ? null : { type: 'presenter' };
  return PLAIN_KEYS[key] ?? null;
}
