/**
 * A live room as plain data, and every change to it as a pure decision: the server asks `decide…`
 * what a request would change (or why it is refused), stores that change, and only then applies it
 * with `applyChange`, so memory never holds what the store does not. Snapshots and each
 * participant's own answers are read from the same data. No DOM, no node: imports.
 *
 * An item goes open → closed → revealed (revealing an open item closes it too); opening an item
 * closes the open one. An answer is keyed by (item, participant): sending it again replaces it.
 */
import { discAggregate, checkDiscAnswers } from '../exercises/disc-quiz/live.ts';
import { checkRatings, checkTouchpoints, peakEndAggregate } from '../exercises/peak-end/live.ts';
import type { Answer } from '../features/assessment/quiz.ts';
import { cutText } from '../platform/decode-limits.ts';
import { isRecord } from '../platform/decode.ts';
import { normaliseLearnerName } from '../platform/learner.ts';
import { checkPollAnswer, pollAggregate } from './activities/poll.ts';
import { checkPulseValue, pulseAggregate } from './activities/pulse.ts';
import { checkWallText, wallAggregate } from './activities/wall.ts';
import { accept, checkLine, refuse, type Checked } from './check.ts';
import {
  NAME_MAX_LENGTH,
  ROOM_CODE_LENGTH,
  WALL_TEXT_MAX_LENGTH,
  type Aggregate,
  type ItemSpec,
  type ItemState,
  type LiveAnswer,
  type Snapshot,
} from './protocol.ts';
import type { RoomData } from './room-data.ts';

/** No 0/O or 1/I, so a code read off the projector is typed right. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A room lasts a training day; then its code no longer lets anyone join or answer. */
export const ROOM_TTL_MS = 12 * 3600_000;
/** Made on the phone with crypto.randomUUID; anything id-like of a sane length is accepted. */
const PARTICIPANT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const PROMPT_MAX_LENGTH = WALL_TEXT_MAX_LENGTH;
const SLIDE_MAX = 999;

export interface RoomRecord {
  code: string;
  moduleId: string;
  createdAt: string;
  expiresAt: string;
  /** Grows with every stored change; kept across restarts, so clients never see it go back. */
  version: number;
  slide: number | null;
}

export interface Participant {
  id: string;
  /** As given, cleaned; empty when the phone gave none. */
  name: string;
  joinedAt: string;
}

export interface ItemRecord {
  id: string;
  spec: ItemSpec;
  state: ItemState;
  openedAt: string;
  /** Wall entries the trainer hid, by entry id. */
  hidden: string[];
}

export interface AnswerRecord {
  itemId: string;
  participantId: string;
  /** The order in which participants first answered this item; a wall entry's id. Kept when an answer is replaced. */
  seq: number;
  answer: LiveAnswer;
  answeredAt: string;
}

/** What a decision changes; the store persists exactly this. */
export type Change =
  | { type: 'participant'; participant: Participant }
  /** The item opened (or changed) and, when opening, the item it closed. */
  | { type: 'items'; items: ItemRecord[] }
  | { type: 'answer'; answer: AnswerRecord }
  | { type: 'slide'; slide: number };

export interface Room {
  record: RoomRecord;
  participants: Map<string, Participant>;
  /** In the order they were opened; the last one is the one the room sees. */
  items: ItemRecord[];
  /** item id → participant id → answer */
  answers: Map<string, Map<string, AnswerRecord>>;
}

export type ErrorStatus = 400 | 403 | 404 | 409 | 410;
/** `change: null` when the request is fine but changes nothing (a rejoin, closing a closed item). */
export type Decision = { ok: true; change: Change | null } | { ok: false; status: ErrorStatus; error: string };

const refused = (status: ErrorStatus, error: string): Decision => ({ ok: false, status, error });
const changes = (change: Change | null): Decision => ({ ok: true, change });
const badInput = (checked: { ok: false; error: string }): Decision => refused(400, checked.error);

/** A random room code; `random` returns 0 ≤ x < 1 (crypto-backed on the server). */
export function makeRoomCode(random: () => number): string {
  return Array.from(
    { length: ROOM_CODE_LENGTH },
    () => ROOM_CODE_ALPHABET[Math.floor(random() * ROOM_CODE_ALPHABET.length)],
  ).join('');
}

