import { describe, expect, it } from 'vitest';
import { checkDiscAnswers, discAggregate } from '../../src/exercises/disc-quiz/live';
import { roomData } from '../live/room-data';

const { questions } = roomData().disc;
/** Every question answered towards the high (+2) or low (−2) end of its axis. */
const answersFor = (assertive: 2 | -2, responsive: 2 | -2) =>
  Object.fromEntries(
    questions.map((question) => [question.id, question.axis === 'assertive' ? assertive : responsive]),
  );

describe('DISC for the room', () => {
  it('counts each finished quiz as one type and places it on the chart', () => {
    const aggregate = discAggregate(questions, [
      answersFor(2, -2),
      answersFor(2, 2),
      answersFor(-2, -2),
      answersFor(2, -2),
    ]);
    expect(aggregate.types).toEqual({ D: 2, I: 1, S: 0, C: 1 });
    expect(aggregate.points).toHaveLength(4);
    expect(aggregate.points[0]).toEqual({ x: -1, y: -1 });
  });

  it('leaves an unfinished quiz out of the chart', () => {
    const first = questions[0]!;
    const aggregate = discAggregate(questions, [{ [first.id]: 2 }]);
    expect(aggregate).toEqual({ kind: 'disc', types: { D: 0, I: 0, S: 0, C: 0 }, points: [] });
  });

  it('accepts partial answers of known questions with their own values, and nothing else', () => {
    const first = questions[0]!;
    expect(checkDiscAnswers(questions, { [first.id]: -1 })).toEqual({ ok: true, value: { [first.id]: -1 } });
    expect(checkDiscAnswers(questions, { [first.id]: 3 }).ok).toBe(false);
    expect(checkDiscAnswers(questions, { 'no-such-question': 2 }).ok).toBe(false);
    expect(checkDiscAnswers(questions, JSON.parse('{"__proto__": 2}')).ok).toBe(false);
    expect(checkDiscAnswers(questions, {}).ok).toBe(false);
    expect(checkDiscAnswers(questions, [2, 1]).ok).toBe(false);
  });
});
