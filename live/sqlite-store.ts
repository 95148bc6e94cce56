/**
 * The default store: one SQLite file through Node's built-in node:sqlite (no native build), in WAL
 * mode. Schema changes are numbered migrations applied in order and recorded in `user_version`,
 * so a file from an older version of the course is brought up to date when the server starts.
 * With WAL and synchronous=NORMAL a committed transaction survives the process being killed; only
 * a power cut can lose the last moments.
 */
import { DatabaseSync } from 'node:sqlite';
import type { Change, RoomRecord } from '../src/live/room.ts';
import { MIGRATIONS, NEWER_SCHEMA } from './migrations.ts';
import {
  SELECT_ANSWERS,
  SELECT_ITEMS,
  SELECT_PARTICIPANTS,
  changeStatements,
  rowsToRoom,
  roomRecord,
  type LiveStore,
  type Row,
  type StoredRoom,
} from './store.ts';

export class SqliteStore implements LiveStore {
  readonly #db: DatabaseSync;

  constructor(path: string) {
    this.#db = new DatabaseSync(path);
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
    this.#migrate();
  }

  #migrate(): void {
    const { user_version: current } = this.#db.prepare('PRAGMA user_version').get() as { user_version: number };
    if (current > MIGRATIONS.length) throw new Error(NEWER_SCHEMA(current));
    MIGRATIONS.slice(current).forEach((sql, index) => {
      this.#transaction(() => {
        this.#db.exec(sql);
        this.#db.exec(`PRAGMA user_version = ${current + index + 1}`);
      });
    });
  }

  #transaction(work: () => void): void {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  async getMeta(key: string): Promise<string | null> {
    const row = this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as Row | undefined;
    return row ? String(row.value) : null;
  }

  async keepMeta(key: string, value: string): Promise<string> {
    this.#db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, value);
    return (await this.getMeta(key)) ?? value;
  }

  async createRoom(record: RoomRecord): Promise<boolean> {
    const result = this.#db
      .prepare(
        'INSERT INTO rooms (code, module_id, created_at, expires_at, version, slide) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING',
      )
      .run(record.code, record.moduleId, record.createdAt, record.expiresAt, record.version, record.slide);
    return result.changes === 1;
  }

  async listRooms(now: string): Promise<RoomRecord[]> {
    const rows = this.#db
      .prepare('SELECT * FROM rooms WHERE expires_at > ? ORDER BY created_at DESC, rowid DESC')
      .all(now) as Row[];
    return rows.map(roomRecord);
  }

  async loadRoom(code: string): Promise<StoredRoom | null> {
    const room = this.#db.prepare('SELECT * FROM rooms WHERE code = ?').get(code) as Row | undefined;
    if (!room) return null;
    const rows = (sql: string) => this.#prepare(sql).all(code) as Row[];
    return rowsToRoom(room, rows(SELECT_PARTICIPANTS), rows(SELECT_ITEMS), rows(SELECT_ANSWERS));
  }

  async saveChange(code: string, change: Change, version: number): Promise<void> {
    this.#transaction(() => {
      for (const [sql, params] of changeStatements(code, change)) this.#prepare(sql).run(...params);
      this.#db.prepare('UPDATE rooms SET version = ? WHERE code = ?').run(version, code);
    });
  }

  /** The shared statements number their parameters `$1`; SQLite numbers them `?1`. */
  #prepare(sql: string) {
    return this.#db.prepare(sql.replace(/\$(\d+)/g, '?$1'));
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}
