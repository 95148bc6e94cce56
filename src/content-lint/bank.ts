/**
 * Bank balance: a question bank a learner cannot pass by guessing patterns instead of knowing the
 * course. Rules over the whole course (every bank, scenario parts included): true/false keys
 * about half true; the right option rarely the strictly longest; no give-away absolute in a wrong
 * option; multiple-choice keys not separable by length; explanations short enough for a phone.
 */
import type { Question, ScenarioPartQuestion } from '../schemas/quiz.ts';
import { GIVE_AWAY_WORDS } from './word-lists.ts';
import { textLength, type Finding } from './finding.ts';

export const TRUE_SHARE_MIN = 35;
export const TRUE_SHARE_MAX = 65;
export const LONGEST_KEY_SHARE_MAX = 30;
export const EXPLANATION_MAX = 120;

/** A bank file after its schema: the file's path and its questions. */
export interface Bank {
  file: string;
  questions: Question[];
}

/** A question or scenario part that is scored, with the file and the id that name it. */
interface Item {
  file: string;
  question: Question | ScenarioPartQuestion;
}

type Choice = Extract<Question, { type: 'single' | 'multiple' }>['options'][number];

const items = (banks: Bank[]): Item[] =>
  banks.flatMap(({ file, questions }) =>
    questions.flatMap((question) => [
      { file, question },
      ...(question.type === 'scenario' ? question.questions.map((part) => ({ file, question: part })) : []),
    ]),
  );

const giveAwayPatterns = GIVE_AWAY_WORDS.map((word) => ({
  word,
  pattern: new RegExp(word.split('…').join('.*?')),
}));

/** The give-away words a text contains. */
export const giveAways = (text: string): string[] =>
  giveAwayPatterns.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);

/** The right option's length and every other option's, for the length tells. */
const keyAndOthers = (options: Choice[]): { key: number; others: number[] } | null => {
  const key = options.find((option) => option.correct);
  if (!key) return null;
  const others = options.filter((option) => option !== key).map((option) => textLength(option.text));
  return { key: textLength(key.text), others };
};

/** Whether the right option is longer than every other option. */
export const keyStrictlyLongest = (options: Choice[]): boolean => {
  const lengths = keyAndOthers(options);
  return lengths !== null && lengths.others.every((length) => lengths.key > length);
};

/** Whether the right option is shorter than every other option (the opposite tell). */
export const keyStrictlyShortest = (options: Choice[]): boolean => {
  const lengths = keyAndOthers(options);
  return lengths !== null && lengths.others.every((length) => lengths.key < length);
};

/** Whether a multiple-choice item's keys are all longer, or all shorter, than every wrong option. */
export const keysByLength = (options: Choice[]): boolean => {
  const keys = options.filter((option) => option.correct).map((option) => textLength(option.text));
  const wrong = options.filter((option) => !option.correct).map((option) => textLength(option.text));
  if (keys.length === 0 || wrong.length === 0) return false;
  return Math.min(...keys) > Math.max(...wrong) || Math.max(...keys) < Math.min(...wrong);
};

export interface BankStats {
  trueFalse: { items: number; true: number };
  single: { items: number; longestKey: string[]; shortestKey: string[] };
  multiple: { items: number; byLength: string[]; keyCounts: Record<number, number> };
  wrongOptions: number;
  rightOptions: number;
  /** `id: word` for every give-away word in a wrong option. */
  giveAwayWrong: string[];
  /** The same for right options (allowed, reported for comparison). */
  giveAwayRight: string[];
  explanations: { count: number; mean: number; longest: { id: string; length: number } };
}

const percent = (part: number, whole: number): number => (whole === 0 ? 0 : (100 * part) / whole);

