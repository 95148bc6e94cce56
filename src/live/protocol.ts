/**
 * The live class mode's wire protocol: what the live server (`live/`) and the browser (slides,
 * presenter, the phone page `/live/`) say to each other. Types and constants only; both sides
 * import this file, so a change here is a change to both.
 *
 * Transport (all JSON, UTF-8, same origin as the course pages):
 * - `GET  /live/health.json` → `HealthResponse`. The built site has this file too (`live: false`), so a
 *   static host answers it without an error; live controls show only when the live server answers.
 * - Trainer actions carry the trainer's key in the `X-Live-Key` header (made at server start,
 *   printed in the terminal as part of a trainer link `…/#live-key=<key>`, shown only on the
 *   trainer's screen). Without it: 403. `GET /api/live/trainer-key` hands the key only to a
 *   browser on the server's own machine (loopback address and a loopback `Host`), so the
 *   trainer's laptop needs no copying; any other client gets 403.
 * - An answer is an idempotent `POST …/answers`, stored as an upsert on (room, item, participant):
 *   sending it again (a retry, a reload) replaces, never adds. A closed item answers 409.
 * - Errors are `ErrorResponse` with a message a phone can show as it is (Chinese).
 * - The server pushes whole, versioned `Snapshot`s (never deltas) over WebSocket
 *   (`…/socket`), else Server-Sent Events (`…/events`), else the client polls `GET …/snapshot`.
 *   At most ~10 snapshots per second per room; a client drops any snapshot older than its newest.
 *   Phones also fetch a fresh snapshot on `visibilitychange` and `online`.
 */
import type { Answer } from '../features/assessment/quiz';

export const LIVE_API = '/api/live';
export const TRAINER_KEY_HEADER = 'X-Live-Key';
/** The phone page; the QR code encodes `${origin}${JOIN_PATH}?room=${code}`. */
export const JOIN_PATH = '/live/';
export const ROOM_CODE_LENGTH = 4;
export const NAME_MAX_LENGTH = 20;
export const WALL_TEXT_MAX_LENGTH = 60;
export const PULSE_MAX = 5;
/** Request bodies above this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Outside the API, so a static host serves the built file here and a slide show's probe never meets a 404. */
export const LIVE_HEALTH_PATH = '/live/health.json';

/** The live server's answer; the built file says `{ live: false }`. */
export type HealthResponse =
  | {
      live: true;
      /** The protocol version; a page built for another version hides its live controls. */
      protocol: 1;
    }
  | { live: false };

/** GET /api/live/trainer-key (loopback only) */
export interface TrainerKeyResponse {
  key: string;
}

export interface ErrorResponse {
  error: string;
}

/** What the trainer opens in a room. One item is open at a time; opening another closes it. */
export type ItemSpec =
  /** A question of the module's bank (any of the six types), by its id in `content/quizzes/`. */
  | { kind: 'poll'; questionId: string }
  /** Each phone does the DISC quiz (customer mode); the room's four types on the 2×2 chart. */
  | { kind: 'disc' }
  /** Every phone rates each touchpoint −5…+5; the room's mean curve with its spread. */
  | { kind: 'peak-end'; touchpoints: string[] }
  /** Short texts on the projector; the trainer may hide any. */
  | { kind: 'wall'; prompt: string }
  /** A quick check: 1…5, or 同意 / 不同意. */
  | { kind: 'pulse'; prompt: string; scale: 'five' | 'agree' };

export type ItemKind = ItemSpec['kind'];

/** What a phone sends for each kind. */
export type LiveAnswer =
  | { kind: 'poll'; answer: Answer }
  /** DISC question id → the chosen option's value, as the DISC quiz stores it. */
  | { kind: 'disc'; answers: Record<string, number> }
  /** One rating per touchpoint, in the item's order. */
  | { kind: 'peak-end'; ratings: number[] }
  | { kind: 'wall'; text: string }
  /** five: 1…5; agree: 1 = 同意, 0 = 不同意. */
  | { kind: 'pulse'; value: number };

