/**
 * The live store's schema, the same SQL for SQLite and PostgreSQL (only types both accept: TEXT,
 * INTEGER). Numbered by position; each engine records how many it has applied (SQLite in
 * `PRAGMA user_version`, PostgreSQL in the `schema_version` table). Append only: never edit a
 * migration that has shipped; add the next one. A migration one engine cannot run as written
 * gets its own text per engine here, under the same number.
 */
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

export const NEWER_SCHEMA = (version: number) =>
  `课堂互动的数据库来自更新版本的课程（格式 ${version}），请使用最新版本启动。`;
