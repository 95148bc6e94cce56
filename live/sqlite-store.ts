/**
 * The default store: one SQLite file through Node's built-in node:sqlite (no native build), in WAL
 * mode. Schema changes are numbered migrations applied in order and recorded in `user_version`,
 * so a file from an older version of the course is brought up to date when the server starts.
 * With WAL and synchronous=NORMAL a committed transaction survives the process being killed; only
 * a power cut can lose the last moments.
 */
import { DatabaseSync } from 'node:sqlite';
import type { AnswerRecord, Change, ItemRecord, Participant, RoomRecord } from '../src/live/room.ts';
import type { LiveStore, StoredRoom } from './store.ts';

/** Append only: never edit a migration that has shipped; add the next one. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE rooms (
     code TEXT PRIMARY KEY, module_id TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
     version INTEGER NOT NULL, slide INTEGER);
   CREATE TABLE participants (
     room TEXT NOT NULL REFERENCES rooms(code), id TEXT NOT NULL, name TEXT NOT NULL, joined_at TEXT NOT NULL,
     PRIMARY KEY (room, id));
   CREATE TABLE items (
     room TEXT NOT NULL REFERENCES rooms(code), id TEXT NOT NULL, position INTEGER NOT NULL, spec TEXT NOT NULL,
     state TEXT NOT NULL, opened_at TEXT NOT NULL, hidden TEXT NOT NULL,
     PRIMARY KEY (room, id));
   CREATE TABLE answers (
     room TEXT NOT NULL, item TEXT NOT NULL, participant TEXT NOT NULL, seq INTEGER NOT NULL,
     answer TEXT NOT NULL, answered_at TEXT NOT NULL,
     PRIMARY KEY (room, item, participant),
     FOREIGN KEY (room, item) REFERENCES items(room, id),
     FOREIGN KEY (room, participant) REFERENCES participants(room, id));`,
];

type Row = Record<string, unknown>;

const roomRecord = (row: Row): RoomRecord => ({
  code: String(row.code),
  moduleId: String(row.module_id),
  createdAt: String(row.created_at),
  expiresAt: String(row.expires_at),
  version: Number(row.version),
  slide: row.slide === null ? null : Number(row.slide),
});

export class SqliteStore implements LiveStore {
  readonly #db: DatabaseSync;

  constructor(path: string) {
    this.#db = new DatabaseSync(path);
    this.#db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
    this.#migrate();
  }

  #migrate(): void {
    const { user_version: current } = this.#db.prepare('PRAGMA user_version').get() as { user_version: number };
    if (current > MIGRATIONS.length)
      throw new Error(`课堂互动的数据文件来自更新版本的课程（格式 ${current}），请使用最新版本启动。`);
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

  async setMeta(key: string, value: string): Promise<void> {
    this.#db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
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
    const rows = (sql: string) => this.#db.prepare(sql).all(code) as Row[];
    return {
      record: roomRecord(room),
      participants: rows('SELECT * FROM participants WHERE room = ? ORDER BY joined_at').map((row): Participant => ({
        id: String(row.id),
        name: String(row.name),
        joinedAt: String(row.joined_at),
      })),
      items: rows('SELECT * FROM items WHERE room = ? ORDER BY position').map((row): ItemRecord => ({
        id: String(row.id),
        spec: JSON.parse(String(row.spec)),
        state: String(row.state) as ItemRecord['state'],
        openedAt: String(row.opened_at),
        hidden: JSON.parse(String(row.hidden)),
      })),
      answers: rows('SELECT * FROM answers WHERE room = ? ORDER BY item, seq').map((row): AnswerRecord => ({
        itemId: String(row.item),
        participantId: String(row.participant),
        seq: Number(row.seq),
        answer: JSON.parse(String(row.answer)),
        answeredAt: String(row.answered_at),
      })),
    };
  }

  async saveChange(code: string, change: Change, version: number): Promise<void> {
    this.#transaction(() => {
      this.#save(code, change);
      this.#db.prepare('UPDATE rooms SET version = ? WHERE code = ?').run(version, code);
    });
  }

  #save(code: string, change: Change): void {
    switch (change.type) {
      case 'participant': {
        const { id, name, joinedAt } = change.participant;
        this.#db
          .prepare(
            'INSERT INTO participants (room, id, name, joined_at) VALUES (?, ?, ?, ?) ON CONFLICT (room, id) DO UPDATE SET name = excluded.name',
          )
          .run(code, id, name, joinedAt);
        return;
      }
      case 'items': {
        const upsert = this.#db.prepare(
          `INSERT INTO items (room, id, position, spec, state, opened_at, hidden) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (room, id) DO UPDATE SET state = excluded.state, hidden = excluded.hidden`,
        );
        for (const item of change.items)
          upsert.run(
            code,
            item.id,
            // Item ids are i1, i2 … in the order they were opened.
            Number(item.id.slice(1)),
            JSON.stringify(item.spec),
            item.state,
            item.openedAt,
            JSON.stringify(item.hidden),
          );
        return;
      }
      case 'answer': {
        const { itemId, participantId, seq, answer, answeredAt } = change.answer;
        this.#db
          .prepare(
            `INSERT INTO answers (room, item, participant, seq, answer, answered_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (room, item, participant) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`,
          )
          .run(code, itemId, participantId, seq, JSON.stringify(answer), answeredAt);
        return;
      }
      case 'slide':
        this.#db.prepare('UPDATE rooms SET slide = ? WHERE code = ?').run(change.slide, code);
        return;
    }
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}
