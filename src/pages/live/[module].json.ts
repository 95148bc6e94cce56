/**
 * A module's room data for the live class mode (`dist/live/<module>.json`, typed in
 * src/live/room-data.ts): the live server checks answers against it and the phone page shows it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { exerciseContent } from '../../exercises/content';
import { typeNames, type Content as DiscContent } from '../../exercises/disc-quiz/content';
import type { Content as PeakEndContent } from '../../exercises/peak-end/content';
import { ROOM_DATA_VERSION, type RoomData } from '../../live/room-data';
import { loadCourse } from '../../platform/outline';

export const getStaticPaths = (async () => {
  // An LMS package has no live server, so it carries no room data.
  if (import.meta.env.SCORM_PACKAGE) return [];
  const modules = await getCollection('modules');
  return modules.map((entry) => ({
    params: { module: entry.id },
    props: { code: entry.data.code, title: entry.data.title },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const moduleId = String(params.module);
  const { course } = await loadCourse();
  const bank = await getEntry('quizzes', moduleId);
  const disc = await exerciseContent<DiscContent>('disc-quiz');
  const peakEnd = await exerciseContent<PeakEndContent>('peak-end');
  const data: RoomData = {
    version: ROOM_DATA_VERSION,
    course: { title: course.title, checkPassPercent: course.checkPassPercent },
    module: { id: moduleId, code: String(props.code), title: String(props.title) },
    questions: bank?.data.questions ?? [],
    disc: { questions: disc.questions, names: typeNames(disc.profiles) },
    peakEnd: { touchpoints: peakEnd.hallJourney.map((step) => step.name) },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
