/**
 * `/live/health.json` on a static host: no live server here. The live server answers this address
 * itself (`live: true`), so a slide show in 讲师模式 can ask without meeting a 404 (src/live/protocol.ts).
 */
import type { APIRoute } from 'astro';
import type { HealthResponse } from '../../live/protocol';

export const GET: APIRoute = () => {
  const health: HealthResponse = { live: false };
  return new Response(JSON.stringify(health), { headers: { 'content-type': 'application/json' } });
};
