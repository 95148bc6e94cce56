import { describe, expect, it } from 'vitest';
import {
  MAX_FILES,
  MAX_PASTE_CHARS,
  carriesState,
  classCsv,
  collectResults,
  displayDate,
  displayPercent,
  fragmentLearner,
  jsonBlocks,
  moduleColumns,
  moduleOf,
  notPassed,
  pasteSummary,
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
  type ResultsFile,
} from '../../src/features/class-results/results-file';

/** The course's pass marks (content/course.yaml). */
const MARKS = { exam: 80, check: 80 };

const modules = (complete: number, passed: number): ModuleResult[] =>
  Array.from({ length: 7 }, (_, index) => ({
    id: `m${index + 1}`,
    code: `M${index + 1}`,
    title: `模块 ${index + 1}`,
    complete: index < complete,
    checkBest: index < passed ? 90 : null,
    checkPassed: index < passed,
    checkAttempts: index < passed ? 1 : 0,
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
  /** Modules as listed, instead of the first `complete`/`passed` of seven. */
  moduleList?: ModuleResult[];
  course?: string;
}

const file = (
  name: string,
  {
    learner,
    exportedAt = '2026-11-23T08:00:00.000Z',
    complete = 7,
    passed = 7,
    attempts = [],
    moduleList = modules(complete, passed),
    course = '服务价值链',
  }: Learner,
): ClassFile => {
  const text = createResultsFile({
    exportedAt,
    learner,
    course,
    modules: moduleList,
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
    const { rows, problems } = collectResults([zhang, li, wang], MARKS);
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
        modules: modules(7, 7),
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
        modules: modules(5, 6),
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
        modules: modules(2, 1),
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
    expect(collectResults([shuffled], MARKS).rows[0]).toMatchObject({
      exam: 'passed',
      bestPercent: 90,
      examAt: '2026-11-23T07:00:00Z',
    });
  });

  it('reports bad files by name and skips them', () => {
    const { rows, problems } = collectResults(
      [
        { name: 'notes.txt', text: 'hello', size: 5 },
        zhang,
        { name: 'huge.json', text: '', size: MAX_RESULTS_BYTES + 1 },
        { name: 'progress.json', text: JSON.stringify({ kind: 'svc-course-progress' }), size: 40 },
      ],
      MARKS,
    );
    expect(rows.map((row) => row.learner)).toEqual(['张三']);
    expect(problems).toEqual([
      { file: 'notes.txt', kind: 'invalid', message: '文件不是有效的 JSON，可能已损坏或选错了文件。' },
      { file: 'huge.json', kind: 'invalid', message: expect.stringContaining('文件太大') },
      { file: 'progress.json', kind: 'invalid', message: expect.stringContaining('学习进度的备份文件') },
    ]);
  });

  it('reports files with impossible dates instead of failing to render them', () => {
    const exported = file('日期.json', { learner: '孙七', exportedAt: '2026-13-45T10:00:00Z' });
    const submitted = file('交卷.json', { learner: '周八', attempts: [attempt('D-1', 90, '2026-02-31T99:99:99Z')] });
    const { rows, problems } = collectResults([exported, submitted, zhang], MARKS);
    expect(rows.map((row) => row.learner)).toEqual(['张三']);
    expect(problems).toEqual([
      { file: '日期.json', kind: 'invalid', message: '文件内容不完整或已被改动（exportedAt）。' },
      { file: '交卷.json', kind: 'invalid', message: '文件内容不完整或已被改动（exam.attempts[0].submittedAt）。' },
    ]);
    expect(() => rows.map((row) => [displayDate(row.exportedAt), displayDate(row.examAt)])).not.toThrow();
  });

  it('reads a name of 30 astral characters (CJK Extension B) like any other', () => {
    const name = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉'.repeat(3);
    expect(collectResults([file('b.json', { learner: name })], MARKS).rows.map((row) => row.learner)).toEqual([name]);
  });

  it('skips a file with the same content as an earlier one, even re-formatted', () => {
    const copy = { ...zhang, name: '张三 (1).json' };
    const compact = { name: '张三-compact.json', text: JSON.stringify(JSON.parse(zhang.text)), size: 100 };
    const { rows, problems } = collectResults([zhang, copy, compact], MARKS);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      { file: '张三 (1).json', kind: 'duplicate', message: '与「张三.json」内容相同，已跳过。' },
      { file: '张三-compact.json', kind: 'duplicate', message: '与「张三.json」内容相同，已跳过。' },
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
    const { rows, problems } = collectResults([before, zhang, middle], MARKS);
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
    const { rows, problems } = collectResults([zhang, li, other], MARKS);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.file, row.sameName])).toEqual([
      ['张三.json', true],
      ['李四.json', false],
      ['张三-2班.json', true],
    ]);
  });

  it('reads at most MAX_FILES files and says which were left out', () => {
    const many = Array.from({ length: MAX_FILES + 2 }, (_, index) => ({ name: `${index}.json`, text: 'x', size: 1 }));
    const { problems } = collectResults(many, MARKS);
    expect(problems).toHaveLength(MAX_FILES + 2);
    expect(problems.slice(-2)).toEqual([
      { file: `${MAX_FILES}.json`, kind: 'limit', message: `一次最多读取 ${MAX_FILES} 个文件，这个文件未读取。` },
      { file: `${MAX_FILES + 1}.json`, kind: 'limit', message: `一次最多读取 ${MAX_FILES} 个文件，这个文件未读取。` },
    ]);
  });

  it('keeps a name with markup as plain text in the row', () => {
    const { rows } = collectResults([file('x.json', { learner: '<img src=x onerror=alert(1)>' })], MARKS);
    expect(rows[0]?.learner).toBe('<img src=x onerror=alert(1)>');
  });

  it('returns nothing for no files', () => {
    expect(collectResults([], MARKS)).toEqual({ rows: [], problems: [] });
  });
});

