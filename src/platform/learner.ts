/** The learner's name as it appears on the certificate and in exported results. */
import { cutText } from './decode-limits';

export const LEARNER_KEY = 'svc-course:learner';
export const LEARNER_NAME_MAX = 40;

/** Control characters and line breaks out, runs of spaces collapsed, trimmed, at most 40 characters. */
export function normaliseLearnerName(text: string): string {
  return cutText(
    text
      .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    LEARNER_NAME_MAX,
  ).trim();
}
