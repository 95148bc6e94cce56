/**
 * The schema of content/exercises/disc-quiz.yaml: the questions and the four type profiles of the
 * course's 「DISC」 (social-style) quiz. The quiz's types are this schema's output.
 */
import { z } from 'astro/zod';
import { Instructions } from '../shared/content-schema';

const Text = z.string().min(2, '请写出内容');
const List = z.array(Text).min(1, '至少写一条');

const Mode = z.strictObject({ label: Text, hint: Text, serveHeading: Text });

/** `value` places the option on its question's axis: +2 clearly high, +1 somewhat high, −1 somewhat low, −2 clearly low. */
const Option = z.strictObject({ text: Text, value: z.literal([2, 1, -1, -2]) });

/** A situation that measures exactly one axis, told for a customer (识别一位客户) and for oneself (认识自己). */
const Question = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id 只用小写字母、数字和 -'),
  axis: z.enum(['assertive', 'responsive']),
  customerStem: Text,
  selfStem: Text,
  /** Four options, phrased so they fit both stems. */
  options: z.tuple([Option, Option, Option, Option]),
});

/** What the course teaches about one type. */
const Profile = z.strictObject({
  name: Text,
  /** e.g. 「高表达 · 低情感」 */
  axes: Text,
  traits: List,
  fears: List,
  needs: List,
  /** How to serve such a customer in a 营业厅. */
  serve: List,
  /** What to remember about yourself if this is your own style (认识自己). */
  selfTip: Text,
});

export const schema = z
  .strictObject({
    instructions: Instructions,
    modes: z.strictObject({ customer: Mode, self: Mode }),
    questions: z.array(Question).min(2),
    profiles: z.strictObject({ D: Profile, I: Profile, S: Profile, C: Profile }),
    planLabels: z.strictObject({ mode: Text, type: Text, selfTip: Text }),
    /** Notes under the result: an axis total of exactly 0 (one axis or both), a result near the border. */
    resultHints: z.strictObject({ tiedOne: Text, tiedBoth: Text, borderline: Text }),
  })
  .superRefine(({ questions }, context) => {
    const ids = new Set<string>();
    questions.forEach((question, index) => {
      if (ids.has(question.id))
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `id「${question.id}」重复了：每题的 id 要不同`,
        });
      ids.add(question.id);
      // Each value once, so every question can reach both ends of its axis.
      if (new Set(question.options.map((option) => option.value)).size < 4)
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'options'],
          message: '四个选项的 value 要各不相同：2、1、-1、-2 各一次',
        });
      if (new Set(question.options.map((option) => option.text.trim())).size < 4)
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'options'],
          message: '四个选项的文字要各不相同',
        });
    });
    for (const axis of ['assertive', 'responsive'] as const) {
      if (!questions.some((question) => question.axis === axis))
        context.addIssue({ code: 'custom', path: ['questions'], message: `没有测 ${axis} 的题：两条轴都要有题` });
    }
  });

export type Content = z.infer<typeof schema>;
export type DiscQuestion = Content['questions'][number];
export type DiscOption = DiscQuestion['options'][number];
/** assertive = 表达度, responsive = 情感度. */
export type DiscAxis = DiscQuestion['axis'];
/** One of the four customer personality types. */
export type DiscTypeId = keyof Content['profiles'];
export type DiscProfile = Content['profiles'][DiscTypeId];
/** Whose behaviour the learner is describing. */
export type DiscMode = keyof Content['modes'];
export type DiscModeText = Content['modes'][DiscMode];
export type DiscResultHints = Content['resultHints'];

/** Each type's name (D → 支配型), for the room's chart. */
export function typeNames(profiles: Content['profiles']): Record<DiscTypeId, string> {
  return { D: profiles.D.name, I: profiles.I.name, S: profiles.S.name, C: profiles.C.name };
}
