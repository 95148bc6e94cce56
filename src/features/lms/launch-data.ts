/** What the launcher page carries in its HTML for its script: the modules, the ids the course knows, the exam's questions. */
import type { ModuleRef } from '../../platform/progress';
import type { Question } from '../../schemas/quiz';

export interface LaunchData {
  modules: ModuleRef[];
  /** Module ids, exercise and check ids, and the exam's: what a resume record may name. */
  known: string[];
  /** The exam's questions, to mark each attempt's answers as interactions. */
  pool: Question[];
}

export function launchDataJson(data: LaunchData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
