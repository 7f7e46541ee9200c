/**
 * Numbered schema migrations on PRAGMA user_version. Append only: a released migration is
 * never edited, a change is a new entry.
 */
import type Database from "better-sqlite3";

const MIGRATIONS: string[] = [
  // 1: discovered model, last values, alarm journal, outbox, audit
  `
  CREATE TABLE asset (
    id TEXT PRIMARY KEY,
    endpoint_id TEXT NOT NULL,
    name TEXT NOT NULL,
    service TEXT NOT NULL,
    type TEXT NOT NULL,
    district TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL
  );
  CREATE TABLE tag (
    id TEXT PRIMARY KEY,
    asset_id TEXT NOT NULL REFERENCES asset(id) ON DELETE CASCADE,
    node_id TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT,
    range_low REAL,
    range_high REAL
  );
  CREATE INDEX tag_asset ON tag(asset_id);
  CREATE TABLE tag_last (
    tag_id TEXT PRIMARY KEY,
    value TEXT,
    quality TEXT NOT NULL,
    source_time INTEGER NOT NULL,
    stored_at INTEGER NOT NULL
  );
  CREATE TABLE alarm_journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at INTEGER NOT NULL,
    endpoint_id TEXT NOT NULL,
    alarm_id TEXT NOT NULL,
    event_time INTEGER NOT NULL,
    event_id TEXT,
    state TEXT NOT NULL
  );
  CREATE INDEX alarm_journal_alarm ON alarm_journal(alarm_id, seq);
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    endpoint_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    user_name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending','done','failed','conflict')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX outbox_pending ON outbox(status, id);
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`Store schema version ${current} is newer than this build knows (${SCHEMA_VERSION}); refusing to touch it.`);
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
