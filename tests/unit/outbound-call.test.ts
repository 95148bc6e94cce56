import { describe, expect, it } from 'vitest';
import {
  MAX_TURNS,
  OPENING_MAX,
  PRACTICE_END,
  PRACTICE_START,
  answerPractice,
  editScript,
  emptyScript,
  isCallDone,
  parseCallState,
  practiceScore,
  restartPractice,
  reviewScript,
  submitCall,
  walkPractice,
  type CallScript,
  type CallState,
  type PracticeTree,
} from '../../src/exercises/outbound-call/logic';
import { schema, type Content } from '../../src/exercises/outbound-call/content';
import { exerciseContent, issuePaths, rawContent } from './exercise-content';

const content = exerciseContent('outbound-call') as Content;

const good: CallScript = {
  opening: '张阿姨您好，我是楼下营业厅的小陈，给您留了一个免费提速的名额。',
  benefit: '简单来说，月费不变，网速升到 1000M。',
  closeType: 'choice',
  close: '您看是周六上午来，还是周日下午来方便？',
  confirm: '我再跟您对一下：本周六上午十点，东湖路营业厅。',
};
const tree: PracticeTree = {
  start: {
    customer: '喂？',
    options: [
      { line: 'a', good: true, feedback: 'f', next: 'mid' },
      { line: 'b', good: false, feedback: 'f', next: 'end' },
    ],
  },
  mid: {
    customer: '嗯？',
    options: [
      { line: 'c', good: true, feedback: 'f', next: 'end' },
      { line: 'd', good: false, feedback: 'f', next: 'end' },
    ],
  },
};

describe('reviewScript', () => {
  it('accepts a complete four-step call', () => {
    expect(reviewScript(good)).toEqual([]);
  });
  it('lists the missing steps and the unchosen close type, in the order they stand', () => {
    expect(reviewScript(emptyScript())).toEqual([
      { kind: 'missing', field: 'opening' },
      { kind: 'missing', field: 'benefit' },
      { kind: 'unchosen', field: 'closeType' },
      { kind: 'missing', field: 'close' },
      { kind: 'missing', field: 'confirm' },
    ]);
    expect(reviewScript({ ...good, closeType: '' })).toEqual([{ kind: 'unchosen', field: 'closeType' }]);
  });
  it('says a chosen close method is chosen (「还没选」 only while no button is chosen)', () => {
    expect(reviewScript({ ...emptyScript(), closeType: 'regret' }).map((issue) => issue.kind)).not.toContain(
      'unchosen',
    );
    expect(content.issues.unchosen.replace('{field}', content.closeTypeLabel)).toBe('「用哪种促成方法」还没选。');
  });
  it('flags an opening that will not fit in ten seconds', () => {
    expect(reviewScript({ ...good, opening: '您'.repeat(OPENING_MAX + 1) })).toEqual([{ kind: 'longOpening' }]);
    expect(reviewScript({ ...good, opening: '您'.repeat(OPENING_MAX) })).toEqual([]);
  });
  it('asks for 「简单来说」 and for a concrete time in the confirmation', () => {
    expect(reviewScript({ ...good, benefit: '月费不变，网速升级。' })).toEqual([{ kind: 'noSimply' }]);
    expect(reviewScript({ ...good, confirm: '那就这么说定了，到时候见。' })).toEqual([{ kind: 'vagueConfirm' }]);
  });
});

describe('practice', () => {
  it('walks the path and scores good choices', () => {
    expect(walkPractice(tree, []).current).toBe(PRACTICE_START);
    expect(practiceScore(tree, [0])).toEqual({ good: 1, total: 1, finished: false, endedWell: false });
    expect(practiceScore(tree, [0, 0])).toEqual({ good: 2, total: 2, finished: true, endedWell: true });
    expect(practiceScore(tree, [0, 1])).toEqual({ good: 1, total: 2, finished: true, endedWell: false });
    expect(practiceScore(tree, [1])).toEqual({ good: 0, total: 1, finished: true, endedWell: false });
  });
  it('ignores choices that do not exist or come after the end', () => {
    expect(practiceScore(tree, [5])).toEqual({ good: 0, total: 0, finished: false, endedWell: false });
    expect(practiceScore(tree, [1, 0, 0])).toEqual({ good: 0, total: 1, finished: true, endedWell: false });
  });
  it('is done only when submitted and the call reached its end', () => {
    expect(isCallDone({ script: good, path: [0, 0], submitted: true }, tree)).toBe(true);
    expect(isCallDone({ script: good, path: [0], submitted: true }, tree)).toBe(false);
    expect(isCallDone({ script: good, path: [0, 0], submitted: false }, tree)).toBe(false);
  });
});

