import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/schemas/quiz';
import {
  bankFindings,
  bankStats,
  describeStats,
  giveAways,
  keysByLength,
  keyStrictlyLongest,
  keyStrictlyShortest,
  type Bank,
} from '../../src/content-lint/bank';
import { CastSchema, castFindings, namesIn } from '../../src/content-lint/cast';
import { formatFinding, textLength, type SourceFile } from '../../src/content-lint/finding';
import { GlossarySchema, glossaryFindings } from '../../src/content-lint/glossary';
import { lintContent, RULES, type ContentFiles } from '../../src/content-lint/lint';
import { quoteFindings } from '../../src/content-lint/quotes';
import { readContent } from '../../src/content-lint/read-content';
import { dayHoursFindings, moduleTiming, noteTimingFindings } from '../../src/content-lint/timing';
import { GIVE_AWAY_WORDS } from '../../src/content-lint/word-lists';

const rules = (findings: { rule: string }[]) => findings.map((finding) => finding.rule);

/** The finding a test expects: its place and rule, and a part of its message. */
const found = (file: string, where: string, rule: string, message: string) => ({
  file,
  where,
  rule,
  message: expect.stringContaining(message),
});

/** A module file with frontmatter minutes and a first trainer note holding `rows` (label, minutes). */
const moduleFile = (id: string, minutes: number, rows: [string, number][], total?: number): SourceFile => ({
  file: `content/modules/${id}.mdx`,
  text: [
    '---',
    `title: 模块 ${id}`,
    `minutes: ${minutes}`,
    '---',
    '',
    '## 导入',
    '',
    '<TrainerNotes>',
    '',
    '| 环节 | 时长 |',
    '| --- | --- |',
    ...rows.map(([label, value]) => `| ${label} | ${value} 分钟 |`),
    ...(total === undefined ? [] : [`| **合计** | **${total} 分钟** |`]),
    '',
    '</TrainerNotes>',
    '',
    '<TrainerNotes>',
    '',
    '| 之后的表 | 99 分钟 |',
    '',
    '</TrainerNotes>',
    '',
  ].join('\n'),
});

describe('day-hours', () => {
  const course = { file: 'content/course.yaml', hoursPerDay: 6, days: [{ id: 'day1', modules: ['m1', 'm2'] }] };

  it('passes when each day adds up to hoursPerDay', () => {
    const modules = [moduleFile('m1', 200, [['导入', 200]]), moduleFile('m2', 160, [['导入', 160]])].map(moduleTiming);
    expect(dayHoursFindings(course, modules)).toEqual([]);
  });

  it('fails a day that runs over, naming the day and its sum', () => {
    const modules = [moduleFile('m1', 270, [['导入', 270]]), moduleFile('m2', 150, [['导入', 150]])].map(moduleTiming);
    const findings = dayHoursFindings(course, modules);
    expect(findings).toEqual([
      found('content/course.yaml', 'days[0] (day1)', 'day-hours', '420 分钟（m1 270 + m2 150），应为 360 分钟'),
    ]);
  });

  it('fails a day whose module has no file', () => {
    const findings = dayHoursFindings(course, [moduleTiming(moduleFile('m1', 360, [['导入', 360]]))]);
    expect(findings[0]?.message).toContain('m2');
  });
});

describe('note-timing', () => {
  const rows: [string, number][] = [
    ['导入', 5],
    ['练习', 15],
  ];

  it('reads the rows of the first trainer note only, and its 合计 row apart', () => {
    const timing = moduleTiming(moduleFile('m1', 20, rows, 20));
    expect(timing.minutes).toBe(20);
    expect(timing.rows.map((row) => [row.label, row.minutes])).toEqual(rows);
    expect(timing.total?.minutes).toBe(20);
  });

  it('passes when the rows add up to minutes', () => {
    expect(noteTimingFindings([moduleTiming(moduleFile('m1', 20, rows, 20))])).toEqual([]);
  });

  it('fails rows that do not add up, naming the line of the table', () => {
    const findings = noteTimingFindings([moduleTiming(moduleFile('m1', 90, rows))]);
    expect(findings).toEqual([
      found('content/modules/m1.mdx', 'line 12', 'note-timing', '合计 20 分钟，与 frontmatter 的 minutes: 90 不符'),
    ]);
  });

  it('fails a 合计 row that disagrees with minutes', () => {
    const findings = noteTimingFindings([moduleTiming(moduleFile('m1', 20, [['导入', 20]], 25))]);
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('「合计」一行写 25 分钟')]);
  });

  it('fails a module without a timing table', () => {
    const findings = noteTimingFindings([moduleTiming(moduleFile('m1', 20, []))]);
    expect(findings[0]?.message).toContain('没有时间安排表');
  });
});

