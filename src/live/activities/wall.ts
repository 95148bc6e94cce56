/**
 * The one-sentence wall (送别语, 开场白 …): one short text per phone, which it may send again to
 * change; the trainer can hide any entry. Texts travel and are shown as text, never as HTML.
 */
import { WALL_TEXT_MAX_LENGTH, type Aggregate } from '../protocol.ts';
import { checkLine, type Checked } from '../check.ts';

export interface WallEntry {
  id: string;
  text: string;
  name?: string;
}

export const checkWallText = (value: unknown): Checked<string> => checkLine(value, WALL_TEXT_MAX_LENGTH, '一句话');

/** Entries in the order they were first sent, without the hidden ones. */
export function wallAggregate(
  entries: readonly WallEntry[],
  hidden: readonly string[],
): Extract<Aggregate, { kind: 'wall' }> {
  const gone = new Set(hidden);
  return { kind: 'wall', entries: entries.filter((entry) => !gone.has(entry.id)) };
}
