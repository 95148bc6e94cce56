/** The schema of content/exercises/peak-end.yaml: the example journeys, the advice sentences and the plan's labels. */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import {
  FEELING_MAX,
  FEELING_MIN,
  MAX_TOUCHPOINTS,
  MINUTES_MAX,
  NAME_MAX_LENGTH,
  type AdviceTexts,
  type JourneyStep,
} from './logic';

const Label = z.string().min(1, '请写出标签');

const Step = z.strictObject({
  name: z.string().trim().min(1, '请写出触点名称').max(NAME_MAX_LENGTH, `触点名称最多 ${NAME_MAX_LENGTH} 个字`),
  feeling: z.int().min(FEELING_MIN).max(FEELING_MAX),
  /** Left out when unknown. */
  minutes: z.int().min(1).max(MINUTES_MAX).nullable().default(null),
}) satisfies z.ZodType<JourneyStep>;

/** At least two touchpoints, as 「完成设计」 asks of the learner's own journey. */
const Journey = z.array(Step).min(2, '至少写两个触点').max(MAX_TOUCHPOINTS, `最多 ${MAX_TOUCHPOINTS} 个触点`);

export const schema = z.strictObject({
  instructions: Instructions,
  /** The typical hall visit the exercise starts from. */
  hallJourney: Journey,
  /** The IKEA visit from the case, overlaid for comparison. */
  ikeaJourney: Journey,
  advice: z.strictObject({
    weakEnd: sentence('name', 'value'),
    deepValley: sentence('name', 'value', 'dominant'),
    dominant: sentence(),
    longValley: sentence('name', 'minutes'),
    noPositivePeak: sentence(),
    memoryBelowAverage: sentence('remembered', 'average'),
    wellDesigned: sentence('remembered'),
  }) satisfies z.ZodType<AdviceTexts>,
  planLabels: z.strictObject({
    touchpoint: Label,
    feeling: Label,
    minutes: Label,
    remembered: Label,
    average: Label,
    peak: Label,
    end: Label,
    advice: Label,
  }),
});

export type Content = z.infer<typeof schema>;
