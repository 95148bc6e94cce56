/** The schema of content/exercises/peak-end.yaml: the example journeys, the advice sentences and the plan's labels. */
import { z } from 'astro/zod';
import { Instructions, sentence } from '../shared/content-schema';
import { FEELING_MAX, FEELING_MIN } from './feeling';
import {
  MAX_TOUCHPOINTS,
  MINUTES_MAX,
  NAME_MAX_LENGTH,
  type AdviceTexts,
  type JourneyStep,
  type SummaryTexts,
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
  summary: z.strictObject({
    peakAndEnd: sentence('peak', 'peakValue', 'end', 'endValue'),
    /** Two moments equally strong with opposite signs: the negative one is the peak. */
    tieOpposite: sentence('peak', 'peakValue', 'other', 'otherValue'),
    /** Equally strong, same sign: the earlier one is the peak; `{peakValue}` is both moments' value. */
    tieSame: sentence('peak', 'peakValue', 'other'),
    /** Every touchpoint has minutes, so 按时长加权 is shown. */
    withTime: sentence(),
    /** Some minutes are missing or 0: 按时长加权 is not shown, so this sentence must not speak of it. */
    withoutTime: sentence().refine((text) => !text.includes('按时长加权'), '这时不显示「按时长加权」，这句话不要提它'),
  }) satisfies z.ZodType<SummaryTexts>,
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
