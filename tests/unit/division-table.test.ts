import { describe, expect, it } from 'vitest';
import {
  MAX_ROWS,
  TEXT_MAX,
  addRow,
  checkRows,
  editRows,
  parseRows,
  removeRow,
  sampleRows,
  submitRows,
  toCsv,
  uncoveredRoles,
  updateRow,
  type TaskRow,
} from '../../src/exercises/division-table/logic';
import { schema, type Content } from '../../src/exercises/division-table/content';
import { exerciseContent, issuePaths, rawContent } from './exercise-content';

const content = exerciseContent('division-table') as Content;
const sample = () => sampleRows(content.sample);

const row = (change: Partial<TaskRow> = {}): TaskRow => ({
  id: 'r1',
  task: '外呼邀约',
  owner: '小陈',
  deadline: 'D-3',
  resources: '名单、话术',
  role: 'traffic',
  ...change,
});
const kinds = (rows: TaskRow[]) => checkRows(rows).map((issue) => `${issue.row}:${issue.kind}`);

describe('rows', () => {
  it('adds blank rows with unique ids, up to MAX_ROWS', () => {
    let rows = addRow([]);
    expect(rows).toEqual([{ id: 'r1', task: '', owner: '', deadline: '', resources: '', role: '' }]);
    rows = addRow(removeRow(addRow(rows), 'r1'));
    expect(rows.map((item) => item.id)).toEqual(['r2', 'r3']);
    let full: TaskRow[] = [];
    for (let index = 0; index < MAX_ROWS + 3; index += 1) full = addRow(full);
    expect(full).toHaveLength(MAX_ROWS);
  });

  it('updates one row, truncating text, without mutating', () => {
    const rows = [row(), row({ id: 'r2' })];
    const next = updateRow(rows, 'r2', { owner: '名'.repeat(TEXT_MAX + 9) });
    expect(next[1]?.owner).toHaveLength(TEXT_MAX);
    expect(next[0]).toBe(rows[0]);
    expect(rows[1]?.owner).toBe('小陈');
  });
});

describe('checkRows', () => {
  it('accepts a complete row and ignores completely blank rows', () => {
    expect(checkRows([row(), addRow([])[0]!])).toEqual([]);
  });
  it('names every missing field by row number', () => {
    expect(kinds([row(), row({ id: 'r2', task: '', owner: '', deadline: '', resources: '', role: 'sales' })])).toEqual([
      '2:noTask',
      '2:noOwner',
      '2:noDeadline',
      '2:noResources',
    ]);
    expect(kinds([row({ role: '' })])).toEqual(['1:noRole']);
  });
  it('catches the usual gaps: 全员 as owner and 尽快 as deadline', () => {
    expect(
      kinds([row({ owner: '全员' }), row({ id: 'r2', deadline: '尽快完成' }), row({ id: 'r3', deadline: 'asap' })]),
    ).toEqual(['1:vagueOwner', '2:vagueDeadline', '3:vagueDeadline']);
  });
  it('finds nothing wrong with the sample', () => {
    expect(sample().map((item) => item.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(checkRows(sample())).toEqual([]);
    expect(uncoveredRoles(sample())).toEqual([]);
  });
});

describe('uncoveredRoles', () => {
  it('lists roles no filled-in task covers, in role order', () => {
    expect(uncoveredRoles([row()])).toEqual(['sales', 'aftersales', 'support']);
    expect(uncoveredRoles([])).toEqual(['traffic', 'sales', 'aftersales', 'support']);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and the headers, and skips blank rows', () => {
    const csv = toCsv([row(), addRow([])[0]!], content.columns, content.roles);
    expect(csv).toBe('\uFEFF任务,负责人,完成时限,所需资源,活动当天职能\r\n外呼邀约,小陈,D-3,名单、话术,引流\r\n');
  });
  it('writes each role as its label and leaves a missing role empty (quoting and formulas: csv.test.ts)', () => {
    const csv = toCsv(
      [row({ role: 'support' }), row({ id: 'r2', task: '=1+1', role: '' })],
      content.columns,
      content.roles,
    );
    expect(csv.split('\r\n').slice(1)).toEqual([
      '外呼邀约,小陈,D-3,名单、话术,配合支撑',
      "'=1+1,小陈,D-3,名单、话术,",
      '',
    ]);
  });
});

describe('changes, each from the latest state', () => {
  it('keeps a finished table finished only while its rows pass the check', () => {
    const done = { rows: [row()], submitted: true };
    expect(editRows(done, [row({ owner: '小刘' })])).toEqual({ rows: [row({ owner: '小刘' })], submitted: true });
    expect(editRows(done, [row({ owner: '' })]).submitted).toBe(false);
    expect(editRows({ ...done, submitted: false }, [row()]).submitted).toBe(false);
  });
  it('finishes only a table with tasks that pass the check', () => {
    expect(submitRows({ rows: [row()], submitted: false }).submitted).toBe(true);
    expect(submitRows({ rows: addRow([]), submitted: false }).submitted).toBe(false);
    expect(submitRows({ rows: [row({ deadline: '尽快' })], submitted: false }).submitted).toBe(false);
  });
});

describe('parseRows', () => {
  it('round-trips rows', () => {
    expect(parseRows(JSON.parse(JSON.stringify(sample())))).toEqual(sample());
  });
  it.each([
    ['not an array', { rows: [] }],
    ['a bad id', [row({ id: 'x1' })]],
    ['duplicate ids', [row(), row()]],
    ['an unknown role', [{ ...row(), role: 'boss' }]],
    ['a numeric owner', [{ ...row(), owner: 1 }]],
    ['too many rows', Array.from({ length: MAX_ROWS + 1 }, (_, index) => row({ id: `r${index + 1}` }))],
  ])('rejects %s', (_label, value) => {
    expect(parseRows(value)).toBeNull();
  });
  it('keeps hostile text as plain text, truncated', () => {
    expect(parseRows([row({ task: '<script>alert(1)</script>'.repeat(10) })])?.[0]?.task).toHaveLength(TEXT_MAX);
  });
});

describe('the content schema', () => {
  const raw = () => structuredClone(rawContent('division-table')) as Content;

  it('parses the course file', () => {
    expect(issuePaths(schema, rawContent('division-table'))).toEqual([]);
  });
  it('wants a header for every column and {row} in every row sentence', () => {
    const noRole = raw();
    delete (noRole.columns as Partial<Content['columns']>).role;
    expect(issuePaths(schema, noRole)).toEqual(['columns.role']);
    expect(issuePaths(schema, { ...raw(), issues: { ...raw().issues, noOwner: '没有负责人。' } })).toEqual([
      'issues.noOwner',
    ]);
    expect(issuePaths(schema, { ...raw(), uncovered: '还没有人负责。' })).toEqual(['uncovered']);
  });
  it('names the field of a sample task the check would fault', () => {
    const vague = raw();
    vague.sample[1]!.owner = '全员';
    expect(issuePaths(schema, vague)).toEqual(['sample.1.owner']);
    const unknownRole = raw();
    (unknownRole.sample[0] as { role: string }).role = 'boss';
    expect(issuePaths(schema, unknownRole)).toEqual(['sample.0.role']);
  });
  it('wants the sample to cover every role', () => {
    expect(issuePaths(schema, { ...raw(), sample: raw().sample.filter((task) => task.role !== 'sales') })).toEqual([
      'sample',
    ]);
  });
});
