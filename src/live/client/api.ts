/**
 * Requests to the live server (`/api/live/…`, same origin): JSON in, JSON out, the trainer's key
 * in its header when given. Every failure becomes a message a person can read: the server's own
 * (`ErrorResponse`, already Chinese) or one saying the server could not be reached.
 */
import { LIVE_API, TRAINER_KEY_HEADER, type ErrorResponse } from '../protocol';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

export const UNREACHABLE = '连不上课堂服务器：请确认手机和讲师电脑连着同一个 Wi-Fi，稍后再试。';

const statusMessage = (status: number) =>
  status === 403
    ? '需要讲师密钥才能这样做。'
    : status === 404
      ? '没有找到这个课堂，请核对课堂码。'
      : `课堂服务器出错（${status}），请再试一次。`;

/** A static host (no live server) answers the API with its own 404 page rather than JSON. */
export const NO_SERVER = '这个网址没有开课堂互动：请打开投影上显示的地址。';

/** The server's message from an error body, or one made from the status when the body has none. */
export function errorMessage(status: number, body: unknown): string {
  if (body === null && (status === 404 || status === 405)) return NO_SERVER;
  const text = (body as Partial<ErrorResponse> | null)?.error;
  return typeof text === 'string' && text.trim() ? text : statusMessage(status);
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  key?: string | null;
}

export async function liveRequest<T>(
  path: string,
  { method = 'GET', body, key }: RequestOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers[TRAINER_KEY_HEADER] = key;
  let response: Response;
  try {
    response = await fetch(`${LIVE_API}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 0, message: UNREACHABLE };
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, status: response.status, message: errorMessage(response.status, parsed) };
  return parsed === null
    ? { ok: false, status: response.status, message: statusMessage(500) }
    : { ok: true, data: parsed as T };
}

/** A trainer download (CSV, results.json) as text, with the key; `null` and a message when refused. */
export async function liveText(path: string, key: string): Promise<ApiResult<string>> {
  try {
    const response = await fetch(`${LIVE_API}${path}`, { headers: { [TRAINER_KEY_HEADER]: key }, cache: 'no-store' });
    if (!response.ok)
      return {
        ok: false,
        status: response.status,
        message: errorMessage(response.status, await response.json().catch(() => null)),
      };
    return { ok: true, data: await response.text() };
  } catch {
    return { ok: false, status: 0, message: UNREACHABLE };
  }
}

export const roomPath = (code: string, rest = '') => `/rooms/${encodeURIComponent(code)}${rest}`;