describe('sortRows', () => {
  const { rows } = collectResults(
    [
      zhang,
      li,
      wang,
      file('阿明.json', { learner: '阿明', complete: 5, attempts: [attempt('D-1', 95, '2026-11-23T06:10:00.000Z')] }),
    ],
    MARKS,
  );
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
    expect(summarize(collectResults([zhang, li, wang], MARKS).rows)).toEqual({
      learners: 3,
      passed: 1,
      failed: 1,
      absent: 1,
    });
    expect(summarize([])).toEqual({ learners: 0, passed: 0, failed: 0, absent: 0 });
  });
});

describe('same-name files', () => {
  const earlier = '2026-11-23T05:00:00.000Z';
  const later = '2026-11-23T08:00:00.000Z';
  const rowsOf = (files: ClassFile[]) => collectResults(files, MARKS);

  it('keeps an older 王磊 with 4 modules and no exam beside a newer 王磊 with 2: neither carries the other', () => {
    const four = file('王磊-4.json', { learner: '王磊', exportedAt: earlier, complete: 4, passed: 4 });
    const two = file('王磊-2.json', { learner: '王磊', exportedAt: later, complete: 2, passed: 2 });
    const { rows, problems } = rowsOf([four, two]);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.file, row.modulesComplete, row.sameName])).toEqual([
      ['王磊-4.json', 4, true],
      ['王磊-2.json', 2, true],
    ]);
  });

  it('does not take an empty older attempt list as proof: the newer one with an exam but fewer modules keeps both', () => {
    const four = file('王磊-4.json', { learner: '王磊', exportedAt: earlier, complete: 4, passed: 4 });
    const exam = file('王磊-考试.json', {
      learner: '王磊',
      exportedAt: later,
      complete: 2,
      passed: 2,
      attempts: [attempt('W-1', 90, '2026-11-23T07:00:00.000Z')],
    });
    expect(rowsOf([four, exam]).rows).toHaveLength(2);
  });

  it('merges a later export that has every older attempt and no module behind', () => {
    const monday = file('王磊-周一.json', {
      learner: '王磊',
      exportedAt: earlier,
      complete: 4,
      passed: 3,
      attempts: [attempt('W-1', 60, '2026-11-23T04:00:00.000Z')],
    });
    const tuesday = file('王磊-周二.json', {
      learner: '王磊',
      exportedAt: later,
      complete: 7,
      passed: 7,
      attempts: [attempt('W-1', 60, '2026-11-23T04:00:00.000Z'), attempt('W-2', 85, '2026-11-23T07:00:00.000Z')],
    });
    const { rows, problems } = rowsOf([tuesday, monday]);
    expect(rows.map((row) => [row.file, row.sameName])).toEqual([['王磊-周二.json', false]]);
    expect(problems).toEqual([
      { file: '王磊-周一.json', kind: 'older', message: expect.stringContaining('已按较新的「王磊-周二.json」计算') },
    ]);
  });

  it('keeps both when the newer one lost an attempt, a completed module, a check score or a module', () => {
    const base = { learner: '王磊', exportedAt: earlier, attempts: [attempt('W-1', 60, '2026-11-23T04:00:00.000Z')] };
    const older = file('旧.json', base);
    const newer = (name: string, change: Partial<Learner>) => file(name, { ...base, exportedAt: later, ...change });
    const lowerCheck = modules(7, 7).map((module) => (module.id === 'm3' ? { ...module, checkBest: 85 } : module));
    const base7 = modules(7, 7).map((module) => ({ ...module, checkAttempts: 2 }));
    const olderWith2 = file('旧-两次.json', { ...base, moduleList: base7 });
    const fewerAttempts = newer('检测次数更少.json', {
      moduleList: base7.map((module) => (module.id === 'm3' ? { ...module, checkAttempts: 1 } : module)),
    });
    expect(rowsOf([olderWith2, fewerAttempts]).rows).toHaveLength(2);
    const cases = [
      newer('另一次考试.json', { attempts: [attempt('W-9', 60, '2026-11-23T04:00:00.000Z')] }),
      newer('同号不同分.json', { attempts: [attempt('W-1', 70, '2026-11-23T04:00:00.000Z')] }),
      newer('少一个完成.json', { complete: 6 }),
      newer('检测分更低.json', { moduleList: lowerCheck }),
      newer('少一个模块.json', { moduleList: modules(7, 7).slice(1) }),
      newer('另一门课.json', { course: '另一门课' }),
    ];
    for (const other of cases) expect(rowsOf([older, other]).rows, other.name).toHaveLength(2);
  });

  it('merges when only one of the two files counts check attempts (one from before the count)', () => {
    const uncounted = modules(7, 7).map((module) => ({ ...module, checkAttempts: null }));
    const old = file('旧格式.json', { learner: '王磊', exportedAt: earlier, moduleList: uncounted });
    const counted = file('新格式.json', { learner: '王磊', exportedAt: later });
    expect(rowsOf([old, counted]).rows.map((row) => row.file)).toEqual(['新格式.json']);
    const newOld = file('新格式-旧.json', { learner: '王磊', exportedAt: earlier });
    const oldNew = file('旧格式-新.json', { learner: '王磊', exportedAt: later, moduleList: uncounted });
    expect(rowsOf([newOld, oldNew]).rows.map((row) => row.file)).toEqual(['旧格式-新.json']);
  });

  it('merges an older export with no progress at all, and one whose untouched module the newer lacks', () => {
    const blank = file('空白.json', { learner: '王磊', exportedAt: earlier, complete: 0, passed: 0 });
    const later6 = file('六个.json', { learner: '王磊', exportedAt: later, moduleList: modules(7, 7).slice(0, 6) });
    expect(rowsOf([blank, later6]).rows.map((row) => row.file)).toEqual(['六个.json']);
  });

  it('lets attempts older than a full history (the exam keeps the last 30) drop out of the newer export', () => {
    const at = (index: number) => new Date(Date.parse('2026-11-23T02:00:00.000Z') + index * 60_000).toISOString();
    const history = Array.from({ length: 31 }, (_, index) => attempt(`H-${index}`, 50, at(index)));
    const older = file('旧.json', { learner: '王磊', exportedAt: earlier, attempts: history.slice(0, 30) });
    const full = file('新.json', { learner: '王磊', exportedAt: later, attempts: history.slice(1) });
    expect(rowsOf([older, full]).rows.map((row) => row.file)).toEqual(['新.json']);
    // One short of full: the missing first attempt was not pushed out, so it is another learner's.
    const short = file('短.json', { learner: '王磊', exportedAt: later, attempts: history.slice(1, 30) });
    expect(rowsOf([older, short]).rows).toHaveLength(2);
  });

  it('carriesState holds for a file and itself, and is not symmetric', () => {
    const parse = (item: ClassFile) => JSON.parse(item.text) as ResultsFile;
    expect(carriesState(parse(zhang), parse(zhang))).toBe(true);
    const less = file('少.json', { learner: '张三', complete: 3, passed: 3 });
    expect(carriesState(parse(zhang), parse(less))).toBe(true);
    expect(carriesState(parse(less), parse(zhang))).toBe(false);
  });
});

