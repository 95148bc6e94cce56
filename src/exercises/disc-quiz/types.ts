/** The two axes of the social-style model the course calls 「DISC」. */
export type DiscAxis = 'assertive' | 'responsive';

/** One of the four customer personality types. */
export type DiscTypeId = 'D' | 'I' | 'S' | 'C';

/** Whose behaviour the learner is describing. */
export type DiscMode = 'customer' | 'self';

/**
 * One answer option. `value` places it on the question's axis:
 * +2 clearly high, +1 somewhat high, −1 somewhat low, −2 clearly low.
 */
export interface DiscOption {
  text: string;
  value: 2 | 1 | -1 | -2;
}

/** A situational question that measures exactly one axis. */
export interface DiscQuestion {
  id: string;
  axis: DiscAxis;
  /** The situation when the learner describes a customer they serve (识别一位顾客). */
  customerStem: string;
  /** The same situation when the learner describes themself (认识自己). */
  selfStem: string;
  /** Four options, phrased so they fit both stems. */
  options: [DiscOption, DiscOption, DiscOption, DiscOption];
}

/** What the course teaches about one type. */
export interface DiscProfile {
  id: DiscTypeId;
  name: string;
  /** e.g. 「高表达 · 低情感」 */
  axes: string;
  traits: string[];
  fears: string[];
  needs: string[];
  /** How to serve such a customer in a 营业厅. */
  serve: string[];
  /** What to remember about yourself if this is your own style (认识自己). */
  selfTip: string;
}
