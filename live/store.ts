/**
 * Where the live server keeps rooms. The server holds each room in memory and stores every change
 * before it answers (so an acknowledged answer is on disk); on start it loads rooms from the store.
 * Every method is async so that an engine with a network round trip can implement the same
 * interface: `SqliteStore` (sqlite-store.ts) is the default, one file; `PostgresStore`
 * (postgres-store.ts) is shared by several servers on one database.
 */
import type { AnswerRecord, Change, ItemRecord, Participant, RoomRecord } from '../src/live/room.ts';

export interface StoredRoom {
  record: RoomRecord;
  participants: Participant[];
  items: ItemRecord[];
  answers: AnswerRecord[];
}

export interface LiveStore {
  /** A small value kept across restarts (the trainer key); `null` when never set. */
  getMeta(key: string): Promise<string | null>;
  /**
   * Stores `value` unless `key` already has one, and returns the stored one: the first writer wins,
   * so two servers starting at once on one database agree on a single trainer key.
   */
  keepMeta(key: string, value: string): Promise<string>;
  /** Adds a room; `false` (and nothing stored) when its code is taken, even by an expired room. */
  createRoom(record: RoomRecord): Promise<boolean>;
  /** Rooms that expire after `now` (ISO time), newest first. */
  listRooms(now: string): Promise<RoomRecord[]>;
  /** The room with everything in it, or `null`. */
  loadRoom(code: string): Promise<StoredRoom | null>;
  /**
   * Stores one change (an upsert: a participant, items, an answer on (room, item, participant), the
   * slide) and the room's new version in one transaction; resolves only once it is durable.
   */
  saveChange(code: string, change: Change, version: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * `saveChange` of a shared store throws this when the room's stored version is not the one before
 * `version`: another server changed the room first. The server reloads the room and decides again.
 */
export class StaleRoomError extends Error {
  constructor(code: string) {
    super(`room ${code} was changed by another server`);
  }
}

/** A store several servers share also tells each of them when a room changed (its new version). */
export interface SharedStore {
  /**
   * `listener` hears every change; `listening` runs each time the subscription is (re)established —
   * after a lost connection, changes made meanwhile were not heard.
   */
  subscribe(listener: (code: string, version: number) => void, listening: () => void): Promise<void>;
  /** The room's stored version (one cheap read), `null` when there is no such room. */
  version(code: string): Promise<number | null>;
}

export const isShared = (store: LiveStore): store is LiveStore & SharedStore =>
  typeof (store as Partial<SharedStore>).subscribe === 'function';

// Reading rows back, the same for every engine (the same schema, migrations.ts).

export type Row = Record<string, unknown>;

export const SELECT_PARTICIPANTS = 'SELECT * FROM participants WHERE room = $1 ORDER BY joined_at, id';
export const SELECT_ITEMS = 'SELECT * FROM items WHERE room = $1 ORDER BY position';
export const SELECT_ANSWERS = 'SELECT * FROM answers WHERE room = $1 ORDER BY item, seq';

export const roomRecord = (row: Row): RoomRecord => ({
  code: String(row.code),
  moduleId: String(row.module_id),
  createdAt: String(row.created_at),
  expiresAt: String(row.expires_at),
  version: Number(row.version),
  slide: row.slide === null ? null : Number(row.slide),
});

export const rowsToRoom = (room: Row, participants: Row[], items: Row[], answers: Row[]): StoredRoom => ({
  record: roomRecord(room),
  participants: participants.map((row): Participant => ({
    id: String(row.id),
    name: String(row.name),
    joinedAt: String(row.joined_at),
  })),
  items: items.map((row): ItemRecord => ({
    id: String(row.id),
    spec: JSON.parse(String(row.spec)),
    state: String(row.state) as ItemRecord['state'],
    openedAt: String(row.opened_at),
    hidden: JSON.parse(String(row.hidden)),
  })),
  answers: answers.map((row): AnswerRecord => ({
    itemId: String(row.item),
    participantId: String(row.participant),
    seq: Number(row.seq),
    answer: JSON.parse(String(row.answer)),
    answeredAt: String(row.answered_at),
  })),
});

/** The upsert of each kind of change, in `$n` parameters (SQLite reads `$1` as `?1`). */
export const UPSERT_PARTICIPANT = `INSERT INTO participants (room, id, name, joined_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (room, id) DO UPDATE SET name = excluded.name`;
export const UPSERT_ITEM = `INSERT INTO items (room, id, position, spec, state, opened_at, hidden) VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (room, id) DO UPDATE SET state = excluded.state, hidden = excluded.hidden`;
export const UPSERT_ANSWER = `INSERT INTO answers (room, item, participant, seq, answer, answered_at) VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (room, item, participant) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`;

/** Each statement of a change with its parameters, for any engine. */
export function changeStatements(code: string, change: Change): [string, (string | number | null)[]][] {
  switch (change.type) {
    case 'participant': {
      const { id, name, joinedAt } = change.participant;
      return [[UPSERT_PARTICIPANT, [code, id, name, joinedAt]]];
    }
    case 'items':
      return change.items.map((item) => [
        UPSERT_ITEM,
        // Item ids are i1, i2 … in the order they were opened.
        [
          code,
          item.id,
          Number(item.id.slice(1)),
          JSON.stringify(item.spec),
          item.state,
          item.openedAt,
          JSON.stringify(item.hidden),
        ],
      ]);
    case 'answer': {
      const { itemId, participantId, seq, answer, answeredAt } = change.answer;
      return [[UPSERT_ANSWER, [code, itemId, participantId, seq, JSON.stringify(answer), answeredAt]]];
    }
    case 'slide':
      return [['UPDATE rooms SET slide = $2 WHERE code = $1', [code, change.slide]]];
  }
}
