/**
 * The store for several live servers on one PostgreSQL database (`LIVE_DATABASE_URL`), through the
 * `postgres` client. The schema is migrations.ts, the same SQL as SQLite, recorded in
 * `schema_version`; servers starting together migrate one at a time (an advisory lock).
 *
 * Several servers change one room: every change is one transaction that first moves the room's
 * version on from the one the server decided on (`UPDATE … WHERE version = $n`, which also locks
 * the room's row until commit). If another server got there first, nothing is written and
 * `StaleRoomError` makes the server reload the room and decide again — so an answer decided before
 * a close that another server committed is refused, never stored. The same transaction sends
 * `NOTIFY live_room, '<code> <version>'`, delivered to every server on commit: they reload that
 * room from the database and push the new snapshot to their phones.
 */
import postgres, { type Sql, type TransactionSql } from 'postgres';
import type { Change, RoomRecord } from '../src/live/room.ts';
import { MIGRATIONS, NEWER_SCHEMA } from './migrations.ts';
import {
  SELECT_ANSWERS,
  SELECT_ITEMS,
  SELECT_PARTICIPANTS,
  StaleRoomError,
  changeStatements,
  roomRecord,
  rowsToRoom,
  type LiveStore,
  type Row,
  type SharedStore,
  type StoredRoom,
} from './store.ts';

const CHANNEL = 'live_room';
/** Any number, the same for every server: `pg_advisory_xact_lock` while migrating. */
const MIGRATION_LOCK = 1_416_016;

export class PostgresStore implements LiveStore, SharedStore {
  readonly #sql: Sql;

  private constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Connects and brings the schema up to date; refuses a database from a newer version. */
  static async open(url: string): Promise<PostgresStore> {
    const sql = postgres(url, { max: 10, onnotice: () => undefined, connect_timeout: 10 });
    try {
      await sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
        await tx`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`;
        const [row] = await tx`SELECT version FROM schema_version`;
        const current = row ? Number(row.version) : 0;
        if (current > MIGRATIONS.length) throw new Error(NEWER_SCHEMA(current));
        for (const migration of MIGRATIONS.slice(current)) await tx.unsafe(migration);
        if (!row) await tx`INSERT INTO schema_version (version) VALUES (${MIGRATIONS.length})`;
        else await tx`UPDATE schema_version SET version = ${MIGRATIONS.length}`;
      });
    } catch (error) {
      await sql.end({ timeout: 1 });
      throw error;
    }
    return new PostgresStore(sql);
  }

  async getMeta(key: string): Promise<string | null> {
    const [row] = await this.#sql`SELECT value FROM meta WHERE key = ${key}`;
    return row ? String(row.value) : null;
  }

  async keepMeta(key: string, value: string): Promise<string> {
    await this.#sql`INSERT INTO meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO NOTHING`;
    return (await this.getMeta(key)) ?? value;
  }

  async createRoom(record: RoomRecord): Promise<boolean> {
    const result = await this.#sql`INSERT INTO rooms (code, module_id, created_at, expires_at, version, slide)
      VALUES (${record.code}, ${record.moduleId}, ${record.createdAt}, ${record.expiresAt}, ${record.version}, ${record.slide})
      ON CONFLICT (code) DO NOTHING`;
    return result.count === 1;
  }

  async listRooms(now: string): Promise<RoomRecord[]> {
    const rows = await this.#sql`SELECT * FROM rooms WHERE expires_at > ${now} ORDER BY created_at DESC, code DESC`;
    return rows.map(roomRecord);
  }

  async loadRoom(code: string): Promise<StoredRoom | null> {
    // One snapshot of the database for all four reads, so a change committed in between is wholly in or out.
    return this.#sql.begin('ISOLATION LEVEL REPEATABLE READ READ ONLY', async (tx) => {
      // Sent together (the client pipelines a transaction's queries): one round trip, not four.
      const rows = (query: string) => tx.unsafe<Row[]>(query, [code]);
      const [[room], participants, items, answers] = await Promise.all([
        tx<Row[]>`SELECT * FROM rooms WHERE code = ${code}`,
        rows(SELECT_PARTICIPANTS),
        rows(SELECT_ITEMS),
        rows(SELECT_ANSWERS),
      ]);
      return room ? rowsToRoom(room, participants, items, answers) : null;
    });
  }

  async saveChange(code: string, change: Change, version: number): Promise<void> {
    await this.#sql.begin(async (tx: TransactionSql) => {
      // All sent at once (pipelined, one round trip); if the version did not move on, the throw rolls
      // the writes and the notification back — a stale room is what failed, whatever else did.
      const [moved, ...rest] = await Promise.allSettled([
        tx`UPDATE rooms SET version = ${version} WHERE code = ${code} AND version = ${version - 1}`,
        ...changeStatements(code, change).map(([query, params]) => tx.unsafe(query, params)),
        tx`SELECT pg_notify(${CHANNEL}, ${`${code} ${version}`})`,
      ]);
      if (moved?.status === 'fulfilled' && moved.value.count !== 1) throw new StaleRoomError(code);
      for (const result of [moved, ...rest]) if (result?.status === 'rejected') throw result.reason;
    });
  }

  async version(code: string): Promise<number | null> {
    const [row] = await this.#sql`SELECT version FROM rooms WHERE code = ${code}`;
    return row ? Number(row.version) : null;
  }

  async subscribe(listener: (code: string, version: number) => void, listening: () => void): Promise<void> {
    // The client re-listens by itself after a lost connection, and then calls `listening` again.
    await this.#sql.listen(
      CHANNEL,
      (payload) => {
        const [code = '', version = ''] = payload.split(' ');
        listener(code, Number(version));
      },
      listening,
    );
  }

  async close(): Promise<void> {
    await this.#sql.end({ timeout: 5 });
  }
}
