import { describe, expect, it } from 'vitest';
import {
  MAX_ATTEMPTS,
  MAX_CHECK_ATTEMPTS,
  MAX_MODULES,
  MAX_RESULTS_BYTES,
  RESULTS_KIND,
  RESULTS_VERSION,
  beijingTime,
  createResultsFile,
  learnerNameProblem,
  parseResultsFile,
  resultsCsv,
  resultsFileName,
  type ExamAttemptSummary,
  type ResultsFile,
} from '../../src/features/class-results/results-file';

const attempt = (change: Partial<ExamAttemptSummary> = {}): ExamAttemptSummary => ({
  id: 'A7K2-9F3Q',
  seed: 123456,
  startedAt: '2026-11-23T06:00:00.000Z',
  submittedAt: '2026-11-23T06:40:00.000Z',
  percent: 83,
  passed: true,
  passPercent: 80,
  questions: 9,
  byModule: { m1: { earned: 4, possible: 5 }, m2: { earned: 3.5, possible: 4 } },
  ...change,
});

const input = (change: Partial<Omit<ResultsFile, 'kind' | 'version'>> = {}): Omit<ResultsFile, 'kind' | 'version'> => ({
  exportedAt: '2026-11-23T07:00:00.000Z',
  learner: '张三',
  course: '服务价值链：营业厅的管理与营销',
  modules: [
    { id: 'm1', code: 'M1', title: '服务价值链', complete: true, checkBest: 90, checkPassed: true, checkAttempts: 2 },
    {
      id: 'm2',
      code: 'M2',
      title: '营业厅的业绩',
      complete: false,
      checkBest: null,
      checkPassed: false,
      checkAttempts: 0,
    },
  ],
  exam: { attempts: [attempt()] },
  ...change,
});

/** The valid file as a plain object, to break one field at a time. */
const plain = (): Record<string, any> => JSON.parse(createResultsFile(input()));
const parse = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return parseResultsFile(text, new TextEncoder().encode(text).length);
};
const message = (value: unknown) => {
  const result = parse(value);
  return result.ok ? 'accepted' : result.message;
};

describe('createResultsFile and parseResultsFile', () => {
  it('round-trips a file, with kind and version first and pretty JSON', () => {
    const text = createResultsFile(input());
    expect(text.startsWith(`{\n  "kind": "${RESULTS_KIND}",\n  "version": ${RESULTS_VERSION},`)).toBe(true);
    expect(parse(text)).toEqual({ ok: true, file: { kind: RESULTS_KIND, version: RESULTS_VERSION, ...input() } });
  });

  it('trims the name when creating and when reading', () => {
    expect(JSON.parse(createResultsFile(input({ learner: '  李四\u3000' }))).learner).toBe('李四');
    const file = plain();
    file.learner = ' 王五 ';
    expect(parse(file)).toMatchObject({ ok: true, file: { learner: '王五' } });
  });

  it('accepts a learner with no modules and no attempts, and times without milliseconds', () => {
    expect(parse({ ...plain(), modules: [], exam: { attempts: [] }, exportedAt: '2026-11-23T07:00:00Z' }).ok).toBe(
      true,
    );
  });

  it('keeps only known fields: extra ones are dropped', () => {
    const result = parse({ ...plain(), extra: 'x', modules: [{ ...plain().modules[0], note: 'y' }] });
    expect(result.ok && Object.keys(result.file)).toEqual([
      'kind',
      'version',
      'exportedAt',
      'learner',
      'course',
      'modules',
      'exam',
    ]);
    expect(result.ok && Object.keys(result.file.modules[0]!)).toEqual([
      'id',
      'code',
      'title',
      'complete',
      'checkBest',
      'checkPassed',
      'checkAttempts',
    ]);
  });

  it('reads a file from before check attempts were counted: the count is null (not known)', () => {
    const old = plain();
    for (const module of old.modules) delete module.checkAttempts;
    const result = parse(old);
    expect(result.ok && result.file.modules.map((module) => module.checkAttempts)).toEqual([null, null]);
    expect(result.ok && result.file.modules[0]).toMatchObject({ checkBest: 90, checkPassed: true });
    // A live room's file writes null.
    old.modules[0].checkAttempts = null;
    expect(parse(old).ok).toBe(true);
  });

  it('accepts check attempts from 0 up to MAX_CHECK_ATTEMPTS', () => {
    const file = plain();
    file.modules[0].checkAttempts = MAX_CHECK_ATTEMPTS;
    expect(parse(file)).toMatchObject({ ok: true, file: { modules: [{ checkAttempts: MAX_CHECK_ATTEMPTS }, {}] } });
  });
});

