/** The exam's question pool, `/exam/pool-<hash>.json`: the exam page loads it when it starts (exam-pool-asset.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { examPoolAsset } from '../../features/assessment/exam-pool-asset';

export const getStaticPaths = (async () => {
  const { name, text } = await examPoolAsset();
  return [{ params: { pool: name }, props: { text } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
