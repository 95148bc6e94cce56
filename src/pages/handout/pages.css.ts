/**
 * /handout/pages.css: the printed handout's footers, a named page per module naming it
 * (src/features/handout/page-footers.ts), made from the course outline at build time.
 */
import type { APIRoute } from 'astro';
import { loadCourse } from '../../platform/outline';
import { pageFootersCss } from '../../features/handout/page-footers';

export const GET: APIRoute = async () => {
  const { course, outline } = await loadCourse();
  return new Response(pageFootersCss(course.title, outline.modules), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