describe('parseResultsFile refuses hostile and broken files', () => {
  it('checks the size before reading: a huge file is refused, whatever its text', () => {
    const result = parseResultsFile(createResultsFile(input()), MAX_RESULTS_BYTES + 1);
    expect(result).toEqual({ ok: false, message: '文件太大（1025 KB），不是本课程导出的成绩文件。' });
    expect(parseResultsFile('', 10 * 1024 * 1024)).toMatchObject({
      ok: false,
      message: expect.stringContaining('文件太大'),
    });
  });

  it('refuses text that is not JSON, or JSON that is not an object', () => {
    expect(message('hello')).toMatch(/不是有效的 JSON/);
    expect(message('')).toMatch(/不是有效的 JSON/);
    expect(message('{"kind": "svc-course-results",')).toMatch(/不是有效的 JSON/);
    for (const value of ['null', '42', '"text"', '[]']) expect(message(value)).toMatch(/不是本课程导出的学习成绩文件/);
  });

  it('says when the text is not JSON at all (a pasted message cut off), and only then', () => {
    expect(parseResultsFile('{"kind": "svc-course-results",', 30)).toMatchObject({ ok: false, notJson: true });
    expect(parseResultsFile('[]', 2)).not.toHaveProperty('notJson');
    expect(parseResultsFile('{}', MAX_RESULTS_BYTES + 1)).not.toHaveProperty('notJson');
  });

  it('names a progress backup, another kind and another version', () => {
    expect(message({ ...plain(), kind: 'svc-course-progress' })).toMatch(/学习进度的备份文件/);
    expect(message({ ...plain(), kind: 'other' })).toMatch(/不是本课程导出的学习成绩文件/);
    expect(message({ ...plain(), version: 2 })).toMatch(/更新版本/);
    expect(message({ ...plain(), version: 0 })).toMatch(/格式版本不受支持/);
    expect(message({ ...plain(), version: '1' })).toMatch(/格式版本不受支持/);
  });

  it('refuses names that are missing, blank, too long or hold control characters', () => {
    expect(message({ ...plain(), learner: undefined })).toBe('学员姓名有问题：缺少姓名。');
    expect(message({ ...plain(), learner: 42 })).toBe('学员姓名有问题：缺少姓名。');
    expect(message({ ...plain(), learner: '   ' })).toBe('学员姓名有问题：请填写姓名。');
    expect(message({ ...plain(), learner: '\u3000\t' })).toBe('学员姓名有问题：请填写姓名。');
    expect(message({ ...plain(), learner: '名'.repeat(41) })).toBe('学员姓名有问题：姓名最多 40 个字。');
    expect(message({ ...plain(), learner: '名'.repeat(40) })).toBe('accepted');
    // CJK Extension B: two UTF-16 units per character, counted as one character like any other.
    const astral = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉'.repeat(3);
    expect(message({ ...plain(), learner: astral })).toBe('accepted');
    expect(message({ ...plain(), learner: astral.repeat(2) })).toBe('学员姓名有问题：姓名最多 40 个字。');
    for (const name of ['张\u0000三', '张\u0007三', '张\n三', '\u202E三张', '张\u200B三', '张\u2028三']) {
      expect(message({ ...plain(), learner: name })).toBe('学员姓名有问题：姓名中有不可见的控制字符。');
    }
  });

  it('keeps script text in a name as plain text: it is just a name', () => {
    const result = parse({ ...plain(), learner: '<script>alert(1)</script>' });
    expect(result).toMatchObject({ ok: true, file: { learner: '<script>alert(1)</script>' } });
  });

  it('refuses wrong types and out-of-range values, naming the field', () => {
    const broken: Array<[string, (file: Record<string, any>) => void]> = [
      ['exportedAt', (file) => (file.exportedAt = '2026-11-23')],
      ['exportedAt', (file) => (file.exportedAt = '2026-02-30T07:00:00.000Z')],
      ['exportedAt', (file) => (file.exportedAt = 'yesterday')],
      ['exportedAt', (file) => (file.exportedAt = '2026-13-45T10:00:00Z')],
      ['exam.attempts[0].startedAt', (file) => (file.exam.attempts[0].startedAt = '2026-02-31T99:99:99Z')],
      ['exam.attempts[0].submittedAt', (file) => (file.exam.attempts[0].submittedAt = '2026-99-99T::Z')],
      ['exam.attempts[0].byModule.m1', (file) => (file.exam.attempts[0].byModule = JSON.parse('{"m1":"x"}'))],
      ['exam.attempts[0].seed', (file) => (file.exam.attempts[0].seed = -1)],
      ['course', (file) => (file.course = '')],
      ['course', (file) => (file.course = 'x'.repeat(101))],
      ['modules', (file) => (file.modules = {})],
      ['modules', (file) => file.modules.push(file.modules[0])],
      ['modules[0]', (file) => (file.modules[0] = 'm1')],
      ['modules[0].id', (file) => (file.modules[0].id = 'M1')],
      ['modules[0].id', (file) => (file.modules[0].id = '__proto__')],
      ['modules[0].id', (file) => (file.modules[0].id = 'a'.repeat(41))],
      ['modules[0].id', (file) => (file.modules[0].id = '<img>')],
      ['modules[0].code', (file) => (file.modules[0].code = 3)],
      ['modules[0].title', (file) => (file.modules[0].title = 'a\u0000b')],
      ['modules[0].complete', (file) => (file.modules[0].complete = 'yes')],
      ['modules[0].checkBest', (file) => (file.modules[0].checkBest = -1)],
      ['modules[0].checkBest', (file) => (file.modules[0].checkBest = 100.5)],
      ['modules[0].checkBest', (file) => (file.modules[0].checkBest = '90')],
      ['modules[0].checkBest', (file) => delete file.modules[0].checkBest],
      ['modules[0].checkPassed', (file) => (file.modules[0].checkPassed = 1)],
      ['modules[0].checkAttempts', (file) => (file.modules[0].checkAttempts = -1)],
      ['modules[0].checkAttempts', (file) => (file.modules[0].checkAttempts = 1.5)],
      ['modules[0].checkAttempts', (file) => (file.modules[0].checkAttempts = '2')],
      ['modules[0].checkAttempts', (file) => (file.modules[0].checkAttempts = MAX_CHECK_ATTEMPTS + 1)],
      ['modules[0].checkAttempts', (file) => (file.modules[0].checkAttempts = true)],
      // A score without a finished attempt, and attempts without a score.
      ['modules[0].checkAttempts', (file) => (file.modules[0].checkAttempts = 0)],
      ['modules[1].checkAttempts', (file) => (file.modules[1].checkAttempts = 3)],
      ['exam', (file) => (file.exam = [])],
      ['exam.attempts', (file) => (file.exam.attempts = null)],
      ['exam.attempts', (file) => file.exam.attempts.push(file.exam.attempts[0])],
      ['exam.attempts[0].id', (file) => (file.exam.attempts[0].id = 'A7K2 9F3Q')],
      ['exam.attempts[0].seed', (file) => (file.exam.attempts[0].seed = 1.5)],
      ['exam.attempts[0].seed', (file) => (file.exam.attempts[0].seed = 2 ** 60)],
      ['exam.attempts[0].startedAt', (file) => (file.exam.attempts[0].startedAt = 0)],
      ['exam.attempts[0].submittedAt', (file) => (file.exam.attempts[0].submittedAt = '2026-11-23T05:00:00.000Z')],
      ['exam.attempts[0].percent', (file) => (file.exam.attempts[0].percent = 101)],
      ['exam.attempts[0].percent', (file) => (file.exam.attempts[0].percent = -0.1)],
      ['exam.attempts[0].passed', (file) => (file.exam.attempts[0].passed = null)],
      ['exam.attempts[0].passPercent', (file) => (file.exam.attempts[0].passPercent = 200)],
      ['exam.attempts[0].questions', (file) => (file.exam.attempts[0].questions = 0)],
      ['exam.attempts[0].questions', (file) => (file.exam.attempts[0].questions = 2.5)],
      ['exam.attempts[0].byModule', (file) => (file.exam.attempts[0].byModule = [])],
      ['exam.attempts[0].byModule', (file) => (file.exam.attempts[0].byModule = { Bad: { earned: 1, possible: 1 } })],
      ['exam.attempts[0].byModule.m1.earned', (file) => (file.exam.attempts[0].byModule.m1.earned = 6)],
      ['exam.attempts[0].byModule.m1.earned', (file) => (file.exam.attempts[0].byModule.m1.earned = -1)],
      ['exam.attempts[0].byModule.m1.possible', (file) => (file.exam.attempts[0].byModule.m1.possible = 'five')],
    ];
    for (const [field, breakIt] of broken) {
      const file = plain();
      breakIt(file);
      expect(message(file), field).toBe(`文件内容不完整或已被改动（${field}）。`);
    }
  });

  it('refuses NaN and Infinity written as numbers', () => {
    const text = createResultsFile(input()).replace('"percent": 83', '"percent": NaN');
    expect(message(text)).toMatch(/不是有效的 JSON/);
    const huge = createResultsFile(input()).replace('"percent": 83', '"percent": 1e400');
    expect(message(huge)).toBe('文件内容不完整或已被改动（exam.attempts[0].percent）。');
  });

  it('refuses too many modules or attempts, however small the file', () => {
    const modules = Array.from({ length: MAX_MODULES + 1 }, (_, index) => ({ ...plain().modules[0], id: `m${index}` }));
    expect(message({ ...plain(), modules })).toBe('文件内容不完整或已被改动（modules）。');
    const attempts = Array.from({ length: MAX_ATTEMPTS + 1 }, (_, index) => ({
      ...attempt(),
      id: `a${index}`,
    }));
    expect(message({ ...plain(), exam: { attempts } })).toBe('文件内容不完整或已被改动（exam.attempts）。');
    expect(message({ ...plain(), exam: { attempts: attempts.slice(0, MAX_ATTEMPTS) } })).toBe('accepted');
  });

  it('refuses 10 000 attempts by their size before parsing', () => {
    const attempts = Array.from({ length: 10_000 }, (_, index) => ({ ...attempt(), id: `a${index}` }));
    expect(message({ ...plain(), exam: { attempts } })).toMatch(/文件太大/);
  });

  it('never lets __proto__ or constructor keys pollute anything', () => {
    const text = createResultsFile(input()).replace(
      '{\n  "kind"',
      '{\n  "__proto__": { "polluted": true, "kind": "x" },\n  "constructor": { "prototype": { "polluted": true } },\n  "kind"',
    );
    const result = parse(text);
    expect(result.ok).toBe(true);
    expect(result.ok && Object.hasOwn(result.file, '__proto__')).toBe(false);
    expect(result.ok && Object.getPrototypeOf(result.file)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const nested = createResultsFile(input()).replace(
      '"m1": {',
      '"__proto__": { "earned": 1, "possible": 1 },\n "m1": {',
    );
    expect(message(nested)).toBe('文件内容不完整或已被改动（exam.attempts[0].byModule）。');
    expect(({} as Record<string, unknown>).earned).toBeUndefined();
  });
});

describe('marks that disagree with each other', () => {
  const withAttempt = (change: Partial<ExamAttemptSummary>) => {
    const file = plain();
    file.exam.attempts[0] = { ...file.exam.attempts[0], ...change };
    return message(file);
  };
  it('accepts marks as the exam computes them', () => {
    expect(withAttempt({})).toBe('accepted');
    expect(withAttempt({ percent: 83, passed: false, passPercent: 90 })).toBe('accepted');
  });
  it('refuses a pass at 10 %, a percent the points do not give, and points that do not add up to the questions', () => {
    expect(withAttempt({ percent: 10, passed: true })).toMatch(/exam\.attempts\[0\]\.percent/);
    expect(
      withAttempt({ percent: 10, passed: true, byModule: { m1: { earned: 0, possible: 9 } }, questions: 9 }),
    ).toMatch(/exam\.attempts\[0\]\.percent/);
    expect(
      withAttempt({ percent: 0, passed: true, byModule: { m1: { earned: 0, possible: 9 } }, questions: 9 }),
    ).toMatch(/exam\.attempts\[0\]\.passed/);
    expect(withAttempt({ questions: 30 })).toMatch(/exam\.attempts\[0\]\.questions/);
  });
  it('refuses a check passed without a score', () => {
    const file = plain();
    file.modules[1].checkPassed = true;
    expect(message(file)).toMatch(/modules\[1\]\.checkPassed/);
  });
  it('refuses a year the course cannot have written (9999 would print as +010000)', () => {
    expect(message({ ...plain(), exportedAt: '9999-12-31T23:00:00.000Z' })).toMatch(/exportedAt/);
    expect(withAttempt({ submittedAt: '9999-12-31T23:00:00.000Z' })).toMatch(/submittedAt/);
  });
});

describe('learnerNameProblem', () => {
  it('refuses a name of letters that print as nothing (U+3164 would show a blank row)', () => {
    expect(learnerNameProblem('\u3164\u3164')).toBe('姓名中有显示为空白的字符。');
    expect(learnerNameProblem('张\u2800三')).toBe('姓名中有显示为空白的字符。');
  });
  it('accepts a name with spaces around it and refuses the rest', () => {
    expect(learnerNameProblem(' 张三 ')).toBeNull();
    expect(learnerNameProblem('Li Lei')).toBeNull();
    expect(learnerNameProblem('')).toBe('请填写姓名。');
    expect(learnerNameProblem('a'.repeat(41))).toBe('姓名最多 40 个字。');
  });
});

describe('beijingTime and resultsFileName', () => {
  it('writes times in China Standard Time, crossing midnight', () => {
    expect(beijingTime('2026-11-23T06:40:00.000Z')).toBe('2026-11-23 14:40');
    expect(beijingTime('2026-11-23T17:30:00Z')).toBe('2026-11-24 01:30');
  });

  it('names the file after the learner and the Beijing date', () => {
    expect(resultsFileName('张三', '2026-11-23T07:00:00.000Z')).toBe('学习成绩-张三-2026-11-23.json');
    expect(resultsFileName('张三', '2026-11-23T20:00:00.000Z')).toBe('学习成绩-张三-2026-11-24.json');
  });

  it('makes the name safe for file systems and falls back when nothing is left', () => {
    expect(resultsFileName('a/b\\c:d*e?f"g<h>i|j', '2026-11-23T07:00:00Z')).toBe(
      '学习成绩-a_b_c_d_e_f_g_h_i_j-2026-11-23.json',
    );
    expect(resultsFileName('Li  Lei', '2026-11-23T07:00:00Z')).toBe('学习成绩-Li_Lei-2026-11-23.json');
    expect(resultsFileName('../..', '2026-11-23T07:00:00Z')).toBe('学习成绩-学员-2026-11-23.json');
    expect(resultsFileName('<script>', '2026-11-23T07:00:00Z')).toBe('学习成绩-script-2026-11-23.json');
    expect(resultsFileName('名'.repeat(60), '2026-11-23T07:00:00Z')).toBe(
      `学习成绩-${'名'.repeat(40)}-2026-11-23.json`,
    );
  });
});

describe('resultsCsv', () => {
  it('writes one row per module, then the attempts in time order, for Excel', () => {
    const later = attempt({
      id: 'B000-0001',
      startedAt: '2026-11-23T07:00:00Z',
      submittedAt: '2026-11-23T07:30:00Z',
      percent: 56,
      passed: false,
      byModule: { m1: { earned: 2.5, possible: 5 }, m2: { earned: 2.5, possible: 4 } },
    });
    const file: ResultsFile = {
      kind: RESULTS_KIND,
      version: RESULTS_VERSION,
      ...input({ exam: { attempts: [later, attempt()] } }),
    };
    expect(resultsCsv(file).split('\r\n')).toEqual([
      '\uFEFF学员,类别,项目,完成情况,得分（%）,是否通过,检测次数,提交时间（北京时间）',
      '张三,模块,M1 服务价值链,已完成,90,通过,2,',
      '张三,模块,M2 营业厅的业绩,未完成,,未参加,0,',
      '张三,结业考试,第 1 次（A7K2-9F3Q）,已提交,83,通过,,2026-11-23 14:40',
      '张三,结业考试,第 2 次（B000-0001）,已提交,56,未通过,,2026-11-23 15:30',
      '',
    ]);
  });

  it('leaves the check count empty where the file does not count it (older files, live rooms)', () => {
    const file: ResultsFile = { kind: RESULTS_KIND, version: RESULTS_VERSION, ...input({ exam: { attempts: [] } }) };
    file.modules[0]!.checkAttempts = null;
    expect(resultsCsv(file).split('\r\n')[1]).toBe('张三,模块,M1 服务价值链,已完成,90,通过,,');
  });

  it('defuses a name that looks like a formula', () => {
    const file: ResultsFile = {
      kind: RESULTS_KIND,
      version: RESULTS_VERSION,
      ...input({ learner: '=HYPERLINK("x")', exam: { attempts: [] } }),
    };
    expect(resultsCsv(file).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",模块,M1 服务价值链,已完成,90,通过,2,`);
  });
});

describe('a course ten times today’s size', () => {
  it('accepts the file of a 70-module course with 30 exam attempts scored in every module', () => {
    const ids = Array.from({ length: 70 }, (_, index) => `m${index + 1}`);
    const byModule = Object.fromEntries(ids.map((id) => [id, { earned: 1.5, possible: 2 }]));
    const attempts = Array.from({ length: 30 }, (_, index) =>
      attempt({
        id: `A7K2-${String(index).padStart(4, '0')}`,
        seed: index,
        questions: 140,
        percent: 75,
        passed: false,
        byModule,
      }),
    );
    const modules = ids.map((id, index) => ({
      id,
      code: `M${index + 1}`,
      title: `第 ${index + 1} 个模块：营业厅的管理与营销实务`,
      complete: index % 2 === 0,
      checkBest: index % 3 === 0 ? null : 80,
      checkPassed: index % 3 !== 0,
      checkAttempts: index % 3 === 0 ? 0 : 12,
    }));
    const text = createResultsFile(input({ modules, exam: { attempts } }));
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeLessThan(MAX_RESULTS_BYTES / 4);
    const parsed = parseResultsFile(text, bytes);
    expect(parsed.ok && parsed.file.modules).toHaveLength(70);
    expect(parsed.ok && parsed.file.exam.attempts).toHaveLength(30);
  });
});
