import { describe, expect, it } from 'vitest';
import {
  MAX_FILES,
  MAX_PASTE_CHARS,
  classCsv,
  collectResults,
  displayDate,
  displayPercent,
  jsonBlocks,
  pastedFiles,
  sortRows,
  summarize,
  type ClassFile,
  type ClassRow,
} from '../../src/features/class-results/class-results';
import {
  MAX_RESULTS_BYTES,
  createResultsFile,
  type ExamAttemptSummary,
  type ModuleResult,
} from '../../src/features/class-results/results-file';

const modules = (complete: number, passed: number): ModuleResult[] =>
  Array.from({ length: 7 }, (_, index) => ({
    id: `m${index + 1}`,
    code: `M${index + 1}`,
    title: `模块 ${index + 1}`,
    complete: index < complete,
    checkBest: index < passed ? 90 : null,
    checkPassed: index < passed,
  }));

const attempt = (id: string, percent: number, submittedAt: string): ExamAttemptSummary => ({
  id,
  seed: 1,
  startedAt: '2026-11-23T01:00:00.000Z',
  submittedAt,
  percent,
  passed: percent >= 80,
  passPercent: 80,
  questions: 30,
  // Points that give the percent, as the exam computes it (results-file.ts refuses marks that disagree).
  byModule: { m1: { earned: (percent * 30) / 100, possible: 30 } },
});

interface Learner {
  learner: string;
  exportedAt?: string;
  complete?: number;
  passed?: number;
  attempts?: ExamAttemptSummary[];
}

const file = (
  name: string,
  { learner, exportedAt = '2026-11-23T08:00:00.000Z', complete = 7, passed = 7, attempts = [] }: Learner,
): ClassFile => {
  const text = createResultsFile({
    exportedAt,
    learner,
    course: '服务价值链',
    modules: modules(complete, passed),
    exam: { attempts },
  });
  return { name, text, size: new TextEncoder().encode(text).length };
};

const zhang = file('张三.json', {
  learner: '张三',
  attempts: [
    attempt('A-1', 70, '2026-11-23T06:00:00.000Z'),
    attempt('A-2', 85, '2026-11-23T07:00:00.000Z'),
    attempt('A-3', 95, '2026-11-23T07:30:00.000Z'),
  ],
});
const li = file('李四.json', {
  learner: '李四',
  complete: 5,
  passed: 6,
  attempts: [attempt('B-1', 60, '2026-11-23T06:30:00.000Z'), attempt('B-2', 79, '2026-11-23T07:10:00.000Z')],
});
const wang = file('王五.json', { learner: '王五', complete: 2, passed: 1 });

