/** The learner's name as it appears on the certificate and in exported results. */
import { cutText } from './decode-limits.ts';

export const LEARNER_KEY = 'svc-course:learner';
export const LEARNER_NAME_MAX = 40;

/**
 * Letters that print as nothing (the Hangul fillers and the blank Braille pattern):
 * a name made of them shows as an empty row. No real name needs them.
 */
const BLANK_LETTERS = '\u115F\u1160\u2800\u3164\uFFA0';
export const hasBlankLetter = (text: string): boolean => [...text].some((letter) => BLANK_LETTERS.includes(letter));
const UNPRINTABLE = new RegExp(`[\\p{Cc}\\p{Cf}\\u2028\\u2029${BLANK_LETTERS}]`, 'gu');

/** Control characters, blank letters and line breaks out, runs of spaces collapsed, trimmed, at most 40 characters. */
export function normaliseLearnerName(text: string): string {
  return cutText(text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim(), LEARNER_NAME_MAX).trim();
}