/** open → closed (no more answers) → revealed (polls: the right answer and distribution shown). */
export type ItemState = 'open' | 'closed' | 'revealed';

/** The room's view of answers, per kind. Counts only: no participant ids, no names unless shown. */
export type Aggregate =
  | {
      kind: 'poll';
      /** single/multiple: picks per option index; truefalse: [对, 错]; others: empty. */
      counts: number[];
      /** Answers with full marks; present only once revealed. */
      correct?: number;
    }
  | { kind: 'disc'; types: { D: number; I: number; S: number; C: number }; points: { x: number; y: number }[] }
  | { kind: 'peak-end'; means: (number | null)[]; spreads: (number | null)[]; peak: number | null; end: number | null }
  | { kind: 'wall'; entries: { id: string; text: string; name?: string }[] }
  | { kind: 'pulse'; counts: number[]; mean: number | null };

export interface ItemView {
  id: string;
  spec: ItemSpec;
  state: ItemState;
  answered: number;
  aggregate: Aggregate;
}

export interface Snapshot {
  /** Grows with every change in the room; clients keep only the newest they have seen. */
  version: number;
  code: string;
  moduleId: string;
  participants: number;
  /** The slide the trainer is on (0-based), moved by the presenter, the projector or the trainer's phone. */
  slide: number | null;
  item: ItemView | null;
  expiresAt: string;
}

// Requests and responses, in route order.

/** POST /api/live/rooms (trainer) */
export interface CreateRoomRequest {
  moduleId: string;
}
export interface CreateRoomResponse {
  code: string;
  joinUrl: string;
  snapshot: Snapshot;
}

/**
 * GET /api/live/rooms (trainer) — the rooms whose codes have not expired, newest first, so another
 * device (the trainer's phone, a presenter view elsewhere, a reloaded projector) finds the room.
 */
export interface RoomsResponse {
  rooms: { code: string; moduleId: string; createdAt: string; expiresAt: string; joinUrl: string }[];
}

/** POST /api/live/rooms/:code/join — rejoin with the same participantId keeps everything. */
export interface JoinRequest {
  /** Made on the phone (crypto.randomUUID) and kept there; the same id is the same participant. */
  participantId: string;
  name?: string;
}
export interface JoinResponse {
  snapshot: Snapshot;
  /** The participant's own answers by item id, so a reloaded phone shows what it sent. */
  answers: Record<string, LiveAnswer>;
}

/** POST /api/live/rooms/:code/items (trainer) — opens it and closes the open one. */
export type OpenItemRequest = ItemSpec;

/** POST /api/live/rooms/:code/items/:itemId/close · …/reveal (trainer) → Snapshot */

/** POST /api/live/rooms/:code/items/:itemId/hide (trainer) — a wall entry */
export interface HideEntryRequest {
  entryId: string;
}

/** POST /api/live/rooms/:code/items/:itemId/answers — 409 when the item is not open. */
export interface AnswerRequest {
  participantId: string;
  answer: LiveAnswer;
}
export interface AnswerResponse {
  snapshot: Snapshot;
}

/** POST /api/live/rooms/:code/slide (trainer) */
export interface SlideRequest {
  slide: number;
}

/** GET /api/live/rooms/:code/qr.svg — the join URL as a QR code, made on the server (uqr), no script */
/** GET /api/live/rooms/:code/snapshot → Snapshot (polling; also on visibilitychange / online) */
/** GET /api/live/rooms/:code/export.csv (trainer) — one row per participant and item, formula cells neutralised */
/** GET /api/live/rooms/:code/results.json (trainer) — the class-results file format 班级成绩 reads */

/** WebSocket and SSE both carry this; SSE as `data: <json>` lines. */
export type ServerMessage = { type: 'snapshot'; snapshot: Snapshot };
