import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS, MESSAGE_MAX, addFollowUp, checkFollowUps, contactsOf, parseFollowUps, removeFollowUp, sampleFollowUps, updateFollowUp, type FollowUp } from '../../src/exercises/follow-up-72h/logic';
import { FOLLOW_UP_TEXTS } from '../../src/exercises/follow-up-72h/texts';
import { nextRowId, removeById } from '../../src/exercises/shared/rows';

const action = (id: string, change: Partial<FollowUp>): FollowUp => ({ id, window: 'h24', group: 'A', channel: 'phone', message: '回访使用感受，请他推荐亲友', ...change });
const coverAll = (): FollowUp[] => [
  action('f1', { group: 'A' }),
  action('f2', { group: 'B', window: 'h24' }),
  action('f3', { group: 'B', window: 'h48' }),
  action('f4', { group: 'C' }),
  action('f5', { group: 'D' }),
];

describe('rows helpers', () => {
  it('gives the next id after the highest, whatever the order', () => {
    expect(nextRowId([], 'f')).toBe('f1');
    expect(nextRowId([{ id: 'f3' }, { id: 'f1' }, { id: 'x9' }], 'f')).toBe('f4');
    expect(removeById([{ id: 'a' }, { id: 'b' }], 'a')).toEqual([{ id: 'b' }]);
  });
});

describe('editing', () => {
  it('adds blank actions up to the limit, updates and removes without mutating', () => {
    let list: FollowUp[] = [];
    for (let index = 0; index < MAX_ACTIONS + 2; index += 1) list = addFollowUp(list);
    expect(list).toHaveLength(MAX_ACTIONS);
    const one = addFollowUp([]);
    const changed = updateFollowUp(one, 'f1', { message: '字'.repeat(MESSAGE_MAX + 5), channel: 'sms' });
    expect(changed[0]).toMatchObject({ channel: 'sms' });
    expect(changed[0]?.message).toHaveLength(MESSAGE_MAX);
    expect(one[0]?.message).toBe('');
    expect(removeFollowUp(changed, 'f1')).toEqual([]);
  });
});

describe('checkFollowUps', () => {
  it('accepts the sample and a plan that covers everyone', () => {
    expect(checkFollowUps(sampleFollowUps())).toEqual([]);
    expect(checkFollowUps(coverAll())).toEqual([]);
  });

  it('names missing fields and thin messages by row', () => {
    const list = [...coverAll(), { id: 'f6', window: '', group: 'C', channel: '', message: '打电话' } as FollowUp];
    expect(checkFollowUps(list)).toEqual([
      { kind: 'missing', row: 6, field: 'window' },
      { kind: 'missing', row: 6, field: 'channel' },
      { kind: 'thin-message', row: 6 },
    ]);
  });

  it('reports groups nobody follows up', () => {
    expect(checkFollowUps([action('f1', { group: 'A' }), action('f2', { group: 'B', window: 'h24' }), action('f3', { group: 'B', window: 'h72' })])).toEqual([
      { kind: 'group-missing', group: 'C' },
      { kind: 'group-missing', group: 'D' },
    ]);
  });

  it('asks for group B in two windows, counting actions for all customers', () => {
    const once = coverAll().filter((item) => item.id !== 'f3');
    expect(checkFollowUps(once)).toEqual([{ kind: 'b-once' }]);
    expect(checkFollowUps([...once, action('f9', { group: 'all', window: 'h72' })])).toEqual([]);
  });

  it('warns when a group is contacted more than three times', () => {
    const list = [...coverAll(), action('f6', { group: 'all', window: 'h72' }), action('f7', { group: 'B', window: 'h72' })];
    expect(contactsOf(list, 'B')).toHaveLength(4);
    expect(checkFollowUps(list)).toEqual([{ kind: 'too-many', group: 'B', count: 4 }]);
  });
});

describe('parseFollowUps', () => {
  it('round-trips', () => {
    expect(parseFollowUps(JSON.parse(JSON.stringify(sampleFollowUps())))).toEqual(sampleFollowUps());
  });
  it.each([
    ['not an array', {}],
    ['a bad id', [action('x1', {})]],
    ['duplicate ids', [action('f1', {}), action('f1', {})]],
    ['an unknown channel', [{ ...action('f1', {}), channel: 'fax' }]],
    ['an unknown group', [{ ...action('f1', {}), group: 'E' }]],
    ['a numeric message', [{ ...action('f1', {}), message: 5 }]],
  ])('rejects %s', (_label, value) => {
    expect(parseFollowUps(value)).toBeNull();
  });
});

describe('FOLLOW_UP_TEXTS', () => {
  it('labels every option and has a sentence for every issue kind', () => {
    expect(Object.keys(FOLLOW_UP_TEXTS.windows)).toEqual(['h24', 'h48', 'h72']);
    expect(Object.keys(FOLLOW_UP_TEXTS.groups)).toEqual(['all', 'A', 'B', 'C', 'D']);
    expect(Object.keys(FOLLOW_UP_TEXTS.issues).sort()).toEqual(['b-once', 'group-missing', 'missing', 'thin-message', 'too-many']);
  });
});