/** A typed code in canonical form (upper case, no spaces), or `null` when it cannot be one. */
export function normaliseRoomCode(text: string): string | null {
  const code = text.replace(/\s+/g, '').toUpperCase();
  return code.length === ROOM_CODE_LENGTH && [...code].every((char) => ROOM_CODE_ALPHABET.includes(char)) ? code : null;
}

export function createRoom(code: string, moduleId: string, now: Date, ttlMs = ROOM_TTL_MS): Room {
  return restoreRoom(
    {
      code,
      moduleId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
      version: 1,
      slide: null,
    },
    [],
    [],
    [],
  );
}

/** A room from what a store loaded. */
export function restoreRoom(
  record: RoomRecord,
  participants: readonly Participant[],
  items: readonly ItemRecord[],
  answers: readonly AnswerRecord[],
): Room {
  const room: Room = {
    record: { ...record },
    participants: new Map(participants.map((participant) => [participant.id, participant])),
    items: [...items],
    answers: new Map(items.map((item) => [item.id, new Map()])),
  };
  for (const answer of answers) room.answers.get(answer.itemId)?.set(answer.participantId, answer);
  return room;
}

export const isExpired = (room: Room, now: Date): boolean => now.getTime() >= Date.parse(room.record.expiresAt);

const EXPIRED = '这个课堂已结束（房间码已过期）。请向讲师要新的二维码。';

/** Applies a stored change and moves the version on. */
export function applyChange(room: Room, change: Change): void {
  switch (change.type) {
    case 'participant':
      room.participants.set(change.participant.id, change.participant);
      break;
    case 'items':
      for (const item of change.items) {
        const index = room.items.findIndex((known) => known.id === item.id);
        if (index >= 0) room.items[index] = item;
        else {
          room.items.push(item);
          room.answers.set(item.id, new Map());
        }
      }
      break;
    case 'answer':
      room.answers.get(change.answer.itemId)?.set(change.answer.participantId, change.answer);
      break;
    case 'slide':
      room.record.slide = change.slide;
      break;
  }
  room.record.version += 1;
}

// Joining

/** A display name: the learner-name rules (no control or blank characters), at most 20 characters. */
export function cleanName(value: unknown): string {
  return typeof value === 'string' ? cutText(normaliseLearnerName(value), NAME_MAX_LENGTH).trim() : '';
}

/** Join, or rejoin with the same participant id: a rejoin keeps everything and may change the name. */
export function decideJoin(room: Room, body: unknown, now: Date): Decision {
  if (isExpired(room, now)) return refused(410, EXPIRED);
  if (!isRecord(body) || typeof body.participantId !== 'string' || !PARTICIPANT_ID.test(body.participantId))
    return refused(400, '手机上的身份标识无效，请刷新页面后重试。');
  if (body.name !== undefined && typeof body.name !== 'string') return refused(400, '名字应为文字。');
  const known = room.participants.get(body.participantId);
  const name = body.name === undefined ? (known?.name ?? '') : cleanName(body.name);
  if (known && known.name === name) return changes(null);
  return changes({
    type: 'participant',
    participant: { id: body.participantId, name, joinedAt: known?.joinedAt ?? now.toISOString() },
  });
}

// Items

/** The trainer's item, checked against the module's room data. */
export function checkSpec(value: unknown, data: RoomData): Checked<ItemSpec> {
  if (!isRecord(value)) return refuse('活动的格式不正确。');
  switch (value.kind) {
    case 'poll':
      return data.questions.some((question) => question.id === value.questionId)
        ? accept({ kind: 'poll', questionId: value.questionId as string })
        : refuse('本模块的题库里没有这道题。');
    case 'disc':
      return data.disc.questions.length ? accept({ kind: 'disc' }) : refuse('没有 DISC 测评的题目。');
    case 'peak-end': {
      const touchpoints = checkTouchpoints(value.touchpoints);
      return touchpoints.ok ? accept({ kind: 'peak-end', touchpoints: touchpoints.value }) : touchpoints;
    }
    case 'wall': {
      const prompt = checkLine(value.prompt, PROMPT_MAX_LENGTH, '题目');
      return prompt.ok ? accept({ kind: 'wall', prompt: prompt.value }) : prompt;
    }
    case 'pulse': {
      const prompt = checkLine(value.prompt, PROMPT_MAX_LENGTH, '题目');
      if (!prompt.ok) return prompt;
      if (value.scale !== 'five' && value.scale !== 'agree') return refuse('请选择打分方式：1–5 分或同意/不同意。');
      return accept({ kind: 'pulse', prompt: prompt.value, scale: value.scale });
    }
    default:
      return refuse('不认识这种活动。');
  }
}

