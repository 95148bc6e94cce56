/**
 * Quiz logic shared by the module knowledge checks and (later) the final exam: seeded shuffling,
 * answer shapes, scoring of every question type, and decoding of saved answers. Pure; no DOM.
 *
 * Scoring (also in the README):
 * - single, true/false: 1 or 0.
 * - multiple: partial credit, (right picks − wrong picks) ÷ number of right options, never below 0.
 * - ordering: the share of items standing in their correct place.
 * - matching: the share of left items matched to their partner.
 * - scenario: the mean of its sub-questions.
 * A question counts as correct only with full marks.
 */
import type { Question, ScenarioPartQuestion } from '../../schemas/quiz';
import { hashSeed, scrambledIndices, shuffledIndices } from '../../platform/random.ts';
import { isRecord, ownField } from '../../platform/decode.ts';
import { isList, isWholeNumber } from '../../platform/decode-limits.ts';

/** Indices refer to the order in the bank file, never to the shuffled display order. */
export type Answer =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'ordering'; order: number[] }
  | { type: 'matching'; matches: number[] }
  | { type: 'scenario'; parts: Record<string, Answer> };

export type AnyQuestion = Question | ScenarioPartQuestion;

/** The order in which to show a question's options, items or right-hand column. */
export function displayOrder(question: AnyQuestion, seed: number): number[] {
  const salt = hashSeed(`${question.id}:${seed}`);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return shuffledIndices(question.options.length, salt);
    case 'ordering':
      return scrambledIndices(question.items.length, salt);
    case 'matching':
      return shuffledIndices(question.pairs.length, salt);
    default:
      return [];
  }
}

/** The starting answer for an ordering question is its scrambled display order. */
export function initialAnswer(question: AnyQuestion, seed: number): Answer | undefined {
  if (question.type === 'ordering') return { type: 'ordering', order: displayOrder(question, seed) };
  if (question.type === 'matching') return { type: 'matching', matches: question.pairs.map(() => -1) };
  return undefined;
}

/** Same members, each once: [0, 0, 2] is not a permutation of [0, 1, 2]. */
const sameSet = (a: number[], b: number[]) =>
  a.length === b.length && new Set(a).size === a.length && a.every((value) => b.includes(value));

/** Whether the learner has given a complete answer that can be checked. */
export function isAnswered(question: AnyQuestion, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  switch (answer.type) {
    case 'single':
    case 'truefalse':
      return true;
    case 'multiple':
      return answer.choices.length > 0;
    case 'ordering':
      return true;
    case 'matching':
      return answer.matches.every((match) => match >= 0);
    case 'scenario':
      return (
        question.type === 'scenario' && question.questions.every((part) => isAnswered(part, answer.parts[part.id]))
      );
  }
}

/** The full-marks answer to a question, in the form a learner's answer is saved (tests, the scale benchmark). */
export function keyAnswer(question: AnyQuestion): Answer {
  const correct = question.type === 'single' || question.type === 'multiple' ? question.options : [];
  const choices = correct.flatMap((option, index) => (option.correct ? [index] : []));
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: choices[0] ?? 0 };
    case 'multiple':
      return { type: 'multiple', choices };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((_, index) => index) };
    case 'matching':
      return { type: 'matching', matches: question.pairs.map((_, index) => index) };
    case 'scenario':
      return {
        type: 'scenario',
        parts: Object.fromEntries(question.questions.map((part) => [part.id, keyAnswer(part)])),
      };
  }
}

/** 0…1; an answer of the wrong shape scores 0. */
export function scoreQuestion(question: AnyQuestion, answer: Answer | undefined): number {
  if (!answer || answer.type !== question.type) return 0;
  switch (question.type) {
    case 'single':
      return answer.type === 'single' && question.options[answer.choice]?.correct === true ? 1 : 0;
    case 'truefalse':
      return answer.type === 'truefalse' && answer.value === question.answer ? 1 : 0;
    case 'multiple': {
      if (answer.type !== 'multiple') return 0;
      const right = question.options
        .map((option, index) => (option.correct ? index : -1))
        .filter((index) => index >= 0);
      const picks = [...new Set(answer.choices)];
      const hits = picks.filter((choice) => right.includes(choice)).length;
      const misses = picks.length - hits;
      return Math.max(0, (hits - misses) / right.length);
    }
    case 'ordering': {
      if (
        answer.type !== 'ordering' ||
        !sameSet(
          answer.order,
          question.items.map((_, index) => index),
        )
      )
        return 0;
      return answer.order.filter((item, position) => item === position).length / question.items.length;
    }
    case 'matching': {
      if (answer.type !== 'matching' || answer.matches.length !== question.pairs.length) return 0;
      return answer.matches.filter((match, left) => match === left).length / question.pairs.length;
    }
    case 'scenario': {
      if (answer.type !== 'scenario') return 0;
      const scores = question.questions.map((part) => scoreQuestion(part, answer.parts[part.id]));
      return scores.reduce((sum, score) => sum + score, 0) / scores.length;
    }
  }
}

export interface QuizScore {
  /** Sum of question scores. */
  points: number;
  total: number;
  /** 0–100, rounded. */
  percent: number;
  /** Questions with full marks. */
  correct: number;
}

export function scoreQuiz(questions: readonly AnyQuestion[], answers: Readonly<Record<string, Answer>>): QuizScore {
  const scores = questions.map((question) => scoreQuestion(question, answers[question.id]));
  const points = scores.reduce((sum, score) => sum + score, 0);
  return {
    points,
    total: questions.length,
    percent: questions.length ? Math.round((points / questions.length) * 100) : 0,
    correct: scores.filter((score) => score === 1).length,
  };
}

/** Indices into a list of `limit` items, or −1 for 「not chosen yet」. */
const isIndexList = (value: unknown, limit: number): value is number[] =>
  isList(value, limit) && value.every((item) => isWholeNumber(item, -1, limit - 1));

/** Decodes a saved answer for this question; anything that does not fit is dropped (`undefined`). */
export function parseAnswer(question: AnyQuestion, value: unknown): Answer | undefined {
  if (!isRecord(value) || value.type !== question.type) return undefined;
  switch (question.type) {
    case 'single':
      return isWholeNumber(value.choice, 0, question.options.length - 1)
        ? { type: 'single', choice: value.choice }
        : undefined;
    case 'multiple':
      return isIndexList(value.choices, question.options.length) && value.choices.every((choice) => choice >= 0)
        ? { type: 'multiple', choices: value.choices }
        : undefined;
    case 'truefalse':
      return typeof value.value === 'boolean' ? { type: 'truefalse', value: value.value } : undefined;
    case 'ordering':
      return isIndexList(value.order, question.items.length) &&
        sameSet(
          value.order,
          question.items.map((_, index) => index),
        )
        ? { type: 'ordering', order: value.order }
        : undefined;
    case 'matching':
      return isIndexList(value.matches, question.pairs.length) && value.matches.length === question.pairs.length
        ? { type: 'matching', matches: value.matches }
        : undefined;
    case 'scenario': {
      // A list of parts is not ours, so it keeps no answers; the scenario's own answer still stands.
      if (!isRecord(value.parts) && !Array.isArray(value.parts)) return undefined;
      const saved = isRecord(value.parts) ? value.parts : {};
      const parts: Record<string, Answer> = {};
      for (const part of question.questions) {
        const answer = parseAnswer(part, ownField(saved, part.id));
        if (answer) parts[part.id] = answer;
      }
      return { type: 'scenario', parts };
    }
  }
}
