/**
 * Keeps the slide window and the presenter window on the same slide over a BroadcastChannel.
 * Each window has a random sender id; a window that opens says `hello` and the others answer
 * with the slide they show, so a reloaded window rejoins the talk where it is.
 */

export type SyncMessage = { type: 'goto'; sender: string; slide: number } | { type: 'hello'; sender: string };

/** What a window should do with a message it received. */
export type SyncAction = { action: 'goto'; slide: number } | { action: 'answer' } | { action: 'ignore' };

export const channelName = (moduleId: string): string => `svc-course:present:${moduleId}`;

export const gotoMessage = (sender: string, slide: number): SyncMessage => ({ type: 'goto', sender, slide });
export const helloMessage = (sender: string): SyncMessage => ({ type: 'hello', sender });

/**
 * Decides on a received message: ignores anything malformed, its own echoes, a slide outside the
 * deck (the other window cut its slides differently) and the slide already shown; answers a hello.
 */
export function receive(data: unknown, self: string, current: number, count: number): SyncAction {
  if (typeof data !== 'object' || data === null) return { action: 'ignore' };
  const { type, sender, slide } = data as Record<string, unknown>;
  if (typeof sender !== 'string' || !sender || sender === self) return { action: 'ignore' };
  if (type === 'hello') return { action: 'answer' };
  if (type !== 'goto' || typeof slide !== 'number' || !Number.isInteger(slide)) return { action: 'ignore' };
  if (slide < 0 || slide >= count || slide === current) return { action: 'ignore' };
  return { action: 'goto', slide };
}