export const currentItem = (room: Room): ItemRecord | null => room.items[room.items.length - 1] ?? null;

export function decideOpen(room: Room, body: unknown, data: RoomData, now: Date): Decision {
  if (isExpired(room, now)) return refused(410, EXPIRED);
  const spec = checkSpec(body, data);
  if (!spec.ok) return badInput(spec);
  const open = room.items
    .filter((item) => item.state === 'open')
    .map((item) => ({ ...item, state: 'closed' as const }));
  const item: ItemRecord = {
    id: `i${room.items.length + 1}`,
    spec: spec.value,
    state: 'open',
    openedAt: now.toISOString(),
    hidden: [],
  };
  return changes({ type: 'items', items: [...open, item] });
}

const findItem = (room: Room, itemId: string) => room.items.find((item) => item.id === itemId);
const NO_ITEM = '没有这个活动。';

/** close: open → closed; reveal: open or closed → revealed. Doing it again changes nothing. */
export function decideTransition(room: Room, itemId: string, action: 'close' | 'reveal', now: Date): Decision {
  if (isExpired(room, now)) return refused(410, EXPIRED);
  const item = findItem(room, itemId);
  if (!item) return refused(404, NO_ITEM);
  const next: ItemState = action === 'close' ? (item.state === 'open' ? 'closed' : item.state) : 'revealed';
  return changes(next === item.state ? null : { type: 'items', items: [{ ...item, state: next }] });
}

export function decideHide(room: Room, itemId: string, body: unknown, now: Date): Decision {
  if (isExpired(room, now)) return refused(410, EXPIRED);
  const item = findItem(room, itemId);
  if (!item) return refused(404, NO_ITEM);
  if (item.spec.kind !== 'wall') return refused(400, '只有「一句话墙」的留言可以隐藏。');
  const entryId = isRecord(body) ? body.entryId : undefined;
  const exists = [...(room.answers.get(itemId)?.values() ?? [])].some((answer) => String(answer.seq) === entryId);
  if (typeof entryId !== 'string' || !exists) return refused(404, '没有这条留言。');
  if (item.hidden.includes(entryId)) return changes(null);
  return changes({ type: 'items', items: [{ ...item, hidden: [...item.hidden, entryId] }] });
}

export function decideSlide(room: Room, body: unknown, now: Date): Decision {
  if (isExpired(room, now)) return refused(410, EXPIRED);
  const slide = isRecord(body) ? body.slide : undefined;
  if (typeof slide !== 'number' || !Number.isInteger(slide) || slide < 0 || slide > SLIDE_MAX)
    return refused(400, '幻灯片页码不正确。');
  return changes(slide === room.record.slide ? null : { type: 'slide', slide });
}

// Answers

/** The answer checked against the item it is for (the right kind, every value allowed). */
export function checkAnswer(spec: ItemSpec, value: unknown, data: RoomData): Checked<LiveAnswer> {
  if (!isRecord(value) || value.kind !== spec.kind) return refuse('这个答案不属于当前的活动，请刷新页面。');
  switch (spec.kind) {
    case 'poll': {
      const question = data.questions.find((candidate) => candidate.id === spec.questionId);
      if (!question) return refuse('本模块的题库里没有这道题。');
      const answer = checkPollAnswer(question, value.answer);
      return answer.ok ? accept({ kind: 'poll', answer: answer.value }) : answer;
    }
    case 'disc': {
      const answers = checkDiscAnswers(data.disc.questions, value.answers);
      return answers.ok ? accept({ kind: 'disc', answers: answers.value }) : answers;
    }
    case 'peak-end': {
      const ratings = checkRatings(spec.touchpoints.length, value.ratings);
      return ratings.ok ? accept({ kind: 'peak-end', ratings: ratings.value }) : ratings;
    }
    case 'wall': {
      const text = checkWallText(value.text);
      return text.ok ? accept({ kind: 'wall', text: text.value }) : text;
    }
    case 'pulse': {
      const pulse = checkPulseValue(spec.scale, value.value);
      return pulse.ok ? accept({ kind: 'pulse', value: pulse.value }) : pulse;
    }
  }
}

