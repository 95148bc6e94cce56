import { describe, expect, it } from 'vitest';
import { OPENING_MAX, PRACTICE_END, PRACTICE_START, emptyScript, isCallDone, parseCallState, practiceScore, reviewScript, walkPractice, type CallScript, type PracticeTree } from '../../src/exercises/outbound-call/logic';
import { OUTBOUND_CALL_TEXTS } from '../../src/exercises/outbound-call/texts';

const good: CallScript = {
  opening: '张阿姨您好，我是楼下营业厅的小陈，给您留了一个免费提速的名额。',
  benefit: '简单来说，月费不变，网速升到 1000M。',
  closeType: 'choice',
  close: '您看是周六上午来，还是周日下午来方便？',
  confirm: '我再跟您对一下：本周六上午十点，东湖路营业厅。',
};
const tree: PracticeTree = {
  start: { customer: '喂？', options: [{ line: 'a', good: true, feedback: 'f', next: 'mid' }, { line: 'b', good: false, feedback: 'f', next: 'end' }] },
  mid: { customer: '嗯？', options: [{ line: 'c', good: false, feedback: 'f', next: 'end' }] },
};

describe('reviewScript', () => {
  it('accepts a complete four-step call', () => {
    expect(reviewScript(good)).toEqual([]);
  });
  it('lists the missing steps and the close type', () => {
    expect(reviewScript(emptyScript())).toEqual([
      { kind: 'missing', field: 'opening' },
      { kind: 'missing', field: 'benefit' },
      { kind: 'missing', field: 'close' },
      { kind: 'missing', field: 'confirm' },
      { kind: 'missing', field: 'closeType' },
    ]);
  });
  it('flags an opening that will not fit in ten seconds', () => {
    expect(reviewScript({ ...good, opening: '您'.repeat(OPENING_MAX + 1) })).toEqual([{ kind: 'long-opening' }]);
    expect(reviewScript({ ...good, opening: '您'.repeat(OPENING_MAX) })).toEqual([]);
  });
  it('asks for 「简单来说」 and for a concrete time in the confirmation', () => {
    expect(reviewScript({ ...good, benefit: '月费不变，网速升级。' })).toEqual([{ kind: 'no-simply' }]);
    expect(reviewScript({ ...good, confirm: '那就这么说定了，到时候见。' })).toEqual([{ kind: 'vague-confirm' }]);
  });
});

describe('practice', () => {
  it('walks the path and scores good choices', () => {
    expect(walkPractice(tree, []).current).toBe(PRACTICE_START);
    expect(practiceScore(tree, [0])).toEqual({ good: 1, total: 1, finished: false });
    expect(practiceScore(tree, [0, 0])).toEqual({ good: 1, total: 2, finished: true });
    expect(practiceScore(tree, [1])).toEqual({ good: 0, total: 1, finished: true });
  });
  it('ignores choices that do not exist or come after the end', () => {
    expect(practiceScore(tree, [5])).toEqual({ good: 0, total: 0, finished: false });
    expect(practiceScore(tree, [1, 0, 0])).toEqual({ good: 0, total: 1, finished: true });
  });
  it('is done only when submitted and the call reached its end', () => {
    expect(isCallDone({ script: good, path: [0, 0], submitted: true }, tree)).toBe(true);
    expect(isCallDone({ script: good, path: [0], submitted: true }, tree)).toBe(false);
    expect(isCallDone({ script: good, path: [0, 0], submitted: false }, tree)).toBe(false);
  });
});

describe('the course practice call', () => {
  const practice = OUTBOUND_CALL_TEXTS.practice;
  it('only points to nodes that exist, and every node can be reached', () => {
    const reached = new Set([PRACTICE_START]);
    for (const node of Object.values(practice)) for (const option of node.options) {
      expect(option.next === PRACTICE_END || option.next in practice, option.next).toBe(true);
      reached.add(option.next);
    }
    for (const id of Object.keys(practice)) expect(reached.has(id), id).toBe(true);
  });
  it('offers at least one good line at every turn, and a path of all good lines reaches the end', () => {
    const path: number[] = [];
    let current = PRACTICE_START;
    while (current !== PRACTICE_END) {
      const node = practice[current]!;
      const index = node.options.findIndex((option) => option.good);
      expect(index, current).toBeGreaterThanOrEqual(0);
      path.push(index);
      current = node.options[index]!.next;
    }
    const score = practiceScore(practice, path);
    expect(score.finished).toBe(true);
    expect(score.good).toBe(score.total);
  });
});

describe('parseCallState', () => {
  it('round-trips', () => {
    const state = { script: good, path: [0, 1], submitted: true };
    expect(parseCallState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
  it.each([
    ['null', null],
    ['no script', { path: [] }],
    ['an unknown close', { script: { ...good, closeType: 'shout' }, path: [] }],
    ['a numeric line', { script: { ...good, opening: 1 }, path: [] }],
    ['a bad path', { script: good, path: ['a'] }],
    ['an endless path', { script: good, path: Array(21).fill(0) }],
  ])('rejects %s', (_label, value) => {
    expect(parseCallState(value)).toBeNull();
  });
});
