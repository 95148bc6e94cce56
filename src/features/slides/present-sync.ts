/**
 * Keeps the slide window and the presenter window on the same slide over a BroadcastChannel.
 * Each window has a random sender id; a window that opens says `hello` and the others answer
 * with the slide they show, so a reloaded window rejoins the talk where it is.
 */

/** `step`: how much of a step-by-step slide is revealed (present-steps.ts); 0 when absent. */
export type SyncMessage =
  { type: 'goto'; sender: string; slide: number; step?: number } | { type: 'hello'; sender: string };

/** What a window should do with a message it received. */
export type SyncAction = { action: 'goto'; slide: number; step: number } | { action: 'answer' } | { action: 'ignore' };

export const channelName = (moduleId: string): string => `svc-course:present:${moduleId}`;

export const gotoMessage = (sender: string, slide: number, step = 0): SyncMessage => ({
  type: 'goto',
  sender,
  slide,
  step,
});
export const helloMessage = (sender: string): SyncMessage => ({ type: 'hello', sender });

/**
 * Decides on a received message: ignores anything malformed, its own echoes, a slide outside the
 * deck (the other window cut its slides differently) and the slide and step already shown; answers
 * a hello.
 */
export function receive(data: unknown, self: string, current: number, count: number, currentStep = 0): SyncAction {
  if (typeof data !== 'object' || data === null) return { action: 'ignore' };
  const { type, sender, slide, step = 0 } = data as Record<string, unknown>;
  if (typeof sender !== 'string' || !sender || sender === self) return { action: 'ignore' };
  if (type === 'hello') return { action: 'answer' };
  if (type !== 'goto' || typeof slide !== 'number' || !Number.isInteger(slide)) return { action: 'ignore' };
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > 99) return { action: 'ignore' };
  if (slide < 0 || slide >= count || (slide === current && step === currentStep)) return { action: 'ignore' };
  return { action: 'goto', slide, step };
}
