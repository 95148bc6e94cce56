/**
 * Room data as the build writes it (src/pages/live/[module].json.ts), made from the real content
 * without a build, and a small dist/ for the server tests: the module's room data and two pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { schema as discSchema, typeNames } from '../../src/exercises/disc-quiz/content';
import { schema as peakEndSchema } from '../../src/exercises/peak-end/content';
import { ROOM_DATA_VERSION, type RoomData } from '../../src/live/room-data';
import { CourseSchema } from '../../src/schemas/course';
import { QuizBankSchema } from '../../src/schemas/quiz';
import { rawContent } from '../exercise-content';

const root = resolve(import.meta.dirname, '../..');
const yamlFile = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));

export function roomData(moduleId = 'm3'): RoomData {
  const course = CourseSchema.parse((yamlFile('content/course.yaml') as { course: unknown }).course);
  const frontmatter = parse(readFileSync(join(root, `content/modules/${moduleId}.mdx`), 'utf8').split('---')[1] ?? '');
  const { code, title } = frontmatter as { code: string; title: string };
  const disc = discSchema.parse(rawContent('disc-quiz'));
  return {
    version: ROOM_DATA_VERSION,
    course: { title: course.title, checkPassPercent: course.checkPassPercent },
    module: { id: moduleId, code, title },
    questions: QuizBankSchema.parse(yamlFile(`content/quizzes/${moduleId}.yaml`)).questions,
    disc: { questions: disc.questions, names: typeNames(disc.profiles) },
    peakEnd: { touchpoints: peakEndSchema.parse(rawContent('peak-end')).hallJourney.map((step) => step.name) },
  };
}

/** The pages keep the build's CSP meta, which the server rewrites. */
const page = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="default-src 'self'; connect-src 'self'; object-src 'none'"><title>${title}</title></head><body>${title}</body></html>`;

export function writeDist(dir: string, moduleId = 'm3'): RoomData {
  const data = roomData(moduleId);
  mkdirSync(join(dir, 'live'), { recursive: true });
  writeFileSync(join(dir, 'live', `${moduleId}.json`), JSON.stringify(data));
  writeFileSync(join(dir, 'index.html'), page('课程首页'));
  writeFileSync(join(dir, '404.html'), page('页面不存在'));
  return data;
}
