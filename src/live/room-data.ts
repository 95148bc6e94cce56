/**
 * What a live room needs to know about its module, built once per module at build time
 * (`src/pages/live/[module].json.ts` → `dist/live/<module>.json`): the live server validates and
 * scores answers with it, and the phone shows the same questions. Pure; no DOM, no node: imports.
 */
import type { Question } from '../schemas/quiz.ts';
import type { DiscQuestion, DiscTypeId } from '../exercises/disc-quiz/content.ts';
import { isRecord } from '../platform/decode.ts';

export const ROOM_DATA_VERSION = 1;

export interface RoomData {
  version: typeof ROOM_DATA_VERSION;
  course: { title: string; checkPassPercent: number };
  module: { id: string; code: string; title: string };
  /** The module's whole bank (check and exam questions), in file order: any can be a live poll. */
  questions: Question[];
  /** The DISC quiz's questions (the room does 认识自己: `selfStem`) and each type's name (D → 支配型). */
  disc: { questions: DiscQuestion[]; names: Record<DiscTypeId, string> };
  /** The hall journey's touchpoint names, the default for a 峰终 rating. */
  peakEnd: { touchpoints: string[] };
}

/** Where the build puts a module's room data, relative to the site root. */
export const roomDataPath = (moduleId: string): string => `/live/${moduleId}.json`;

/**
 * A light check of a room-data file (the build wrote it from validated content, so only its shape is
 * checked, to refuse a file from another version or a stray file); `null` when it is not one.
 */
export function parseRoomData(value: unknown): RoomData | null {
  if (!isRecord(value) || value.version !== ROOM_DATA_VERSION) return null;
  const { course, module, questions, disc, peakEnd } = value;
  if (!isRecord(course) || !isRecord(module) || typeof module.id !== 'string') return null;
  if (!Array.isArray(questions) || !isRecord(disc) || !Array.isArray(disc.questions) || !isRecord(disc.names))
    return null;
  if (!isRecord(peakEnd) || !Array.isArray(peakEnd.touchpoints)) return null;
  return value as unknown as RoomData;
}