describe('collectResults', () => {
  it('turns each valid file into a row with counts, best score, result and date', () => {
    const { rows, problems } = collectResults([zhang, li, wang]);
    expect(problems).toEqual([]);
    expect(rows).toEqual<ClassRow[]>([
      {
        file: '张三.json',
        learner: '张三',
        sameName: false,
        exportedAt: '2026-11-23T08:00:00.000Z',
        modulesComplete: 7,
        modulesTotal: 7,
        checksPassed: 7,
        checksTotal: 7,
        bestPercent: 95,
        exam: 'passed',
        attempts: 3,
        examAt: '2026-11-23T07:00:00.000Z',
      },
      {
        file: '李四.json',
        learner: '李四',
        sameName: false,
        exportedAt: '2026-11-23T08:00:00.000Z',
        modulesComplete: 5,
        modulesTotal: 7,
        checksPassed: 6,
        checksTotal: 7,
        bestPercent: 79,
        exam: 'failed',
        attempts: 2,
        examAt: '2026-11-23T07:10:00.000Z',
      },
      {
        file: '王五.json',
        learner: '王五',
        sameName: false,
        exportedAt: '2026-11-23T08:00:00.000Z',
        modulesComplete: 2,
        modulesTotal: 7,
        checksPassed: 1,
        checksTotal: 7,
        bestPercent: null,
        exam: 'absent',
        attempts: 0,
        examAt: null,
      },
    ]);
  });

  it('dates a pass by the first passing attempt, even when attempts are listed out of order', () => {
    const shuffled = file('a.json', {
      learner: '赵六',
      attempts: [
        attempt('C-3', 90, '2026-11-23T09:00:00Z'),
        attempt('C-1', 82, '2026-11-23T07:00:00Z'),
        attempt('C-2', 50, '2026-11-23T08:00:00Z'),
      ],
    });
    expect(collectResults([shuffled]).rows[0]).toMatchObject({
      exam: 'passed',
      bestPercent: 90,
      examAt: '2026-11-23T07:00:00Z',
    });
  });

  it('reports bad files by name and skips them', () => {
    const { rows, problems } = collectResults([
      { name: 'notes.txt', text: 'hello', size: 5 },
      zhang,
      { name: 'huge.json', text: '', size: MAX_RESULTS_BYTES + 1 },
      { name: 'progress.json', text: JSON.stringify({ kind: 'svc-course-progress' }), size: 40 },
    ]);
    expect(rows.map((row) => row.learner)).toEqual(['张三']);
    expect(problems).toEqual([
      { file: 'notes.txt', message: '文件不是有效的 JSON，可能已损坏或选错了文件。' },
      { file: 'huge.json', message: expect.stringContaining('文件太大') },
      { file: 'progress.json', message: expect.stringContaining('学习进度的备份文件') },
    ]);
  });

  it('reports files with impossible dates instead of failing to render them', () => {
    const exported = file('日期.json', { learner: '孙七', exportedAt: '2026-13-45T10:00:00Z' });
    const submitted = file('交卷.json', { learner: '周八', attempts: [attempt('D-1', 90, '2026-02-31T99:99:99Z')] });
    const { rows, problems } = collectResults([exported, submitted, zhang]);
    expect(rows.map((row) => row.learner)).toEqual(['张三']);
    expect(problems).toEqual([
      { file: '日期.json', message: '文件内容不完整或已被改动（exportedAt）。' },
      { file: '交卷.json', message: '文件内容不完整或已被改动（exam.attempts[0].submittedAt）。' },
    ]);
    expect(() => rows.map((row) => [displayDate(row.exportedAt), displayDate(row.examAt)])).not.toThrow();
  });

  it('reads a name of 30 astral characters (CJK Extension B) like any other', () => {
    const name = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉'.repeat(3);
    expect(collectResults([file('b.json', { learner: name })]).rows.map((row) => row.learner)).toEqual([name]);
  });

  it('skips a file with the same content as an earlier one, even re-formatted', () => {
    const copy = { ...zhang, name: '张三 (1).json' };
    const compact = { name: '张三-compact.json', text: JSON.stringify(JSON.parse(zhang.text)), size: 100 };
    const { rows, problems } = collectResults([zhang, copy, compact]);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      { file: '张三 (1).json', message: '与「张三.json」内容相同，已跳过。' },
      { file: '张三-compact.json', message: '与「张三.json」内容相同，已跳过。' },
    ]);
  });

  it('keeps the newer export of the same learner and reports the older one, whatever the order', () => {
    const before = file('张三-周一.json', {
      learner: '张三',
      exportedAt: '2026-11-23T05:00:00.000Z',
      complete: 6,
      attempts: [],
    });
    const middle = file('张三-周二.json', {
      learner: ' 张 三 ',
      exportedAt: '2026-11-23T07:05:00.000Z',
      attempts: [attempt('A-1', 70, '2026-11-23T06:00:00.000Z')],
    });
    const { rows, problems } = collectResults([before, zhang, middle]);
    expect(rows.map((row) => [row.file, row.sameName])).toEqual([['张三.json', false]]);
    expect(problems.map((problem) => problem.file)).toEqual(['张三-周二.json', '张三-周一.json']);
    expect(problems[0]?.message).toMatch(
      /^是「张 三」较早的导出，已按较新的「张三\.json」计算。如果这是另一位同名学员/,
    );
  });

  it('keeps two files with the same name and different attempts, and flags both 同名', () => {
    const other = file('张三-2班.json', {
      learner: '张三',
      exportedAt: '2026-11-23T09:00:00.000Z',
      attempts: [attempt('Z-1', 50, '2026-11-23T08:00:00.000Z')],
    });
    const { rows, problems } = collectResults([zhang, li, other]);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.file, row.sameName])).toEqual([
      ['张三.json', true],
      ['李四.json', false],
      ['张三-2班.json', true],
    ]);
  });

  it('reads at most MAX_FILES files and says which were left out', () => {
    const many = Array.from({ length: MAX_FILES + 2 }, (_, index) => ({ name: `${index}.json`, text: 'x', size: 1 }));
    const { problems } = collectResults(many);
    expect(problems).toHaveLength(MAX_FILES + 2);
    expect(problems.slice(-2)).toEqual([
      { file: `${MAX_FILES}.json`, message: `一次最多读取 ${MAX_FILES} 个文件，这个文件未读取。` },
      { file: `${MAX_FILES + 1}.json`, message: `一次最多读取 ${MAX_FILES} 个文件，这个文件未读取。` },
    ]);
  });

  it('keeps a name with markup as plain text in the row', () => {
    const { rows } = collectResults([file('x.json', { learner: '<img src=x onerror=alert(1)>' })]);
    expect(rows[0]?.learner).toBe('<img src=x onerror=alert(1)>');
  });

  it('returns nothing for no files', () => {
    expect(collectResults([])).toEqual({ rows: [], problems: [] });
  });
});