describe('quote-style', () => {
  it('passes 「」 and 『』', () => {
    expect(quoteFindings([{ file: 'a.mdx', text: '他说：「叫我『小吴』就行。」' }])).toEqual([]);
  });

  it('fails “” with the line and the count', () => {
    expect(quoteFindings([{ file: 'a.mdx', text: '第一行\n他说“好”。' }])).toEqual([
      found('a.mdx', 'line 2', 'quote-style', '2 个 “” 引号'),
    ]);
  });
});

describe('glossary', () => {
  const glossary = GlossarySchema.parse({
    terms: [
      {
        preferred: '客户',
        refused: ['顾客'],
        allow: [{ file: 'content/modules/m3.mdx', text: '满足顾客十戒' }],
      },
      { preferred: '值班经理', refused: ['值班长'] },
    ],
  });

  it('passes the preferred word and a refused one inside an allowed phrase of that file', () => {
    const files = [{ file: 'content/modules/m3.mdx', text: '客户进门。\n## 满足顾客十戒\n' }];
    expect(glossaryFindings(glossary, files)).toEqual([]);
  });

  it('fails a refused word, naming the line and the preferred word', () => {
    const files = [{ file: 'content/modules/m1.mdx', text: '请值班长来。\n顾客和顾客' }];
    expect(glossaryFindings(glossary, files)).toEqual([
      { file: 'content/modules/m1.mdx', where: 'line 1', rule: 'glossary', message: '「值班长」应写作「值班经理」' },
      { file: 'content/modules/m1.mdx', where: 'line 2', rule: 'glossary', message: '「顾客」应写作「客户」（2 处）' },
    ]);
  });

  it('does not let an allowed phrase of one file excuse another file, or another use on the same line', () => {
    expect(rules(glossaryFindings(glossary, [{ file: 'content/modules/m5.mdx', text: '满足顾客十戒' }]))).toEqual([
      'glossary',
    ]);
    expect(rules(glossaryFindings(glossary, [{ file: 'content/modules/m3.mdx', text: '满足顾客十戒，顾客' }]))).toEqual(
      ['glossary'],
    );
  });

  it('refuses a glossary in another shape, or an allow phrase without the refused word', () => {
    expect(GlossarySchema.safeParse({ terms: [{ preferred: '客户', refused: [] }] }).success).toBe(false);
    expect(GlossarySchema.safeParse({ terms: [{ preferred: '客户', refused: ['顾客'], extra: 1 }] }).success).toBe(
      false,
    );
    const useless = GlossarySchema.safeParse({
      terms: [{ preferred: '客户', refused: ['顾客'], allow: [{ file: 'a.mdx', text: '十戒' }] }],
    });
    expect(useless.error?.issues[0]?.path).toEqual(['terms', 0, 'allow', 0, 'text']);
  });
});

