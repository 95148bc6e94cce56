/**
 * A bank question as a live poll: the phone's answer is checked with the quiz's own decoder and
 * scored with its own scoring, so a poll and the knowledge check agree on every question type.
 */
import {
  isAnswered,
  parseAnswer,
  scoreQuestion,
  type Answer,
  type AnyQuestion,
} from '../../features/assessment/quiz.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { Aggregate } from '../protocol.ts';
import { accept, refuse, type Checked } from '../check.ts';

type PollAggregate = Extract<Aggregate, { kind: 'poll' }>;

/** No index twice in a list of picks: 「choices: [0, 0]」 is not two answers. */
function hasRepeats(answer: Answer): boolean {
  if (answer.type === 'multiple') return new Set(answer.choices).size !== answer.choices.length;
  if (answer.type === 'scenario') return Object.values(answer.parts).some(hasRepeats);
  return false;
}

/** A complete answer of this question's shape, or why not. */
export function checkPollAnswer(question: AnyQuestion, value: unknown): Checked<Answer> {
  const answer = parseAnswer(question, value);
  if (!answer || hasRepeats(answer)) return refuse('这个答案与题目不符，请重新作答。');
  if (!isAnswered(question, answer)) return refuse('还有没答完的部分，请答完再提交。');
  return accept(answer);
}

/**
 * Picks per option (single, multiple) or [对, 错] (true/false); other types have no bars. The
 * distribution and the count of right answers appear only once revealed, so phones cannot see
 * how the room is answering before the trainer shows it.
 */
export function pollAggregate(question: Question, answers: readonly Answer[], revealed: boolean): PollAggregate {
  if (!revealed) return { kind: 'poll', counts: [] };
  let counts: number[] = [];
  if (question.type === 'single' || question.type === 'multiple') {
    counts = question.options.map(() => 0);
    for (const answer of answers) {
      const picks = answer.type === 'single' ? [answer.choice] : answer.type === 'multiple' ? answer.choices : [];
      for (const pick of picks) counts[pick] = (counts[pick] ?? 0) + 1;
    }
  } else if (question.type === 'truefalse') {
    counts = [0, 0];
    for (const answer of answers) if (answer.type === 'truefalse') counts[answer.value ? 0 : 1]! += 1;
  }
  const correct = answers.filter((answer) => scoreQuestion(question, answer) === 1).length;
  return { kind: 'poll', counts, correct };
}

const optionText = (options: readonly { text: string }[], index: number) => options[index]?.text ?? `选项 ${index + 1}`;

/** The answer in words, for the CSV export. */
export function describePollAnswer(question: AnyQuestion, answer: Answer): string {
  switch (question.type) {
    case 'single':
      return answer.type === 'single' ? optionText(question.options, answer.choice) : '';
    case 'multiple':
      return answer.type === 'multiple'
        ? [...answer.choices]
            .sort((a, b) => a - b)
            .map((index) => optionText(question.options, index))
            .join('；')
        : '';
    case 'truefalse':
      return answer.type === 'truefalse' ? (answer.value ? '对' : '错') : '';
    case 'ordering':
      return answer.type === 'ordering' ? answer.order.map((index) => question.items[index] ?? '').join(' → ') : '';
    case 'matching':
      return answer.type === 'matching'
        ? question.pairs
            .map((pair, left) => `${pair.left}—${question.pairs[answer.matches[left] ?? -1]?.right ?? ''}`)
            .join('；')
        : '';
    case 'scenario':
      return answer.type === 'scenario'
        ? question.questions
            .map((part, index) => {
              const given = answer.parts[part.id];
              return `${index + 1}. ${given ? describePollAnswer(part, given) : ''}`;
            })
            .join('；')
        : '';
  }
}

/** What the export calls the question: its prompt, or a scenario's story. */
export const pollTitle = (question: Question): string =>
  question.type === 'scenario' ? question.stem : question.prompt;
