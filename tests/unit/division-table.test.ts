import { describe, expect, it } from 'vitest';
import { MAX_ROWS, TEXT_MAX, addRow, checkRows, parseRows, removeRow, sampleRows, toCsv, uncoveredRoles, updateRow, type TaskRow } from '../../src/exercises/division-table/logic';
import { DIVISION_TEXTS } from '../../src/exercises/division-table/texts';

const row = (change: Partial<TaskRow> = {}): TaskRow => ({ id: 'r1', task: '外呼邀约', owner: '小陈', deadline: 'D-3', resources: '名单、话术', role: 'traffic', ...change });
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
    expect(kinds([row(), row({ id: 'r2', task: '', owner: '', deadline: '', resources: '', role: 'sales' })])).toEqual(['2:no-task', '2:no-owner', '2:no-deadline', '2:no-resources']);
    expect(kinds([row({ role: '' })])).toEqual(['1:no-role']);
  });
  it('catches the usual gaps: 全员 as owner and 尽快 as deadline', () => {
    expect(kinds([row({ owner: '全员' }), row({ id: 'r2', deadline: '尽快完成' }), row({ id: 'r3', deadline: 'asap' })])).toEqual(['1:vague-owner', '2:vague-deadline', '3:vague-deadline']);
  });
  it('finds nothing wrong with the sample', () => {
    expect(checkRows(sampleRows())).toEqual([]);
    expect(uncoveredRoles(sampleRows())).toEqual([]);
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
    const csv = toCsv([row(), addRow([])[0]!], DIVISION_TEXTS.headers, DIVISION_TEXTS.roles);
    expect(csv).toBe('\uFEFF任务,负责人,完成时限,所需资源,活动当天职能\r\n外呼邀约,小陈,D-3,名单、话术,引流\r\n');
  });
  it('writes each role as its label and leaves a missing role empty (quoting and formulas: csv.test.ts)', () => {
    const csv = toCsv([row({ role: 'support' }), row({ id: 'r2', task: '=1+1', role: '' })], DIVISION_TEXTS.headers, DIVISION_TEXTS.roles);
    expect(csv.split('\r\n').slice(1)).toEqual(['外呼邀约,小陈,D-3,名单、话术,配合支撑', "'=1+1,小陈,D-3,名单、话术,", '']);
  });
});

describe('parseRows', () => {
  it('round-trips rows', () => {
    expect(parseRows(JSON.parse(JSON.stringify(sampleRows())))).toEqual(sampleRows());
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