describe('cast', () => {
  const cast = CastSchema.parse({
    cast: [
      { name: '小吴', who: '营业员（M4）' },
      { name: '周姐', who: '超市老板（M7）' },
    ],
  });

  it('finds names: 小/老 + surname, surname + title', () => {
    expect(namesIn('小吴和老周去找周姐、王经理和李店长。')).toEqual(['小吴', '老周', '周姐', '王经理', '李店长']);
  });

  it('does not take common words for names', () => {
    expect(namesIn('一小时后，小区里的老人带着小孙子来了；老顾客说小范围试试，小高峰过后用小程序。')).toEqual([]);
  });

  it('passes names in the cast list', () => {
    expect(castFindings(cast, 'content/cast.yaml', [{ file: 'a.mdx', text: '小吴找到周姐。' }])).toEqual([]);
  });

  it('fails a name missing from the cast, naming the line', () => {
    expect(castFindings(cast, 'content/cast.yaml', [{ file: 'a.mdx', text: '小吴找到周姐。\n老周来了。' }])).toEqual([
      found('a.mdx', 'line 2', 'cast', '「老周」不在角色表'),
    ]);
  });

  it('fails a cast name the course does not use', () => {
    expect(castFindings(cast, 'content/cast.yaml', [{ file: 'a.mdx', text: '小吴来了。' }])).toEqual([
      found('content/cast.yaml', '周姐', 'cast', '没有这个名字'),
    ]);
  });

  it('refuses a name listed twice: one name, one person', () => {
    const twice = CastSchema.safeParse({
      cast: [
        { name: '小吴', who: '营业员' },
        { name: '小吴', who: '店长' },
      ],
    });
    expect(twice.error?.issues[0]?.path).toEqual(['cast', 1, 'name']);
  });
});