describe('changes, each from the latest state', () => {
  const fresh = (): CallState => ({ script: good, path: [], submitted: false });
  it('edits one part of the script and keeps the rest', () => {
    expect(editScript(fresh(), { closeType: 'regret' })).toEqual({
      ...fresh(),
      script: { ...good, closeType: 'regret' },
    });
  });
  it('adds lines to the practice call until it ends, and restarts it', () => {
    const ended = answerPractice(answerPractice(fresh(), tree, 0), tree, 0);
    expect(ended.path).toEqual([0, 0]);
    expect(answerPractice(ended, tree, 0)).toBe(ended);
    expect(restartPractice(ended)).toEqual(fresh());
  });
  it('finishes only with a reviewed script and a call that ended well, or ended badly and finished anyway', () => {
    expect(submitCall({ ...fresh(), path: [0, 0] }, tree).submitted).toBe(true);
    expect(submitCall({ ...fresh(), path: [0] }, tree).submitted).toBe(false);
    expect(submitCall({ ...fresh(), path: [0], submitted: false }, tree, true).submitted).toBe(false);
    // The customer hung up: not finished well, until the learner chooses 「仍然结束练习」.
    expect(submitCall({ ...fresh(), path: [1] }, tree).submitted).toBe(false);
    expect(submitCall({ ...fresh(), path: [0, 1] }, tree).submitted).toBe(false);
    expect(submitCall({ ...fresh(), path: [1] }, tree, true).submitted).toBe(true);
    expect(submitCall({ script: { ...good, opening: '' }, path: [1], submitted: false }, tree, true).submitted).toBe(
      false,
    );
    expect(submitCall({ script: { ...good, confirm: '' }, path: [0, 0], submitted: false }, tree).submitted).toBe(
      false,
    );
  });
});

describe('the course practice call', () => {
  const practice = content.practice;
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

describe('the content schema', () => {
  const raw = () => structuredClone(rawContent('outbound-call')) as Content;
  const node = (next: string, good = true) => ({
    customer: '「嗯？」',
    options: [{ line: '「好的。」', good, feedback: '说得好好好', next }],
  });

  it('parses the course file', () => {
    expect(issuePaths(schema, rawContent('outbound-call'))).toEqual([]);
  });
  it('refuses misspelt and missing fields', () => {
    const { closeTypeLabel, ...rest } = raw();
    expect(issuePaths(schema, { ...rest, closeTypeLable: closeTypeLabel })).toEqual(['closeTypeLabel', '']);
    const noRegret = raw();
    delete (noRegret.closes as Partial<Content['closes']>).regret;
    expect(issuePaths(schema, noRegret)).toEqual(['closes.regret']);
  });
  it('wants {field} in the sentence that names the empty step, and no slot it does not fill', () => {
    expect(issuePaths(schema, { ...raw(), issues: { ...raw().issues, missing: '这一步还没写。' } })).toEqual([
      'issues.missing',
    ]);
    expect(
      issuePaths(schema, { ...raw(), issues: { ...raw().issues, noSimply: '用上「简单来说」：{field}' } }),
    ).toEqual(['issues.noSimply']);
  });
  it('names the option whose next node does not exist', () => {
    const lost = raw();
    lost.practice.busy!.options[1]!.next = 'bye';
    expect(issuePaths(schema, lost)).toEqual(['practice.busy.options.1.next']);
  });
  it('wants a start, a good line at every turn, and every node reachable', () => {
    expect(issuePaths(schema, { ...raw(), practice: { begin: node(PRACTICE_END) } })).toEqual(['practice']);
    expect(issuePaths(schema, { ...raw(), practice: { start: node(PRACTICE_END, false) } })).toEqual([
      'practice.start.options',
    ]);
    expect(issuePaths(schema, { ...raw(), practice: { start: node(PRACTICE_END), lost: node(PRACTICE_END) } })).toEqual(
      ['practice.lost'],
    );
  });
  it('refuses a call that goes round in a circle or outlasts what a saved call keeps', () => {
    expect(issuePaths(schema, { ...raw(), practice: { start: node('again'), again: node('start') } })).toEqual([
      'practice.again.options.0.next',
    ]);
    const long = Object.fromEntries(
      Array.from({ length: MAX_TURNS + 1 }, (_, index) => [
        index ? `n${index}` : PRACTICE_START,
        node(index === MAX_TURNS ? PRACTICE_END : `n${index + 1}`),
      ]),
    );
    expect(issuePaths(schema, { ...raw(), practice: long })).toEqual(['practice']);
  });
});
