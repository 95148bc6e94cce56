import { describe, expect, it } from 'vitest';
import { checkPollAnswer, describePollAnswer, pollAggregate } from '../../src/live/activities/poll';
import { checkPulseValue, pulseAggregate } from '../../src/live/activities/pulse';
import { checkWallText, wallAggregate } from '../../src/live/activities/wall';
import { roomData } from '../live/room-data';
import { keyAnswer } from '../../src/features/assessment/quiz';
import { wrongAnswer } from '../live/answers';

const { questions } = roomData('m3');
const ofType = (type: string) => questions.find((question) => question.type === type)!;

describe('poll', () => {
  it('accepts a complete answer of each of the six types and refuses the wrong shape', () => {
    const types = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'scenario'];
    for (const type of types) {
      const question = ofType(type);
      expect(checkPollAnswer(question, keyAnswer(question)).ok, type).toBe(true);
      expect(checkPollAnswer(question, wrongAnswer(question)).ok, type).toBe(true);
      expect(checkPollAnswer(question, { type: type === 'single' ? 'multiple' : 'single', choice: 0 }).ok).toBe(false);
    }
  });

  it('refuses incomplete and repeated answers', () => {
    const multiple = ofType('multiple');
    expect(checkPollAnswer(multiple, { type: 'multiple', choices: [] })).toMatchObject({ ok: false });
    expect(checkPollAnswer(multiple, { type: 'multiple', choices: [0, 0] })).toMatchObject({ ok: false });
    const matching = ofType('matching');
    const unmatched = matching.type === 'matching' ? matching.pairs.map(() => -1) : [];
    expect(checkPollAnswer(matching, { type: 'matching', matches: unmatched }).ok).toBe(false);
    const scenario = ofType('scenario');
    expect(checkPollAnswer(scenario, { type: 'scenario', parts: {} })).toMatchObject({ ok: false, error: /没答完/ });
  });

  it('shows the distribution and the right answers only once revealed', () => {
    const single = ofType('single');
    const right = keyAnswer(single);
    const wrong = wrongAnswer(single);
    expect(pollAggregate(single, [right, wrong, right], false)).toEqual({ kind: 'poll', counts: [] });
    const revealed = pollAggregate(single, [right, wrong, right], true);
    expect(revealed.correct).toBe(2);
    expect(revealed.counts.reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(revealed.counts[right.type === 'single' ? right.choice : -1]).toBe(2);
    const truefalse = ofType('truefalse');
    expect(pollAggregate(truefalse, [{ type: 'truefalse', value: true }], true).counts).toEqual([1, 0]);
    expect(pollAggregate(ofType('ordering'), [keyAnswer(ofType('ordering'))], true)).toEqual({
      kind: 'poll',
      counts: [],
      correct: 1,
    });
  });

  it('describes answers in words for the export', () => {
    const truefalse = ofType('truefalse');
    expect(describePollAnswer(truefalse, { type: 'truefalse', value: false })).toBe('错');
    const ordering = ofType('ordering');
    expect(describePollAnswer(ordering, keyAnswer(ordering))).toBe(
      ordering.type === 'ordering' ? ordering.items.join(' → ') : '',
    );
    expect(describePollAnswer(ofType('scenario'), keyAnswer(ofType('scenario')))).toMatch(/^1\. /);
  });
});

describe('wall', () => {
  it('keeps one line of text, as text', () => {
    expect(checkWallText('  <img src=x onerror=alert(1)>\n谢谢 ')).toEqual({
      ok: true,
      value: '<img src=x onerror=alert(1)> 谢谢',
    });
  });

  it('refuses empty, non-text and too-long texts', () => {
    expect(checkWallText('   ')).toMatchObject({ ok: false, error: '请填写一句话。' });
    expect(checkWallText(5)).toMatchObject({ ok: false });
    expect(checkWallText('长'.repeat(61))).toMatchObject({ ok: false, error: '一句话最多 60 个字。' });
    expect(checkWallText('😀'.repeat(60)).ok).toBe(true);
  });

  it('leaves hidden entries out', () => {
    const entries = [
      { id: '1', text: 'a' },
      { id: '2', text: 'b', name: '张三' },
    ];
    expect(wallAggregate(entries, ['1']).entries).toEqual([{ id: '2', text: 'b', name: '张三' }]);
  });
});

describe('pulse', () => {
  it('takes 1…5 or 同意 (1) / 不同意 (0)', () => {
    expect(checkPulseValue('five', 5).ok).toBe(true);
    for (const value of [0, 6, 2.5, '3']) expect(checkPulseValue('five', value).ok).toBe(false);
    expect(checkPulseValue('agree', 0).ok).toBe(true);
    expect(checkPulseValue('agree', 2).ok).toBe(false);
  });

  it('counts each value and gives the mean', () => {
    expect(pulseAggregate('five', [5, 4, 4, 1])).toEqual({ kind: 'pulse', counts: [1, 0, 0, 2, 1], mean: 3.5 });
    expect(pulseAggregate('agree', [1, 1, 0])).toEqual({ kind: 'pulse', counts: [1, 2], mean: 0.67 });
    expect(pulseAggregate('five', [])).toEqual({ kind: 'pulse', counts: [0, 0, 0, 0, 0], mean: null });
  });
});
