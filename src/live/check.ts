import { textLength } from '../platform/decode-limits.ts';

/** The result of checking something a client sent: the clean value, or the message to show (Chinese). */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const accept = <T>(value: T): Checked<T> => ({ ok: true, value });
export const refuse = (error: string): Checked<never> => ({ ok: false, error });

/** Characters a short text shown to a room never needs: controls, format characters, line separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** One line: unprintable characters and runs of spaces become one space, trimmed. */
const oneLine = (text: string): string => text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();

/** A one-line text of 1…max characters, or why not. */
export function checkLine(value: unknown, max: number, what: string): Checked<string> {
  if (typeof value !== 'string') return refuse(`请填写${what}。`);
  const text = oneLine(value);
  if (!text) return refuse(`请填写${what}。`);
  if (textLength(text) > max) return refuse(`${what}最多 ${max} 个字。`);
  return accept(text);
}
