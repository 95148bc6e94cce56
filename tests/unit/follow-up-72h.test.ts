import { describe, expect, it } from 'vitest';
import {
  MAX_ACTIONS,
  MESSAGE_MAX,
  addFollowUp,
  checkFollowUps,
  contactsOf,
  describeIssue,
  editFollowUps,
  parseFollowUps,
  removeFollowUp,
  sampleFollowUps,
  submitFollowUps,
  updateFollowUp,
  type FollowUp,
} from '../../src/exercises/follow-up-72h/logic';
import { schema, type Content } from '../../src/exercises/follow-up-72h/content';
import { nextRowId, removeById, withIds } from '../../src/exercises/shared/rows';
import { exerciseContent, issuePaths, rawContent } from './exercise-content';

const content = exerciseContent('follow-up-72h') as Content;
const sample = () => sampleFollowUps(content.sample);

const action = (id: string, change: Partial<FollowUp>): FollowUp => ({
  id,
  window: 'h24',
  group: 'A',
  channel: 'phone',
  message: '回访使用感受，请他推荐亲友',
  ...change,
});
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
    expect(withIds([{ text: 'x' }, { text: 'y' }], 'f')).toEqual([
      { id: 'f1', text: 'x' },
      { id: 'f2', text: 'y' },
    ]);
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
    expect(checkFollowUps(sample())).toEqual([]);
    expect(checkFollowUps(coverAll())).toEqual([]);
  });

  it('names missing fields and thin messages by row', () => {
    const list = [...coverAll(), { id: 'f6', window: '', group: 'C', channel: '', message: '打电话' } as FollowUp];
    expect(checkFollowUps(list)).toEqual([
      { kind: 'missing', row: 6, field: 'window' },
      { kind: 'missing', row: 6, field: 'channel' },
      { kind: 'thinMessage', row: 6 },
    ]);
  });

  it('reports groups nobody follows up', () => {
    expect(
      checkFollowUps([
        action('f1', { group: 'A' }),
        action('f2', { group: 'B', window: 'h24' }),
        action('f3', { group: 'B', window: 'h72' }),
      ]),
    ).toEqual([
      { kind: 'groupMissing', group: 'C' },
      { kind: 'groupMissing', group: 'D' },
    ]);
  });

  it('asks for group B in two windows, counting actions for all customers', () => {
    const once = coverAll().filter((item) => item.id !== 'f3');
    expect(checkFollowUps(once)).toEqual([{ kind: 'bOnce' }]);
    expect(checkFollowUps([...once, action('f9', { group: 'all', window: 'h72' })])).toEqual([]);
  });

  it('warns when a group is contacted more than three times', () => {
    const list = [
      ...coverAll(),
      action('f6', { group: 'all', window: 'h72' }),
      action('f7', { group: 'B', window: 'h72' }),
    ];
    expect(contactsOf(list, 'B')).toHaveLength(4);
    expect(checkFollowUps(list)).toEqual([{ kind: 'tooMany', group: 'B', count: 4 }]);
  });
});

describe('parseFollowUps', () => {
  it('round-trips', () => {
    expect(parseFollowUps(JSON.parse(JSON.stringify(sample())))).toEqual(sample());
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

describe('describeIssue', () => {
  it('fills in the row, the field, the group and the count', () => {
    expect(describeIssue({ kind: 'missing', row: 2, field: 'channel' }, content)).toBe(
      '第 2 项：还没选「用什么渠道」。',
    );
    expect(describeIssue({ kind: 'tooMany', group: 'B', count: 4 }, content)).toBe(
      '「B 类：有意向未成交」在 72 小时里被联系了 4 次，太频繁了，两三次就够。',
    );
  });
});

describe('changes, each from the latest state', () => {
  it('keeps a finished plan finished only while it passes the check', () => {
    const done = { actions: coverAll(), submitted: true };
    expect(editFollowUps(done, updateFollowUp(coverAll(), 'f1', { channel: 'sms' })).submitted).toBe(true);
    expect(editFollowUps(done, removeFollowUp(coverAll(), 'f1')).submitted).toBe(false);
    expect(editFollowUps({ ...done, submitted: false }, coverAll()).submitted).toBe(false);
  });
  it('finishes only a plan that passes the check', () => {
    expect(submitFollowUps({ actions: coverAll(), submitted: false }).submitted).toBe(true);
    expect(submitFollowUps({ actions: addFollowUp([]), submitted: false }).submitted).toBe(false);
  });
});

describe('the content schema', () => {
  const raw = () => structuredClone(rawContent('follow-up-72h')) as Content;

  it('parses the course file', () => {
    expect(issuePaths(schema, rawContent('follow-up-72h'))).toEqual([]);
  });
  it('wants a label for every option and the slots each sentence fills', () => {
    const noVisit = raw();
    delete (noVisit.channels as Partial<Content['channels']>).visit;
    expect(issuePaths(schema, noVisit)).toEqual(['channels.visit']);
    expect(
      issuePaths(schema, { ...raw(), issues: { ...raw().issues, tooMany: '「{group}」联系得太频繁了。' } }),
    ).toEqual(['issues.tooMany']);
  });
  it('names the field of a sample action the check would fault', () => {
    const thin = raw();
    thin.sample[3]!.message = '打电话';
    expect(issuePaths(schema, thin)).toEqual(['sample.3.message']);
    const fax = raw();
    (fax.sample[0] as { channel: string }).channel = 'fax';
    expect(issuePaths(schema, fax)).toEqual(['sample.0.channel']);
  });
  it('wants the sample to follow up every group (actions for all count), B in two windows', () => {
    expect(
      issuePaths(schema, {
        ...raw(),
        sample: raw().sample.filter((action) => action.group !== 'C' && action.group !== 'all'),
      }),
    ).toEqual(['sample']);
    expect(
      issuePaths(schema, {
        ...raw(),
        sample: raw().sample.filter((action) => !(action.group === 'B' && action.window === 'h48')),
      }),
    ).toEqual(['sample']);
  });
});
