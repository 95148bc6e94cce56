import { describe, expect, it } from 'vitest';
import { ModuleSchema } from '../../src/schemas/module';
import { CourseSchema } from '../../src/schemas/course';
import { EXERCISE_IDS, isExerciseId } from '../../src/exercises/registry';

const validModule = {
  title: '客户满意度管理',
  code: 'M3',
  summary: '用峰终定律设计让顾客满意的到访',
  minutes: 90,
  goals: ['能用峰终定律分析一次到访'],
  exercises: ['disc-quiz', 'peak-end'],
  status: 'ready',
};

/** The fields zod complains about, as dotted paths. */
function failingFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('ModuleSchema', () => {
  it('accepts a complete module', () => {
    expect(ModuleSchema.parse(validModule)).toEqual(validModule);
  });

  it('fills defaults for the optional fields', () => {
    const { exercises: _e, status: _s, ...minimal } = validModule;
    expect(ModuleSchema.parse(minimal)).toEqual({ ...minimal, exercises: [], status: 'ready' });
  });

  it.each([
    ['title', { title: undefined }],
    ['title', { title: 'A' }],
    ['code', { code: '3' }],
    ['code', { code: undefined }],
    ['summary', { summary: undefined }],
    ['summary', { summary: '很长'.repeat(50) }],
    ['minutes', { minutes: 'ninety' }],
    ['minutes', { minutes: 5 }],
    ['minutes', { minutes: 90.5 }],
    ['goals', { goals: [] }],
    ['goals', { goals: 'one goal' }],
    ['exercises.0', { exercises: ['coaching-quiz'] }],
    ['status', { status: 'published' }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(failingFields(ModuleSchema.safeParse({ ...validModule, ...change }))).toEqual([field]);
  });
});

const validCourse = {
  title: '服务价值链',
  subtitle: '两天课程',
  audience: '店长',
  days: [
    {
      id: 'day1',
      title: '第一天',
      start: '09:00',
      modules: ['m1'],
      breaks: [{ after: 'm1', minutes: 15, title: '茶歇' }],
    },
  ],
};

describe('CourseSchema', () => {
  it('accepts a complete course', () => {
    const exam = { questions: 40, passPercent: 75, timeLimitMinutes: 60 };
    expect(CourseSchema.parse({ ...validCourse, hoursPerDay: 7, checkPassPercent: 70, exam })).toEqual({
      ...validCourse,
      hoursPerDay: 7,
      checkPassPercent: 70,
      exam,
    });
  });

  it('fills defaults', () => {
    expect(CourseSchema.parse({ title: '课程', days: [{ id: 'day1', title: '第一天', modules: ['m1'] }] })).toEqual({
      title: '课程',
      subtitle: '',
      audience: '',
      hoursPerDay: 6,
      days: [{ id: 'day1', title: '第一天', modules: ['m1'], start: '09:00', breaks: [] }],
      checkPassPercent: 80,
      exam: { questions: 30, passPercent: 80, timeLimitMinutes: null },
    });
  });

  it('fills the exam defaults field by field', () => {
    expect(CourseSchema.parse({ ...validCourse, exam: { timeLimitMinutes: 45 } }).exam).toEqual({
      questions: 30,
      passPercent: 80,
      timeLimitMinutes: 45,
    });
  });

  it.each([
    ['title', { title: undefined }],
    ['days', { days: [] }],
    ['days.0.id', { days: [{ ...validCourse.days[0], id: 'Day 1' }] }],
    ['days.0.start', { days: [{ ...validCourse.days[0], start: '9am' }] }],
    ['days.0.start', { days: [{ ...validCourse.days[0], start: '24:00' }] }],
    ['days.0.modules', { days: [{ ...validCourse.days[0], modules: [] }] }],
    ['hoursPerDay', { hoursPerDay: 0 }],
    ['hoursPerDay', { hoursPerDay: 'six' }],
    ['checkPassPercent', { checkPassPercent: 0 }],
    ['checkPassPercent', { checkPassPercent: 101 }],
    ['exam.questions', { exam: { questions: 2 } }],
    ['exam.passPercent', { exam: { passPercent: 0 } }],
    ['exam.timeLimitMinutes', { exam: { timeLimitMinutes: 1.5 } }],
    [
      'days.0.breaks.0.minutes',
      { days: [{ ...validCourse.days[0], breaks: [{ after: 'm1', minutes: 500, title: '午餐' }] }] },
    ],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(failingFields(CourseSchema.safeParse({ ...validCourse, ...change }))).toEqual([field]);
  });
});

describe('exercise ids', () => {
  it('knows the M3 exercises', () => {
    expect(EXERCISE_IDS).toContain('disc-quiz');
    expect(EXERCISE_IDS).toContain('peak-end');
  });
  it.each([
    ['disc-quiz', true],
    ['peak-end', true],
    ['Disc-Quiz', false],
    ['', false],
    [42, false],
    [null, false],
    ['toString', false],
  ])('isExerciseId(%j) is %s', (value, expected) => {
    expect(isExerciseId(value)).toBe(expected);
  });
});
