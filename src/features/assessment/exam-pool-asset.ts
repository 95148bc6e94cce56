/**
 * The exam pool file as the build writes it (build time only): its text and its address, named by a
 * hash of its content, so that a page always asks for the pool it was built with and no cache can
 * answer an older one. The exam page puts the address into its HTML; `src/pages/exam/[pool].json.ts`
 * writes the file.
 */
import { createHash } from 'node:crypto';
import { examPool, loadCourse } from '../../platform/outline';
import { examPoolFile } from './exam-pool';

export interface ExamPoolAsset {
  /** `pool-<hash>`: the file's name in `/exam/`, without `.json`. */
  name: string;
  /** `/exam/pool-<hash>.json` */
  path: string;
  text: string;
  /** How many questions the pool has. */
  questions: number;
}

export async function examPoolAsset(): Promise<ExamPoolAsset> {
  const { outline } = await loadCourse();
  const questions = await examPool(outline);
  const modules = outline.modules.map(({ id, code, title, minutes }) => ({ id, code, title, minutes }));
  const text = examPoolFile({ modules, questions });
  const name = `pool-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  return { name, path: `/exam/${name}.json`, text, questions: questions.length };
}
