import { describe, expect, it } from 'vitest';
import {
  attemptSummary,
  examAttempts,
  moduleResults,
  resultsInput,
  type ResultsModule,
} from '../../src/features/my-progress/results-export';
import { MAX_CHECK_ATTEMPTS, createResultsFile, parseResultsFile } from '../../src/features/class-results/results-file';
import { emptyProgress, type Progress } from '../../src/platform/progress';
import { markAttempt, startAttempt, withExamAnswer } from '../../src/features/assessment/exam';
import { emptyCheckState } from '../../src/features/assessment/knowledge-check';
import type { Question } from '../../src/schemas/quiz';
import { single } from './fixtures/questions';

const NOW = '2026-11-23T09:00:00.000Z';
const MODULES: ResultsModule[] = [
  { id: 'm1', code: 'M1', title: '服务价值链', exercises: ['five-shifts', 'check-m1'] },
  { id: 'm2', code: 'M2', title: '业绩公式', exercises: ['check-m2'] },
  { id: 'm3', code: 'M3', title: '没有检测的模块', exercises: [] },
];
const POOL: Question[] = Array.from({ length: 10 }, (_, index) => ({
  ...single,
  module: index < 5 ? 'm1' : 'm2',
  id: `q${index}`,
}));
const BY_ID = new Map(POOL.map((question) => [question.id, question]));
const CONFIG = { questions: 10, passPercent: 80, timeLimitMinutes: null };
const WEIGHTS = [
  { id: 'm1', minutes: 90 },
  { id: 'm2', minutes: 90 },
];

function record(state: unknown, done: boolean) {
  return { done, updatedAt: NOW, state };
}

function progressWith(): Progress {
  const progress = emptyProgress();
  const attempt = startAttempt(POOL, WEIGHTS, CONFIG, 5, new Date(NOW));
  const second = startAttempt(POOL, WEIGHTS, CONFIG, 6, new Date(NOW));
  const failed = markAttempt(attempt, BY_ID, 80, new Date(NOW));
  const passed = markAttempt(
    second.questionIds.reduce((next, id) => withExamAnswer(next, id, { type: 'single', choice: 1 }), second),
    BY_ID,
    80,
    new Date('2026-11-23T10:00:00.000Z'),
  );
  progress.exercises['check-m1'] = record({ ...emptyCheckState(), best: 83, finished: 2 }, true);
  progress.exercises['check-m2'] = record({ ...emptyCheckState(), best: 50, finished: 1 }, false);
  progress.exercises['five-shifts'] = record({}, true);
  progress.exercises.exam = record({ current: null, history: [failed, passed] }, true);
  progress.modules.m1 = { completedAt: NOW };
  progress.modules.m2 = { completedAt: NOW };
  return progress;
}

describe('moduleResults', () => {
  it('reports completion, the best check score against the pass mark and the finished attempts', () => {
    expect(moduleResults(progressWith(), MODULES, 80)).toEqual([
      { id: 'm1', code: 'M1', title: '服务价值链', complete: true, checkBest: 83, checkPassed: true, checkAttempts: 2 },
      // Marked complete, but the check is not passed, so the module is not complete.
      { id: 'm2', code: 'M2', title: '业绩公式', complete: false, checkBest: 50, checkPassed: false, checkAttempts: 1 },
      {
        id: 'm3',
        code: 'M3',
        title: '没有检测的模块',
        complete: false,
        checkBest: null,
        checkPassed: false,
        checkAttempts: 0,
      },
    ]);
  });

  it('counts attempts that agree with the score, whatever the saved count says', () => {
    const progress = emptyProgress();
    // An attempt under way, none finished: no score, 0 attempts.
    progress.exercises['check-m1'] = record({ ...emptyCheckState(), attempt: 2, finished: 1 }, false);
    // A score saved with no count (an edited state) is still one finished attempt.
    progress.exercises['check-m2'] = record({ ...emptyCheckState(), best: 70, finished: 0 }, false);
    expect(moduleResults(progress, MODULES, 80).map((module) => [module.checkBest, module.checkAttempts])).toEqual([
      [null, 0],
      [70, 1],
      [null, 0],
    ]);
  });

  it('treats an untaken or unreadable check as not taken', () => {
    const progress = emptyProgress();
    progress.exercises['check-m1'] = record('garbage', false);
    expect(moduleResults(progress, MODULES, 80).map((module) => module.checkBest)).toEqual([null, null, null]);
    expect(moduleResults(emptyProgress(), MODULES, 80).every((module) => !module.complete && !module.checkPassed)).toBe(
      true,
    );
  });
});

describe('examAttempts', () => {
  it('summarises every submitted attempt in order, without answers', () => {
    const attempts = examAttempts(progressWith());
    expect(attempts.map((attempt) => [attempt.percent, attempt.passed, attempt.questions])).toEqual([
      [0, false, 10],
      [100, true, 10],
    ]);
    expect(attempts[1]).not.toHaveProperty('answers');
    expect(attempts[1]!.byModule).toEqual({ m1: { earned: 5, possible: 5 }, m2: { earned: 5, possible: 5 } });
  });

  it('is empty without an exam or with unreadable exam state', () => {
    expect(examAttempts(emptyProgress())).toEqual([]);
    const progress = emptyProgress();
    progress.exercises.exam = record({ current: 'x', history: [] }, false);
    expect(examAttempts(progress)).toEqual([]);
  });

  it('counts the questions an attempt was marked on', () => {
    const attempt = markAttempt(startAttempt(POOL, WEIGHTS, CONFIG, 9, new Date(NOW)), BY_ID, 80, new Date(NOW));
    expect(attemptSummary(attempt).questions).toBe(10);
  });
});

describe('resultsInput', () => {
  it('makes a file the trainer’s page accepts', () => {
    const text = createResultsFile(
      resultsInput(
        progressWith(),
        { modules: MODULES, checkPassPercent: 80, course: '服务价值链：营业厅的管理与营销' },
        '张晓燕',
        NOW,
      ),
    );
    const parsed = parseResultsFile(text, text.length);
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
    if (parsed.ok) {
      expect(parsed.file.learner).toBe('张晓燕');
      expect(parsed.file.modules).toHaveLength(3);
      expect(parsed.file.exam.attempts).toHaveLength(2);
      expect(parsed.file.modules.map((module) => module.checkAttempts)).toEqual([2, 1, 0]);
    }
  });

  it('makes a valid file from the most attempts a saved check can hold', () => {
    const progress = emptyProgress();
    progress.exercises['check-m1'] = record({ ...emptyCheckState(), best: 90, finished: 1_000_000 }, true);
    const context = { modules: MODULES, checkPassPercent: 80, course: '服务价值链：营业厅的管理与营销' };
    const text = createResultsFile(resultsInput(progress, context, '张晓燕', NOW));
    const parsed = parseResultsFile(text, text.length);
    expect(parsed.ok && parsed.file.modules[0]!.checkAttempts).toBe(MAX_CHECK_ATTEMPTS);
  });
});
