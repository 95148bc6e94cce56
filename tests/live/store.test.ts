/** The stores for real: SQLite's file and PostgreSQL's schema migrations, and what each keeps (both engines). */
import { mkdtempSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../live/migrations';
import { PostgresStore } from '../../live/postgres-store';
import { SqliteStore } from '../../live/sqlite-store';
import type { LiveStore } from '../../live/store';
import { ENGINES, describeEngine, type Workspace } from './helpers';
import { buildNeeded } from '../../live/build-check';
import { createRoom } from '../../src/live/room';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'live-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite store', { timeout: 20_000 }, () => {
  it('creates its tables by numbered migrations in WAL mode, and reopens without redoing them', async () => {
    const path = join(tempDir(), 'rooms.sqlite');
    await new SqliteStore(path).close();
    const store = new SqliteStore(path);
    await store.close();
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.length });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });

  it('refuses a file from a newer version rather than damage it', () => {
    const path = join(tempDir(), 'rooms.sqlite');
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => new SqliteStore(path)).toThrow(/更新版本/);
  });
});

describe('npm run live builds the course when', () => {
  it('dist/ is missing or older than a source, and not otherwise', () => {
    const root = tempDir();
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), '');
    expect(buildNeeded(root, join(root, 'dist'))).toMatch(/还没有构建/);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '');
    const past = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(root, 'src', 'a.ts'), past, past);
    utimesSync(join(root, 'src'), past, past);
    const built = new Date('2026-06-01T00:00:00Z');
    utimesSync(join(root, 'dist', 'index.html'), built, built);
    expect(buildNeeded(root, join(root, 'dist'))).toBeNull();
    writeFileSync(join(root, 'src', 'b.ts'), '');
    expect(buildNeeded(root, join(root, 'dist'))).toMatch(/比上次构建新/);
  });
});

/** Each engine: what a store keeps, read back by a new connection (a reopened file, a new pool). */
const spaces: Workspace[] = [];
afterEach(() => {
  for (const space of spaces.splice(0)) space.cleanup();
});
const open = (space: Workspace): Promise<LiveStore> | LiveStore =>
  space.databaseUrl ? PostgresStore.open(space.databaseUrl) : new SqliteStore(space.dbPath);

for (const engine of ENGINES)
  describeEngine(engine, 'a store', (makeSpace) => {
    it('keeps a room code once, stores upserts, and gives everything back after reopening', async () => {
      const space = await makeSpace();
      spaces.push(space);
      const store = await open(space);
      const room = createRoom('ABCD', 'm3', new Date('2026-12-03T01:00:00Z'));
      expect(await store.createRoom(room.record)).toBe(true);
      expect(await store.createRoom(room.record)).toBe(false);
      const participant = { id: 'phone-0001', name: '张三', joinedAt: '2026-12-03T01:00:00.000Z' };
      await store.saveChange('ABCD', { type: 'participant', participant }, 2);
      await store.saveChange('ABCD', { type: 'participant', participant: { ...participant, name: '张三丰' } }, 3);
      const item = {
        id: 'i1',
        spec: { kind: 'pulse', prompt: '节奏', scale: 'five' } as const,
        state: 'open' as const,
        openedAt: participant.joinedAt,
        hidden: [],
      };
      await store.saveChange('ABCD', { type: 'items', items: [item] }, 4);
      const answer = {
        itemId: 'i1',
        participantId: 'phone-0001',
        seq: 1,
        answer: { kind: 'pulse', value: 4 } as const,
        answeredAt: participant.joinedAt,
      };
      await store.saveChange('ABCD', { type: 'answer', answer }, 5);
      await store.saveChange('ABCD', { type: 'answer', answer: { ...answer, answer: { kind: 'pulse', value: 2 } } }, 6);
      await store.saveChange('ABCD', { type: 'slide', slide: 7 }, 7);
      // The first value kept wins, however many ask at once (servers starting together).
      const kept = await Promise.all([store.keepMeta('trainer-key', 'k1'), store.keepMeta('trainer-key', 'k2')]);
      expect(['k1', 'k2']).toContain(kept[0]);
      expect(kept[1]).toBe(kept[0]);
      expect(await store.keepMeta('trainer-key', 'k3')).toBe(kept[0]);
      await store.close();

      const reopened = await open(space);
      expect(await reopened.getMeta('trainer-key')).toBe(kept[0]);
      expect(await reopened.getMeta('nothing')).toBeNull();
      expect(await reopened.loadRoom('ABCD')).toEqual({
        record: { ...room.record, version: 7, slide: 7 },
        participants: [{ ...participant, name: '张三丰' }],
        items: [item],
        answers: [{ ...answer, answer: { kind: 'pulse', value: 2 } }],
      });
      expect(await reopened.loadRoom('WXYZ')).toBeNull();
      expect((await reopened.listRooms('2026-12-03T02:00:00.000Z')).map((record) => record.code)).toEqual(['ABCD']);
      expect(await reopened.listRooms(room.record.expiresAt)).toEqual([]);
      await reopened.close();
    });
  });

describeEngine('postgres', 'the PostgreSQL store', (makeSpace) => {
  it('records its migrations in schema_version, migrates once when two servers start at once, and refuses a newer database', async () => {
    const space = await makeSpace();
    spaces.push(space);
    const [first, second] = await Promise.all([
      PostgresStore.open(space.databaseUrl!),
      PostgresStore.open(space.databaseUrl!),
    ]);
    await Promise.all([first.close(), second.close()]);
    const sql = postgres(space.databaseUrl!, { max: 1, onnotice: () => undefined });
    try {
      expect(await sql`SELECT version FROM schema_version`).toEqual([{ version: MIGRATIONS.length }]);
      await sql`UPDATE schema_version SET version = ${MIGRATIONS.length + 1}`;
      await expect(PostgresStore.open(space.databaseUrl!)).rejects.toThrow(/更新版本/);
    } finally {
      await sql.end();
    }
  });
});