describe('sortRows', () => {
  const { rows } = collectResults([
    zhang,
    li,
    wang,
    file('阿明.json', { learner: '阿明', complete: 5, attempts: [attempt('D-1', 95, '2026-11-23T06:10:00.000Z')] }),
  ]);
  const names = (sorted: ClassRow[]) => sorted.map((row) => row.learner);

  it('sorts Chinese names by pinyin, both ways', () => {
    expect(names(sortRows(rows, 'learner', 'ascending'))).toEqual(['阿明', '李四', '王五', '张三']);
    expect(names(sortRows(rows, 'learner', 'descending'))).toEqual(['张三', '王五', '李四', '阿明']);
  });

  it('sorts scores with learners who never took the exam last in both directions, ties by name', () => {
    expect(names(sortRows(rows, 'best', 'descending'))).toEqual(['阿明', '张三', '李四', '王五']);
    expect(names(sortRows(rows, 'best', 'ascending'))).toEqual(['李四', '阿明', '张三', '王五']);
  });

  it('sorts by result, counts and dates', () => {
    expect(names(sortRows(rows, 'exam', 'descending'))).toEqual(['阿明', '张三', '李四', '王五']);
    expect(names(sortRows(rows, 'modules', 'ascending'))).toEqual(['王五', '阿明', '李四', '张三']);
    expect(names(sortRows(rows, 'checks', 'descending'))).toEqual(['阿明', '张三', '李四', '王五']);
    expect(names(sortRows(rows, 'examAt', 'ascending'))).toEqual(['阿明', '张三', '李四', '王五']);
    expect(names(sortRows(rows, 'examAt', 'descending'))).toEqual(['李四', '张三', '阿明', '王五']);
  });

  it('returns a copy and leaves the input alone', () => {
    const before = names(rows);
    expect(sortRows(rows, 'learner', 'descending')).not.toBe(rows);
    expect(names(rows)).toEqual(before);
  });
});

describe('display helpers and summary', () => {
  it('cuts scores to one decimal so a near miss never shows the pass mark', () => {
    expect(displayPercent(79.96)).toBe(79.9);
    expect(displayPercent(85)).toBe(85);
    expect(displayPercent(62.5)).toBe(62.5);
    expect(displayPercent(80.1)).toBe(80.1);
    expect(displayPercent(100)).toBe(100);
  });

  it('writes dates in Beijing time, and a dash for none', () => {
    expect(displayDate('2026-11-23T17:00:00.000Z')).toBe('2026-11-24');
    expect(displayDate(null)).toBe('—');
  });

  it('counts learners by exam result', () => {
    expect(summarize(collectResults([zhang, li, wang]).rows)).toEqual({ learners: 3, passed: 1, failed: 1, absent: 1 });
    expect(summarize([])).toEqual({ learners: 0, passed: 0, failed: 0, absent: 0 });
  });
});

