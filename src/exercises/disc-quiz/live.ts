/**
 * DISC 认识自己 for a room: each phone answers the quiz's questions; the room sees how many of each
 * type it has and where each finished quiz falls on the 2×2 chart. Anonymous: points carry no
 * names and are sorted, so their order says nothing about who joined when. Scored by logic.ts.
 */
import type { Aggregate } from '../../live/protocol.ts';
import { accept, refuse, type Checked } from '../../live/check.ts';
import { isRecord, ownField } from '../../platform/decode.ts';
import { discResult, type ScoredQuestion } from './logic.ts';

/** Answers to known questions with one of their option values; a partial quiz is fine (it counts once complete). */
export function checkDiscAnswers(
  questions: readonly ScoredQuestion[],
  value: unknown,
): Checked<Record<string, number>> {
  if (!isRecord(value)) return refuse('答案格式不正确，请重新作答。');
  const keys = Object.keys(value);
  if (keys.length === 0) return refuse('请至少回答一题再提交。');
  const clean: Record<string, number> = {};
  for (const key of keys) {
    const question = questions.find((candidate) => candidate.id === key);
    const answer = ownField(value, key);
    if (!question || !question.options.some((option) => option.value === answer))
      return refuse('有答案与题目不符，请重新作答。');
    clean[key] = answer as number;
  }
  return accept(clean);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function discAggregate(
  questions: readonly ScoredQuestion[],
  answerSets: readonly Record<string, number>[],
): Extract<Aggregate, { kind: 'disc' }> {
  const types = { D: 0, I: 0, S: 0, C: 0 };
  const points: { x: number; y: number }[] = [];
  for (const answers of answerSets) {
    const result = discResult(questions, answers);
    if (!result) continue;
    types[result.type] += 1;
    points.push({ x: round2(result.x), y: round2(result.y) });
  }
  points.sort((a, b) => a.x - b.x || a.y - b.y);
  return { kind: 'disc', types, points };
}