describe('pass marks', () => {
  it('judges the exam by the course mark, not the file: a file claiming passed at 40% is 未通过', () => {
    const claimed = { ...attempt('P-1', 40, '2026-11-23T07:00:00.000Z'), passed: true, passPercent: 30 };
    const { rows, problems } = collectResults([file('四十分.json', { learner: '钱九', attempts: [claimed] })], MARKS);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ exam: 'failed', bestPercent: 40, examAt: '2026-11-23T07:00:00.000Z' });
    expect(summarize(rows)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('judges each check by the course check mark, whatever the file says', () => {
    const claimed = modules(7, 7).map((module, index) =>
      index < 2 ? { ...module, checkBest: 60, checkPassed: true } : module,
    );
    const [row] = collectResults([file('检测.json', { learner: '钱九', moduleList: claimed })], MARKS).rows;
    expect(row?.checksPassed).toBe(5);
    expect(row?.modules.slice(0, 3).map((module) => module.checkPassed)).toEqual([false, false, true]);
    const [lenient] = collectResults([file('检测.json', { learner: '钱九', moduleList: claimed })], {
      exam: 80,
      check: 60,
    }).rows;
    expect(lenient?.checksPassed).toBe(7);
  });

  it('a lower course mark passes an attempt the file failed, dated by the first one over it', () => {
    const [row] = collectResults([li], { exam: 60, check: 80 }).rows;
    expect(row).toMatchObject({ exam: 'passed', examAt: '2026-11-23T06:30:00.000Z' });
  });
});

describe('module columns and the 未通过 filter', () => {
  const course = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `m${n}`, code: `M${n}`, title: `课程模块 ${n}` }));
  const live = file('live.json', {
    learner: '匿名 1',
    moduleList: [
      {
        id: 'm3',
        code: 'M3',
        title: '模块 3',
        complete: false,
        checkBest: 50,
        checkPassed: false,
        checkAttempts: null,
      },
      {
        id: 'x9',
        code: 'X9',
        title: '旧版模块',
        complete: false,
        checkBest: null,
        checkPassed: false,
        checkAttempts: null,
      },
    ],
  });

  it('orders modules as the course does, only those some file has, then unknown ones as they appear', () => {
    const { rows } = collectResults([live], MARKS);
    expect(moduleColumns(rows, course)).toEqual([
      { id: 'm3', code: 'M3', title: '课程模块 3' },
      { id: 'x9', code: 'X9', title: '旧版模块' },
    ]);
    const all = collectResults([live, zhang], MARKS).rows;
    expect(moduleColumns(all, course).map((column) => column.id)).toEqual([
      'm1',
      'm2',
      'm3',
      'm4',
      'm5',
      'm6',
      'm7',
      'x9',
    ]);
    expect(moduleColumns([], course)).toEqual([]);
  });

  it('gives ten times today’s course (70 modules) a column each in the table, two in the CSV', () => {
    const wide = Array.from({ length: 70 }, (_, index) => ({
      id: `m${index + 1}`,
      code: `M${index + 1}`,
      title: `模块 ${index + 1}`,
      complete: true,
      checkBest: index % 2 ? 85 : 70,
      checkPassed: true,
      checkAttempts: index % 2 ? 1 : 3,
    }));
    const { rows } = collectResults([file('宽.json', { learner: '孙七', moduleList: wide })], MARKS);
    const columns = moduleColumns(rows, course);
    expect(columns).toHaveLength(70);
    expect(rows[0]?.checksPassed).toBe(35);
    const [header, line] = classCsv(rows, columns).split('\r\n');
    expect(header?.split(',')).toHaveLength(12 + 2 * 70);
    expect(line?.split(',').slice(12, 17)).toEqual(['70', '3', '85', '1', '70']);
  });

  it('finds a row’s module by id, and undefined where its file has none', () => {
    const [row] = collectResults([live], MARKS).rows;
    expect(moduleOf(row!, 'm3')).toMatchObject({ checkBest: 50, checkPassed: false, checkAttempts: null });
    expect(moduleOf(row!, 'm1')).toBeUndefined();
  });

  it('keeps learners who failed or never took the exam', () => {
    const { rows } = collectResults([zhang, li, wang], MARKS);
    expect(notPassed(rows).map((row) => row.learner)).toEqual(['李四', '王五']);
    expect(notPassed([])).toEqual([]);
  });

  it('sorts by a module’s check score (not taken or missing last) and by exam attempts', () => {
    const { rows } = collectResults([zhang, li, wang, live], MARKS);
    const names = (sorted: ClassRow[]) => sorted.map((row) => row.learner);
    expect(names(sortRows(rows, 'check:m3', 'descending'))).toEqual(['李四', '张三', '匿名 1', '王五']);
    expect(names(sortRows(rows, 'check:m3', 'ascending'))).toEqual(['匿名 1', '李四', '张三', '王五']);
    expect(names(sortRows(rows, 'attempts', 'descending'))).toEqual(['张三', '李四', '匿名 1', '王五']);
    expect(names(sortRows(rows, 'check:nothing', 'ascending'))).toEqual(['李四', '匿名 1', '王五', '张三']);
  });

  it('sorts equal check scores by attempts: fewer first when best first, uncounted last both ways', () => {
    const withAttempts = (learner: string, checkAttempts: number | null) =>
      file(`${learner}.json`, {
        learner,
        moduleList: modules(7, 7).map((module) => (module.id === 'm3' ? { ...module, checkAttempts } : module)),
      });
    const { rows } = collectResults(
      [withAttempts('赵一', 4), withAttempts('钱二', null), withAttempts('孙三', 1), wang],
      MARKS,
    );
    const names = (sorted: ClassRow[]) => sorted.map((row) => row.learner);
    expect(names(sortRows(rows, 'check:m3', 'descending'))).toEqual(['孙三', '赵一', '钱二', '王五']);
    expect(names(sortRows(rows, 'check:m3', 'ascending'))).toEqual(['赵一', '孙三', '钱二', '王五']);
    // Other columns keep their name order for ties.
    expect(names(sortRows(rows, 'modules', 'descending'))).toEqual(['钱二', '孙三', '赵一', '王五']);
  });
});