/** Counts what the balance rules look at. */
export const bankStats = (banks: Bank[]): BankStats => {
  const all = items(banks);
  const stats: BankStats = {
    trueFalse: { items: 0, true: 0 },
    single: { items: 0, longestKey: [], shortestKey: [] },
    multiple: { items: 0, byLength: [], keyCounts: {} },
    wrongOptions: 0,
    rightOptions: 0,
    giveAwayWrong: [],
    giveAwayRight: [],
    explanations: { count: 0, mean: 0, longest: { id: '', length: 0 } },
  };
  let explanationTotal = 0;
  for (const { question } of all) {
    const length = textLength(question.explanation);
    stats.explanations.count += 1;
    explanationTotal += length;
    if (length > stats.explanations.longest.length) stats.explanations.longest = { id: question.id, length };
    if (question.type === 'truefalse') {
      stats.trueFalse.items += 1;
      if (question.answer) stats.trueFalse.true += 1;
    }
    if (question.type === 'single') {
      stats.single.items += 1;
      if (keyStrictlyLongest(question.options)) stats.single.longestKey.push(question.id);
      if (keyStrictlyShortest(question.options)) stats.single.shortestKey.push(question.id);
    }
    if (question.type === 'multiple') {
      stats.multiple.items += 1;
      if (keysByLength(question.options)) stats.multiple.byLength.push(question.id);
      const keys = question.options.filter((option) => option.correct).length;
      stats.multiple.keyCounts[keys] = (stats.multiple.keyCounts[keys] ?? 0) + 1;
    }
    if (question.type === 'single' || question.type === 'multiple')
      for (const option of question.options) {
        if (option.correct) stats.rightOptions += 1;
        else stats.wrongOptions += 1;
        const list = option.correct ? stats.giveAwayRight : stats.giveAwayWrong;
        for (const word of giveAways(option.text)) list.push(`${question.id}: ${word}`);
      }
  }
  stats.explanations.mean = stats.explanations.count === 0 ? 0 : explanationTotal / stats.explanations.count;
  return stats;
};

/** One line per statistic, for the lint's summary and the docs. */
export const describeStats = (stats: BankStats): string[] => {
  const { trueFalse, single, multiple, explanations } = stats;
  const keyCounts = Object.entries(multiple.keyCounts)
    .map(([keys, count]) => `${keys} 个正确项 ${count} 题`)
    .join('，');
  return [
    `判断题 ${trueFalse.items} 道，答案为「对」的 ${trueFalse.true} 道（${percent(trueFalse.true, trueFalse.items).toFixed(0)} %）`,
    `单选题 ${single.items} 道，正确选项严格最长的 ${single.longestKey.length} 道（${percent(single.longestKey.length, single.items).toFixed(0)} %），严格最短的 ${single.shortestKey.length} 道`,
    `多选题 ${multiple.items} 道，凭长短就能选出正确项的 ${multiple.byLength.length} 道；${keyCounts}`,
    `含绝对化字眼的错误选项 ${stats.giveAwayWrong.length} / ${stats.wrongOptions}，正确选项 ${stats.giveAwayRight.length} / ${stats.rightOptions}`,
    `解析 ${explanations.count} 条，平均 ${explanations.mean.toFixed(0)} 字，最长 ${explanations.longest.length} 字（${explanations.longest.id}）`,
  ];
};

const COURSE_BANKS = 'content/quizzes/';

/** The bank-balance findings over every bank of the course. */
export const bankFindings = (banks: Bank[]): Finding[] => {
  const findings: Finding[] = [];
  const stats = bankStats(banks);
  const trueShare = percent(stats.trueFalse.true, stats.trueFalse.items);
  if (stats.trueFalse.items > 0 && (trueShare < TRUE_SHARE_MIN || trueShare > TRUE_SHARE_MAX))
    findings.push({
      file: COURSE_BANKS,
      where: '',
      rule: 'bank-true-share',
      message: `判断题答案为「对」的占 ${trueShare.toFixed(0)} %（${stats.trueFalse.true}/${stats.trueFalse.items}），应在 ${TRUE_SHARE_MIN}–${TRUE_SHARE_MAX} % 之间`,
    });
  const longestShare = percent(stats.single.longestKey.length, stats.single.items);
  if (longestShare > LONGEST_KEY_SHARE_MAX)
    findings.push({
      file: COURSE_BANKS,
      where: '',
      rule: 'bank-longest-key',
      message: `单选题中正确选项严格最长的占 ${longestShare.toFixed(0)} %（${stats.single.longestKey.length}/${stats.single.items}），应 ≤ ${LONGEST_KEY_SHARE_MAX} %：${stats.single.longestKey.join('、')}`,
    });
  for (const { file, question } of items(banks)) {
    if (question.type === 'single' || question.type === 'multiple')
      for (const option of question.options.filter((item) => !item.correct))
        for (const word of giveAways(option.text))
          findings.push({
            file,
            where: question.id,
            rule: 'bank-give-away',
            message: `错误选项「${option.text}」含绝对化字眼「${word}」，一看就知道不对`,
          });
    if (question.type === 'multiple' && keysByLength(question.options))
      findings.push({
        file,
        where: question.id,
        rule: 'bank-keys-by-length',
        message: '正确选项全都比错误选项长（或全都短），凭长短就能选对',
      });
    const length = textLength(question.explanation);
    if (length > EXPLANATION_MAX)
      findings.push({
        file,
        where: question.id,
        rule: 'bank-explanation-length',
        message: `解析 ${length} 字，应 ≤ ${EXPLANATION_MAX} 字（手机上一屏读完）`,
      });
  }
  return findings;
};
