/**
 * What goes into the learner's results file (学习成绩): each module's status, best check score and
 * finished check attempts, and every final-exam attempt's marks, read from saved progress. Pure.
 */
import { moduleStatus, type ModuleRef, type Progress } from '../../platform/progress';
import { EXAM_ID, parseExamHistory, type SubmittedAttempt } from '../assessment/exam';
import { checkIdFor, parseCheckState } from '../assessment/knowledge-check';
import type { ExamAttemptSummary, ModuleResult, ResultsFile } from '../class-results/results-file';

/** A module as every page's data has it; its exercises include `check-<id>` when it has a knowledge check. */
export interface ResultsModule extends ModuleRef {
  code: string;
  title: string;
}

export function moduleResults(
  progress: Progress,
  modules: readonly ResultsModule[],
  checkPassPercent: number,
): ModuleResult[] {
  return modules.map((module) => {
    const checkId = checkIdFor(module.id);
    const saved = module.exercises.includes(checkId) ? progress.exercises[checkId] : undefined;
    const check = saved ? parseCheckState(saved.state, []) : null;
    const taken = check && check.best >= 0 ? check : null;
    const best = taken ? taken.best : null;
    return {
      id: module.id,
      code: module.code,
      title: module.title,
      complete: moduleStatus(progress, module) === 'complete',
      checkBest: best,
      checkPassed: best !== null && best >= checkPassPercent,
      // A best comes from a finished attempt: the count agrees with it whatever the saved state says.
      checkAttempts: taken ? Math.max(taken.finished, 1) : 0,
    };
  });
}

export function attemptSummary(attempt: SubmittedAttempt): ExamAttemptSummary {
  const { id, seed, startedAt, submittedAt, percent, passed, passPercent, byModule } = attempt;
  const questions = Object.values(byModule).reduce((sum, module) => sum + module.possible, 0);
  return { id, seed, startedAt, submittedAt, percent, passed, passPercent, questions, byModule };
}

export function examAttempts(progress: Progress): ExamAttemptSummary[] {
  const saved = progress.exercises[EXAM_ID];
  // Marks, not answers, go into the file.
  return (saved ? parseExamHistory(saved.state) : []).map(attemptSummary);
}

export function resultsInput(
  progress: Progress,
  context: { modules: readonly ResultsModule[]; checkPassPercent: number; course: string },
  learner: string,
  exportedAt: string,
): Omit<ResultsFile, 'kind' | 'version'> {
  return {
    exportedAt,
    learner,
    course: context.course,
    modules: moduleResults(progress, context.modules, context.checkPassPercent),
    exam: { attempts: examAttempts(progress) },
  };
}