describe('classCsv', () => {
  it('writes one line per row in the given order, with counts in their own columns', () => {
    const { rows } = collectResults([
      zhang,
      li,
      wang,
      file('=x.json', { learner: '=cmd|calc', exportedAt: '2026-11-23T17:00:00.000Z' }),
    ]);
    expect(classCsv(rows).split('\r\n')).toEqual([
      '\uFEFF学员,完成模块,模块总数,通过检测,检测总数,考试最高分（%）,考试结果,考试日期,导出日期,备注,文件',
      '张三,7,7,7,7,95,通过,2026-11-23,2026-11-23,,张三.json',
      '李四,5,7,6,7,79,未通过,2026-11-23,2026-11-23,,李四.json',
      '王五,2,7,1,7,,未参加,,2026-11-23,,王五.json',
      "'=cmd|calc,7,7,7,7,,未参加,,2026-11-24,,'=x.json",
      '',
    ]);
  });

  it('marks same-name rows', () => {
    const other = file('张三-2.json', { learner: '张三', attempts: [attempt('Z-1', 50, '2026-11-23T07:00:00.000Z')] });
    expect(classCsv(collectResults([zhang, other]).rows).split('\r\n')[2]).toBe(
      '张三,7,7,7,7,50,未通过,2026-11-23,2026-11-23,同名,张三-2.json',
    );
  });
});

describe('jsonBlocks', () => {
  it('finds each top-level object between chat names and times', () => {
    const chat = `张三 10:32\n{"a":{"b":1}}\n李四 10:35\n{"c":2}\n好的，收到`;
    expect(jsonBlocks(chat)).toEqual(['{"a":{"b":1}}', '{"c":2}']);
  });

  it('does not count braces or escaped quotes inside strings, and ignores quotes outside objects', () => {
    expect(jsonBlocks('他说"看这里 {"name":"}{ \\" }","n":1} 完')).toEqual(['{"name":"}{ \\" }","n":1}']);
  });

  it('keeps an object cut short at the end, and finds nothing in plain text', () => {
    expect(jsonBlocks('{"x":1} {"y":{"z":')).toEqual(['{"x":1}', '{"y":{"z":']);
    expect(jsonBlocks('只有文字，没有成绩 }')).toEqual([]);
    expect(jsonBlocks('')).toEqual([]);
  });
});

describe('pastedFiles', () => {
  it('names one result 「粘贴 n」 and several 「粘贴 n · 第 k 份」, with their UTF-8 size', () => {
    expect(pastedFiles(`张三：${zhang.text}`, 1)).toEqual([{ name: '粘贴 1', text: zhang.text, size: zhang.size }]);
    expect(pastedFiles(`${zhang.text}\n${li.text}`, 2).map((item) => item.name)).toEqual([
      '粘贴 2 · 第 1 份',
      '粘贴 2 · 第 2 份',
    ]);
  });

  it('pasted results count like files: a cut-off one and a copy are reported by name', () => {
    const pasted = pastedFiles(`${zhang.text}\n${li.text}\n${wang.text.slice(0, 200)}`, 1);
    const { rows, problems } = collectResults([zhang, ...pasted]);
    expect(rows.map((row) => row.learner)).toEqual(['张三', '李四']);
    expect(problems.map((problem) => problem.file)).toEqual(['粘贴 1 · 第 1 份', '粘贴 1 · 第 3 份']);
    expect(problems[0]!.message).toContain('张三.json');
  });

  it('refuses a paste over the size limit without scanning it', () => {
    expect(pastedFiles(`${' '.repeat(MAX_PASTE_CHARS - 1)}{}`, 1)).toEqual([]);
    expect(pastedFiles(`${' '.repeat(MAX_PASTE_CHARS - 2)}{}`, 1)).toEqual([{ name: '粘贴 1', text: '{}', size: 2 }]);
  });
});
