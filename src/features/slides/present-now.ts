/**
 * What a slide show has on screen, for the agenda (课程日程) to follow: the module, the slide's
 * title and when it was shown. Written by every slide window to localStorage; read by the agenda,
 * which takes it as 「我现在在讲」 while it is fresh. Pure.
 */
export const PRESENT_NOW_KEY = 'svc-course:present-now';
/** A slide shown longer ago than this is an old session, not the one being taught. */
const FRESH_MS = 3 * 60 * 60 * 1000;
const TITLE_MAX = 120;

export interface PresentNow {
  module: string;
  title: string;
  /** 1-based, as the slide counter shows it. */
  slide: number;
  /** Epoch ms. */
  at: number;
}

export const presentNowValue = (now: PresentNow): string => JSON.stringify(now);

/** The slide on screen, or null when the value is missing, malformed or not fresh. */
export function parsePresentNow(raw: string | null | undefined, nowMs: number): PresentNow | null {
  try {
    const value: unknown = JSON.parse(raw ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const { module, title, slide, at } = value as Record<string, unknown>;
    if (typeof module !== 'string' || !/^m\d{1,3}$/.test(module)) return null;
    if (typeof title !== 'string' || title.length > TITLE_MAX) return null;
    if (typeof slide !== 'number' || !Number.isInteger(slide) || slide < 1 || slide > 9999) return null;
    if (typeof at !== 'number' || !(at <= nowMs + 60_000 && nowMs - at <= FRESH_MS)) return null;
    return { module, title, slide, at };
  } catch {
    return null;
  }
}