describe('bank balance', () => {
  const base = { module: 'm1', use: ['check', 'exam'] as ('check' | 'exam')[], explanation: '因为如此。' };
  const truefalse = (id: string, answer: boolean): Question => ({
    ...base,
    id,
    type: 'truefalse',
    prompt: '这句话对吗？',
    answer,
  });
  const single = (id: string, key: string, ...wrong: string[]): Extract<Question, { type: 'single' }> => ({
    ...base,
    id,
    type: 'single',
    prompt: '选哪一个？',
    options: [{ text: key, correct: true }, ...wrong.map((text) => ({ text, correct: false }))],
  });
  const multiple = (id: string, keys: string[], wrong: string[]): Extract<Question, { type: 'multiple' }> => ({
    ...base,
    id,
    type: 'multiple',
    prompt: '选哪几个？',
    options: [...keys.map((text) => ({ text, correct: true })), ...wrong.map((text) => ({ text, correct: false }))],
  });
  const bank = (...questions: Question[]): Bank[] => [{ file: 'content/quizzes/m1.yaml', questions }];

  it('counts characters, not spaces', () => {
    expect(textLength('约 46%')).toBe(4);
    expect(textLength('𠀀字')).toBe(2);
  });

  it('passes true/false keys between 35 % and 65 % true', () => {
    expect(bankFindings(bank(truefalse('a', true), truefalse('b', false)))).toEqual([]);
  });

  it('fails true/false keys that are nearly all false', () => {
    const questions = [truefalse('a', true), ...['b', 'c', 'd'].map((id) => truefalse(id, false))];
    expect(bankFindings(bank(...questions))).toEqual([found('content/quizzes/', '', 'bank-true-share', '25 %（1/4）')]);
  });

  it('counts true/false parts of scenarios', () => {
    const scenario: Question = {
      ...base,
      id: 's',
      type: 'scenario',
      stem: '一个足够长的案例，讲了一位客户来厅里办业务的经过。',
      questions: [{ id: 's-a', type: 'truefalse', prompt: '这句话对吗？', answer: true, explanation: '因为如此。' }],
    };
    expect(bankStats(bank(scenario, truefalse('b', false))).trueFalse).toEqual({ items: 2, true: 1 });
  });

  it('tells a strictly longest key from a tie', () => {
    expect(keyStrictlyLongest(single('a', '最长的一个选项', '短的', '也短').options)).toBe(true);
    expect(keyStrictlyLongest(single('a', '一样长', '一样长', '短').options)).toBe(false);
    expect(keyStrictlyShortest(single('a', '短', '长一些', '更长一些').options)).toBe(true);
    expect(keyStrictlyShortest(single('a', '短', '短', '更长一些').options)).toBe(false);
  });

  it('passes when at most 30 % of single-choice keys are strictly the longest', () => {
    const questions = [
      single('a', '最长的一个选项', '短的'),
      single('b', '短', '更长的选项'),
      single('c', '短', '更长的选项'),
      single('d', '短', '更长的选项'),
    ];
    expect(bankFindings(bank(...questions))).toEqual([]);
  });

  it('fails when the longest option is the key too often, listing the items', () => {
    const questions = [single('a', '最长的一个选项', '短的'), single('b', '短', '更长的选项')];
    expect(bankFindings(bank(...questions))).toEqual([
      {
        file: 'content/quizzes/',
        where: '',
        rule: 'bank-longest-key',
        message: expect.stringMatching(/50 %（1\/2）.*：a$/),
      },
    ]);
  });

  it('finds give-away words, 只要…就 with anything in between', () => {
    expect(giveAways('只要排班合理就能做到')).toEqual(['只要…就']);
    expect(giveAways('这样一定行，完全没问题')).toEqual(['一定', '完全']);
    expect(giveAways('先问清需求，再推荐')).toEqual([]);
    expect(GIVE_AWAY_WORDS.length).toBeGreaterThan(5);
  });

  it('passes a give-away word in a right option, and wrong options without one', () => {
    const questions = [single('a', '所有人签字', '由店长一人签字'), single('b', '短', '更长的选项')];
    expect(bankFindings(bank(...questions))).toEqual([]);
  });

  it('fails a wrong option with a give-away word, naming the item and the word', () => {
    const questions = [single('a', '先问清需求', '直接推最贵的就行'), single('b', '短', '更长的选项')];
    expect(bankFindings(bank(...questions))).toEqual([
      found('content/quizzes/m1.yaml', 'a', 'bank-give-away', '「就行」'),
    ]);
  });

  it('passes multiple-choice items whose keys and wrong options overlap in length', () => {
    expect(keysByLength(multiple('a', ['短', '长一些的正确项'], ['中等长度']).options)).toBe(false);
    expect(bankFindings(bank(multiple('a', ['短', '长一些的正确项'], ['中等长度'])))).toEqual([]);
  });

  it('fails multiple-choice items whose keys are all longer, or all shorter', () => {
    expect(keysByLength(multiple('a', ['很长的正确项一', '很长的正确项二'], ['短']).options)).toBe(true);
    expect(keysByLength(multiple('a', ['短', '短二'], ['很长的错误选项']).options)).toBe(true);
    expect(rules(bankFindings(bank(multiple('a', ['很长的正确项一', '很长的正确项二'], ['短']))))).toEqual([
      'bank-keys-by-length',
    ]);
  });

  it('passes an explanation of 120 characters and fails one of 121', () => {
    const explained = (length: number): Question => ({ ...truefalse('a', true), explanation: '字'.repeat(length) });
    expect(bankFindings(bank(explained(120), truefalse('b', false)))).toEqual([]);
    expect(bankFindings(bank(explained(121), truefalse('b', false)))).toEqual([
      found('content/quizzes/m1.yaml', 'a', 'bank-explanation-length', '121 字'),
    ]);
  });

  it('describes the statistics in one line each', () => {
    const lines = describeStats(bankStats(bank(truefalse('a', true), single('b', '短', '更长的选项'))));
    expect(lines[0]).toBe('判断题 1 道，答案为「对」的 1 道（100 %）');
    expect(lines[1]).toBe('单选题 1 道，正确选项严格最长的 0 道（0 %），严格最短的 1 道');
    expect(lines).toHaveLength(5);
  });
});

