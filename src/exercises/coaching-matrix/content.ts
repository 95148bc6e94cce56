/** The schema of content/exercises/coaching-matrix.yaml: what each quadrant says, the sample team and the plan's labels. */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import { MAX_MEMBERS, NAME_MAX, SCALE_MAX, type Person, type Quadrant, type QuadrantText } from './logic';

const Text = z.string().min(2, '请写出内容');
const Label = z.string().min(1, '请写出标签');

const QuadrantTexts = z.strictObject({ name: Text, focus: Text, step: sentence('name') });

const Score = z.int().min(1).max(SCALE_MAX);
const SamplePerson = z.strictObject({
  name: z.string().trim().min(1, '请写出名字').max(NAME_MAX, `名字最多 ${NAME_MAX} 个字`),
  will: Score,
  skill: Score,
}) satisfies z.ZodType<Person>;

export const schema = z
  .strictObject({
    instructions: Instructions,
    quadrants: z.strictObject({
      delegate: QuadrantTexts,
      teach: QuadrantTexts,
      motivate: QuadrantTexts,
      direct: QuadrantTexts,
    }) satisfies z.ZodType<Record<Quadrant, QuadrantText>>,
    sampleTeam: z
      .array(SamplePerson)
      .min(1, '示例团队至少要有一个人')
      .max(MAX_MEMBERS, `示例团队最多 ${MAX_MEMBERS} 人`),
    planLabels: z.strictObject({ member: Label, will: Label, skill: Label, quadrant: Label, step: Label }),
  })
  .superRefine(({ sampleTeam }, context) => {
    // The page tells members apart by name (their chips and rows show nothing else).
    const names = new Set<string>();
    sampleTeam.forEach((person, index) => {
      if (names.has(person.name))
        context.addIssue({
          code: 'custom',
          path: ['sampleTeam', index, 'name'],
          message: `「${person.name}」重复了：示例团队里每人的名字要不同`,
        });
      names.add(person.name);
    });
  });

export type Content = z.infer<typeof schema>;
