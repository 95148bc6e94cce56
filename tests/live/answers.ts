/** Wrong answers to any bank question, as a phone would send them (the right one is keyAnswer in quiz.ts). */
import type { Answer, AnyQuestion } from '../../src/features/assessment/quiz';

/** A complete answer that is not right (full marks never). */
export function wrongAnswer(question: AnyQuestion): Answer {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.options.findIndex((option) => !option.correct) };
    case 'multiple':
      return { type: 'multiple', choices: [question.options.findIndex((option) => !option.correct)] };
    case 'truefalse':
      return { type: 'truefalse', value: !question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((_, index) => index).reverse() };
    case 'matching':
      return { type: 'matching', matches: question.pairs.map((_, index) => (index + 1) % question.pairs.length) };
    case 'scenario':
      return {
        type: 'scenario',
        parts: Object.fromEntries(question.questions.map((part) => [part.id, wrongAnswer(part)])),
      };
  }
}