describe('classCsv', () => {
  it('writes one line per row in the given order, with counts in their own columns and a column per module', () => {
    const { rows } = collectResults(
      [zhang, li, wang, file('=x.json', { learner: '=cmd|calc', exportedAt: '2026-11-23T17:00:00.000Z' })],
      MARKS,
    );
    const columns = [
      { id: 'm1', code: 'M1', title: '模块 1' },
      { id: 'm2', code: '=M2', title: '模块 2' },
      { id: 'zz', code: 'ZZ', title: '别的' },
    ];
    expect(classCsv(rows, columns).split('\r\n')).toEqual([
      "\uFEFF学员,完成模块,模块总数,通过检测,检测总数,考试最高分（%）,考试结果,考试次数,考试日期,导出日期,备注,文件,M1 检测最高分（%）,M1 检测次数,'=M2 检测最高分（%）,'=M2 检测次数,ZZ 检测最高分（%）,ZZ 检测次数",
      '张三,7,7,7,7,95,通过,3,2026-11-23,2026-11-23,,张三.json,90,1,90,1,,',
      '李四,5,7,6,7,79,未通过,2,2026-11-23,2026-11-23,,李四.json,90,1,90,1,,',
      '王五,2,7,1,7,,未参加,0,,2026-11-23,,王五.json,90,1,,0,,',
      "'=cmd|calc,7,7,7,7,,未参加,0,,2026-11-24,,'=x.json,90,1,90,1,,",
      '',
    ]);
  });

  it('leaves the attempts cell empty for a file from before they were counted', () => {
    const old = JSON.parse(zhang.text);
    for (const module of old.modules) delete module.checkAttempts;
    const text = JSON.stringify(old);
    const { rows, problems } = collectResults([{ name: '旧.json', text, size: text.length }], MARKS);
    expect(problems).toEqual([]);
    expect(moduleOf(rows[0]!, 'm1')).toMatchObject({ checkBest: 90, checkPassed: true, checkAttempts: null });
    const columns = [{ id: 'm1', code: 'M1', title: '模块 1' }];
    expect(classCsv(rows, columns).split('\r\n')[1]).toBe('张三,7,7,7,7,95,通过,3,2026-11-23,2026-11-23,,旧.json,90,');
  });

  it('marks same-name rows', () => {
    const other = file('张三-2.json', { learner: '张三', attempts: [attempt('Z-1', 50, '2026-11-23T07:00:00.000Z')] });
    expect(classCsv(collectResults([zhang, other], MARKS).rows, []).split('\r\n')[2]).toBe(
      '张三,7,7,7,7,50,未通过,1,2026-11-23,2026-11-23,同名,张三-2.json',
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

  it('ends a cut-off results block where the next one starts, even cut inside a string', () => {
    expect(jsonBlocks('{"kind":"r","modules":[{"id":"m1" 王磊 10:36\n{ "kind" : "r"}')).toEqual([
      '{"kind":"r","modules":[{"id":"m1" 王磊 10:36',
      '{ "kind" : "r"}',
    ]);
    expect(jsonBlocks('{"kind":"r","learner":"王\n李四 10:35\n{"kind":"s"} {"kind":"t"}')).toEqual([
      '{"kind":"r","learner":"王\n李四 10:35',
      '{"kind":"s"}',
      '{"kind":"t"}',
    ]);
  });
});

describe('fragmentLearner', () => {
  it('reads the name from a cut-off block, escapes and all', () => {
    expect(fragmentLearner('{"kind": "svc-course-results", "learner": "王磊", "modu')).toBe('王磊');
    expect(fragmentLearner('{"learner" : " 王\\"磊 "')).toBe('王"磊');
    expect(fragmentLearner('{"learner":"<b>x</b>"')).toBe('<b>x</b>');
  });

  it('returns null when the name is cut, missing, too long or has invisible characters', () => {
    expect(fragmentLearner('{"kind": "svc-course-results", "learner": "王')).toBeNull();
    expect(fragmentLearner('{"kind": "svc-course-results"')).toBeNull();
    expect(fragmentLearner(`{"learner":"${'名'.repeat(41)}"`)).toBeNull();
    expect(fragmentLearner('{"learner":"王\\u202e磊"')).toBeNull();
    expect(fragmentLearner('{"learner":"   "')).toBeNull();
  });
});

describe('pastedFiles', () => {
  it('names one result 「粘贴 n」 and several 「粘贴 n · 第 k 段」, with their UTF-8 size and number', () => {
    expect(pastedFiles(`张三：${zhang.text}`, 1)).toEqual([
      { name: '粘贴 1', text: zhang.text, size: zhang.size, pasted: 1 },
    ]);
    expect(pastedFiles(`${zhang.text}\n${li.text}`, 2).map((item) => [item.name, item.pasted])).toEqual([
      ['粘贴 2 · 第 1 段', 1],
      ['粘贴 2 · 第 2 段', 2],
    ]);
  });

  it('pasted results count like files: a cut-off one says whose it was, a copy names the file it copies', () => {
    const pasted = pastedFiles(`${zhang.text}\n${li.text}\n${wang.text.slice(0, 200)}`, 1);
    const { rows, problems } = collectResults([zhang, ...pasted], MARKS);
    expect(rows.map((row) => row.learner)).toEqual(['张三', '李四']);
    expect(problems).toEqual([
      { file: '粘贴 1 · 第 1 段', kind: 'duplicate', message: '与「张三.json」内容相同，已跳过。' },
      {
        file: '粘贴 1 · 第 3 段',
        kind: 'incomplete',
        who: '王五',
        message: '是「王五」的成绩，但不完整（可能是消息被截断了），没有计入。请他重新「复制成绩」发来。',
      },
    ]);
  });

  it('names a cut-off block whose name was cut off by its number and first characters', () => {
    const pasted = pastedFiles(`${li.text}\n张三 10:40\n${zhang.text.slice(0, 30)}\n王五 10:41\n${wang.text}`, 2);
    const { rows, problems } = collectResults(pasted, MARKS);
    expect(rows.map((row) => row.learner)).toEqual(['李四', '王五']);
    expect(problems).toEqual([
      {
        file: '粘贴 2 · 第 2 段',
        kind: 'incomplete',
        who: '第 2 段',
        message: expect.stringMatching(/^不完整（开头是「\{ "kind": "svc-course-re…」），看不出是谁的/),
      },
    ]);
  });

  it('refuses a paste over the size limit without scanning it', () => {
    expect(pastedFiles(`${' '.repeat(MAX_PASTE_CHARS - 1)}{}`, 1)).toEqual([]);
    expect(pastedFiles(`${' '.repeat(MAX_PASTE_CHARS - 2)}{}`, 1)).toEqual([
      { name: '粘贴 1', text: '{}', size: 2, pasted: 1 },
    ]);
  });
});

describe('pasteSummary', () => {
  it('counts what one paste gave: valid, cut off (by whose), duplicates and other problems', () => {
    const earlier = file('早.json', {
      learner: '李四',
      exportedAt: '2026-11-22T08:00:00.000Z',
      complete: 1,
      passed: 1,
    });
    const text = [zhang.text, li.text, wang.text.slice(0, 200), zhang.text.slice(0, 20), li.text, earlier.text, '{}']
      .map((block, index) => `学员${index} 10:0${index}\n${block}`)
      .join('\n');
    const pasted = pastedFiles(text, 1);
    const { problems } = collectResults([...pasted], MARKS);
    expect(pasteSummary(pasted, problems)).toBe(
      '读到 7 份，3 份有效，2 份不完整（王五、第 4 段），1 份重复，1 份有问题。',
    );
  });

  it('counts only this paste’s blocks, and says 0 valid for a paste of copies', () => {
    const first = pastedFiles(zhang.text, 1);
    const second = pastedFiles(zhang.text, 2);
    const { problems } = collectResults([...first, ...second], MARKS);
    expect(pasteSummary(first, problems)).toBe('读到 1 份，1 份有效。');
    expect(pasteSummary(second, problems)).toBe('读到 1 份，0 份有效，1 份重复。');
  });
});