describe('lintContent', () => {
  const course = (hours: number) => ({
    file: 'content/course.yaml',
    text: `course:\n  title: 课程\n  hoursPerDay: ${hours}\n  days:\n    - { id: day1, title: 第一天, modules: [m1] }\n`,
  });
  const quiz = {
    file: 'content/quizzes/m1.yaml',
    text: [
      'questions:',
      '  - { id: m1-a, module: m1, type: truefalse, prompt: 小吴是客户吗？, answer: true, explanation: 是的，小吴是客户。 }',
      '  - { id: m1-b, module: m1, type: truefalse, prompt: 小吴是店长吗？, answer: false, explanation: 不是，他是客户。 }',
    ].join('\n'),
  };
  const files = (hours: number): ContentFiles => ({
    course: course(hours),
    modules: [moduleFile('m1', 60, [['导入', 60]], 60)],
    quizzes: [quiz],
    exercises: [{ file: 'content/exercises/x.yaml', text: 'instructions: 「看一看」\n' }],
    glossary: { file: 'content/glossary.yaml', text: 'terms:\n  - { preferred: 客户, refused: [顾客] }\n' },
    cast: { file: 'content/cast.yaml', text: 'cast:\n  - { name: 小吴, who: 客户 }\n' },
  });

  it('passes a small course that keeps every rule', () => {
    expect(lintContent(files(1)).findings).toEqual([]);
  });

  it('reports every rule it breaks, sorted by rule', () => {
    const broken = files(2);
    broken.exercises = [{ file: 'content/exercises/x.yaml', text: 'instructions: “看一看”顾客\n' }];
    broken.cast = { file: 'content/cast.yaml', text: null };
    expect(rules(lintContent(broken).findings)).toEqual(['schema', 'day-hours', 'quote-style', 'glossary']);
  });

  it('names the file and field of a file that does not parse', () => {
    const broken = files(1);
    broken.course = { file: 'content/course.yaml', text: 'course:\n  title: 课程\n  hoursPerDay: 0\n  days: []\n' };
    broken.quizzes = [{ file: 'content/quizzes/m1.yaml', text: 'questions: [' }];
    const findings = lintContent(broken).findings.filter((finding) => finding.rule === 'schema');
    expect(findings.map((finding) => [finding.file, finding.where])).toEqual([
      ['content/course.yaml', 'course.hoursPerDay'],
      ['content/course.yaml', 'course.days'],
      ['content/quizzes/m1.yaml', ''],
    ]);
  });

  it('lists a description for every rule it reports', () => {
    expect(Object.keys(RULES)).toContain('bank-give-away');
    expect(formatFinding({ file: 'a.yaml', where: 'x', rule: 'cast', message: 'm' })).toBe('a.yaml · x · cast: m');
    expect(formatFinding({ file: 'a.yaml', where: '', rule: 'cast', message: 'm' })).toBe('a.yaml · cast: m');
  });
});

describe('readContent', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-lint-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads the folders in name order, paths from the root, missing glossary and cast as null', () => {
    const dir = join(root, 'content');
    mkdirSync(join(dir, 'modules'), { recursive: true });
    writeFileSync(join(dir, 'course.yaml'), 'course: {}\n');
    writeFileSync(join(dir, 'modules', 'm2.mdx'), 'b');
    writeFileSync(join(dir, 'modules', 'm1.mdx'), 'a');
    writeFileSync(join(dir, 'modules', 'notes.txt'), 'skip');
    const files = readContent(dir, root);
    expect(files.course.file).toBe('content/course.yaml');
    expect(files.modules.map((file) => file.file)).toEqual(['content/modules/m1.mdx', 'content/modules/m2.mdx']);
    expect(files.quizzes).toEqual([]);
    expect(files.glossary).toEqual({ file: 'content/glossary.yaml', text: null });
    // By default paths start at the folder that holds the content folder, wherever it is.
    expect(readContent(dir).course.file).toBe('content/course.yaml');
  });
});

describe('the real course', () => {
  const { findings, stats } = lintContent(readContent('content'));

  it('keeps the question bank fair', () => {
    expect(findings.filter((finding) => finding.rule.startsWith('bank-')).map(formatFinding)).toEqual([]);
    expect(stats.trueFalse.items).toBeGreaterThan(10);
  });

  it('has a glossary and a cast list that parse', () => {
    expect(findings.filter((finding) => finding.rule === 'schema').map(formatFinding)).toEqual([]);
  });
});
