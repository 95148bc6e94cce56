/**
 * A learner's answer in SCORM's words, for an interaction's learner response (2004) or student
 * response (1.2), so the LMS's question report shows what was chosen, not only right or wrong.
 * Options and items are named by their place in the bank file (a, b, c …), as the course stores them;
 * matching pairs are `left.right` (1.a). Pure.
 */
import type { Answer } from '../assessment/quiz';
import type { ScormVersion } from './lms-api';

/** 1.2's performance response is a CMIString255; 2004's other allows 4,000 characters. */
const LIMIT: Record<ScormVersion, number> = { '1.2': 255, '2004': 4000 };

const letter = (index: number): string => String.fromCharCode(97 + index);

export function learnerResponse(version: ScormVersion, answer: Answer | undefined): string | null {
  if (!answer) return null;
  const list = (items: readonly string[]) => (items.length ? items.join(version === '1.2' ? ',' : '[,]') : null);
  switch (answer.type) {
    case 'truefalse':
      return version === '1.2' ? (answer.value ? 't' : 'f') : String(answer.value);
    case 'single':
      return letter(answer.choice);
    case 'multiple':
      return list([...answer.choices].sort((a, b) => a - b).map(letter));
    case 'ordering':
      return list(answer.order.map(letter));
    case 'matching':
      return list(
        answer.matches.flatMap((right, left) =>
          right < 0 ? [] : [`${left + 1}${version === '1.2' ? '.' : '[.]'}${letter(right)}`],
        ),
      );
    case 'scenario': {
      // Several sub-questions on one case: each part's response after its id, as free text.
      const parts = Object.entries(answer.parts).flatMap(([id, part]) => {
        const response = learnerResponse('2004', part);
        return response === null ? [] : [`${id}=${response}`];
      });
      return parts.length ? parts.join('; ').slice(0, LIMIT[version]) : null;
    }
  }
}
