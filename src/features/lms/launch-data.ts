/** What the launcher page carries in its HTML for its script: the modules, the ids the course knows, where the exam's questions are. */
import type { ModuleRef } from '../../platform/progress';

export interface LaunchData {
  modules: ModuleRef[];
  /** Module ids, exercise and check ids, and the exam's: what a resume record may name. */
  known: string[];
  /** The exam pool file's root path, `/exam/pool-<hash>.json`: its questions mark each attempt's answers as interactions. */
  poolPath: string;
}

export function launchDataJson(data: LaunchData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
