import { z } from 'astro/zod';

/**
 * Question banks (`content/quizzes/<module>.yaml`). Every question has a stable `id`, the
 * `module` it belongs to, an `explanation` shown after answering, and a `type`:
 * single · multiple · truefalse · ordering · matching · scenario.
 */

const QUESTION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const Option = z.object({
  text: z.string().min(1),
  /** Marks a right answer. Default: false. */
  correct: z.boolean().default(false),
});

/** What every question has; scenario sub-questions have only this part. */
const PartBase = z.object({
  /** Stable id, e.g. `m3-peak-end-1`; results and attempts refer to it, so never reuse one. */
  id: z.string().regex(QUESTION_ID, 'id 只能用小写字母、数字和连字符，例如 m3-peak-end-1'),
  /** Why the right answer is right (and the tempting wrong one wrong). */
  explanation: z.string().min(4, '每道题都要写解析'),
});

const Base = PartBase.extend({
  /** Module id the question belongs to, e.g. `m3`. */
  module: z.string().regex(/^m\d+$/, '应为模块 id，例如 m3'),
  /** Where the question is used. Default: both the module's knowledge check and the final exam. */
  use: z
    .array(z.enum(['check', 'exam']))
    .min(1)
    .default(['check', 'exam']),
});

const countCorrect = (options: { correct: boolean }[]) => options.filter((option) => option.correct).length;

const singleFields = { type: z.literal('single'), prompt: z.string().min(4), options: z.array(Option).min(2).max(6) };
const oneCorrect = (question: { options: { correct: boolean }[] }) => countCorrect(question.options) === 1;
const ONE_CORRECT = { message: '单选题必须恰好有一个正确选项', path: ['options'] };

const multipleFields = {
  type: z.literal('multiple'),
  prompt: z.string().min(4),
  options: z.array(Option).min(3).max(8),
};
const someCorrect = (question: { options: { correct: boolean }[] }) =>
  countCorrect(question.options) >= 2 && countCorrect(question.options) < question.options.length;
const SOME_CORRECT = { message: '多选题至少两个正确选项，且至少一个错误选项', path: ['options'] };

/** A statement the learner judges 对 or 错. */
const trueFalseFields = { type: z.literal('truefalse'), prompt: z.string().min(4), answer: z.boolean() };

export const SingleQuestion = Base.extend(singleFields).refine(oneCorrect, ONE_CORRECT);
export const MultipleQuestion = Base.extend(multipleFields).refine(someCorrect, SOME_CORRECT);
export const TrueFalseQuestion = Base.extend(trueFalseFields);

export const OrderingQuestion = Base.extend({
  type: z.literal('ordering'),
  prompt: z.string().min(4),
  /** The items in their correct order; they are shown shuffled. */
  items: z.array(z.string().min(1)).min(3).max(8),
});

export const MatchingQuestion = Base.extend({
  type: z.literal('matching'),
  prompt: z.string().min(4),
  /** Each left item with its right partner; the right column is shown shuffled. */
  pairs: z
    .array(z.object({ left: z.string().min(1), right: z.string().min(1) }))
    .min(2)
    .max(8),
});

/** A scenario's own questions: single, multiple or true/false, without module or use. */
const ScenarioPart = z.discriminatedUnion('type', [
  PartBase.extend(singleFields).refine(oneCorrect, ONE_CORRECT),
  PartBase.extend(multipleFields).refine(someCorrect, SOME_CORRECT),
  PartBase.extend(trueFalseFields),
]);

export const ScenarioQuestion = Base.extend({
  type: z.literal('scenario'),
  /** The case, told in a few sentences. */
  stem: z.string().min(20),
  questions: z.array(ScenarioPart).min(1).max(4),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleQuestion,
  MultipleQuestion,
  TrueFalseQuestion,
  OrderingQuestion,
  MatchingQuestion,
  ScenarioQuestion,
]);

export type Question = z.infer<typeof QuestionSchema>;
export type ScenarioPartQuestion = z.infer<typeof ScenarioPart>;

/**
 * A bank file. Each question is checked on its own so a mistake is reported with the question's
 * id — `questions.3 (m3-peak-end-2) → explanation: …` — and ids must be unique in the bank.
 */
export const QuizBankSchema = z.object({
  questions: z
    .array(z.unknown())
    .min(1)
    .transform((raw, context) => {
      const questions: Question[] = [];
      const seen = new Set<string>();
      raw.forEach((item, index) => {
        const id =
          typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
            ? (item as { id: string }).id
            : `第 ${index + 1} 题`;
        const result = QuestionSchema.safeParse(item);
        if (!result.success) {
          for (const issue of result.error.issues) {
            const field = issue.path.map(String).join('.') || 'type';
            context.addIssue({
              code: 'custom',
              path: [index, ...issue.path],
              message: `question "${id}" → ${field}: ${issue.message}`,
            });
          }
          return;
        }
        if (seen.has(result.data.id))
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `question "${id}" → id: 与本题库中另一道题重复`,
          });
        seen.add(result.data.id);
        questions.push(result.data);
      });
      return questions;
    }),
});

export type QuizBank = z.infer<typeof QuizBankSchema>;