const sameAnswer = (a: LiveAnswer, b: LiveAnswer) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A participant's answer to the open item. The same answer again (a retry) changes nothing; a
 * different one replaces the first and keeps its place.
 */
export function decideAnswer(room: Room, itemId: string, body: unknown, data: RoomData, now: Date): Decision {
  if (isExpired(room, now)) return refused(410, EXPIRED);
  const participantId = isRecord(body) ? body.participantId : undefined;
  if (typeof participantId !== 'string' || !room.participants.has(participantId))
    return refused(403, '请先加入课堂再作答（刷新页面即可重新加入）。');
  const item = findItem(room, itemId);
  if (!item) return refused(404, NO_ITEM);
  if (item.state !== 'open') return refused(409, '这个活动已经结束作答，答案没有提交。');
  const answer = checkAnswer(item.spec, (body as Record<string, unknown>).answer, data);
  if (!answer.ok) return badInput(answer);
  const answers = room.answers.get(itemId) ?? new Map<string, AnswerRecord>();
  const known = answers.get(participantId);
  if (known && sameAnswer(known.answer, answer.value)) return changes(null);
  const seq = known?.seq ?? Math.max(0, ...[...answers.values()].map((record) => record.seq)) + 1;
  return changes({
    type: 'answer',
    answer: { itemId, participantId, seq, answer: answer.value, answeredAt: now.toISOString() },
  });
}

// Reading

export function itemAnswers(room: Room, itemId: string): AnswerRecord[] {
  return [...(room.answers.get(itemId)?.values() ?? [])].sort((a, b) => a.seq - b.seq);
}

/** The room's view of an item's answers (counts, charts, visible wall entries; never participant ids). */
export function aggregate(room: Room, item: ItemRecord, data: RoomData): Aggregate {
  const answers = itemAnswers(room, item.id).map((record) => record.answer);
  const spec = item.spec;
  switch (spec.kind) {
    case 'poll': {
      const question = data.questions.find((candidate) => candidate.id === spec.questionId);
      const polls = answers.flatMap((answer) => (answer.kind === 'poll' ? [answer.answer] : ([] as Answer[])));
      return question ? pollAggregate(question, polls, item.state === 'revealed') : { kind: 'poll', counts: [] };
    }
    case 'disc':
      return discAggregate(
        data.disc.questions,
        answers.flatMap((answer) => (answer.kind === 'disc' ? [answer.answers] : [])),
      );
    case 'peak-end':
      return peakEndAggregate(
        spec.touchpoints.length,
        answers.flatMap((answer) => (answer.kind === 'peak-end' ? [answer.ratings] : [])),
      );
    case 'wall':
      return wallAggregate(
        itemAnswers(room, item.id).flatMap((record) => {
          if (record.answer.kind !== 'wall') return [];
          const name = room.participants.get(record.participantId)?.name;
          return [{ id: String(record.seq), text: record.answer.text, ...(name ? { name } : {}) }];
        }),
        item.hidden,
      );
    case 'pulse':
      return pulseAggregate(
        spec.scale,
        answers.flatMap((answer) => (answer.kind === 'pulse' ? [answer.value] : [])),
      );
  }
}

export function snapshotOf(room: Room, data: RoomData): Snapshot {
  const item = currentItem(room);
  return {
    version: room.record.version,
    code: room.record.code,
    moduleId: room.record.moduleId,
    participants: room.participants.size,
    slide: room.record.slide,
    item: item
      ? {
          id: item.id,
          spec: item.spec,
          state: item.state,
          answered: room.answers.get(item.id)?.size ?? 0,
          aggregate: aggregate(room, item, data),
        }
      : null,
    expiresAt: room.record.expiresAt,
  };
}

/** A participant's own answers by item id, so a reloaded phone shows what it sent. */
export function ownAnswers(room: Room, participantId: string): Record<string, LiveAnswer> {
  const own: Record<string, LiveAnswer> = {};
  for (const [itemId, answers] of room.answers) {
    const answer = answers.get(participantId);
    if (answer) own[itemId] = answer.answer;
  }
  return own;
}
