/**
 * Where the live server keeps rooms. The server holds each room in memory and stores every change
 * before it answers (so an acknowledged answer is on disk); on start it loads rooms from the store.
 * Every method is async so that an engine with a network round trip (PostgreSQL, a later issue) can
 * implement the same interface; `SqliteStore` (sqlite-store.ts) is the default, one file.
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
  setMeta(key: string, value: string): Promise<void>;
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
