/**
 * 2: the outbox gains the states a person follows (sending, discarded) and what a window shows
 * of a row (target label, comment, role, the server's status, a resolution). SQLite cannot alter
 * a CHECK, so the table is rebuilt; ids and the AUTOINCREMENT counter are kept, because audit
 * text and people refer to "action #12".
 */
import type { Migration } from "./types";

export const migration002: Migration = {
  version: 2,
  name: "outbox-states",
  up(db) {
    const seq = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").pluck().get() as number | undefined;
    db.exec(`
  CREATE TABLE outbox_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    endpoint_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    target_label TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending','sending','done','conflict','failed','discarded')),
    attempts INTEGER NOT NULL DEFAULT 0,
    server_status TEXT,
    last_error TEXT,
    resolution TEXT
  );
  -- The role was only in the audit row written in the same transaction (same time, person, target).
  INSERT INTO outbox_v2 (id, created_at, updated_at, endpoint_id, kind, target, target_label, comment, payload,
                         user_name, role, status, attempts, server_status, last_error, resolution)
  SELECT o.id, o.created_at, o.updated_at, o.endpoint_id, o.kind, o.target, o.target, 
         COALESCE(CASE WHEN json_valid(o.payload) THEN json_extract(o.payload, '$.comment') END, ''),
         o.payload, o.user_name,
         COALESCE((SELECT a.role FROM audit a WHERE a.at = o.created_at AND a.user_name = o.user_name
                   AND a.target = o.target ORDER BY a.seq LIMIT 1), ''),
         o.status, o.attempts, NULL, o.last_error, NULL
  FROM outbox o;
  DROP TABLE outbox;
  ALTER TABLE outbox_v2 RENAME TO outbox;
  CREATE INDEX outbox_pending ON outbox(endpoint_id, status, id);
  -- openFor: at most a handful of open rows, so a partial index stays tiny.
  CREATE INDEX outbox_open ON outbox(kind, target) WHERE status IN ('pending','sending');
  CREATE INDEX outbox_settled ON outbox(updated_at) WHERE status IN ('done','discarded');
  `);
    if (seq !== undefined) db.prepare("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'outbox'").run(seq);
  },
};
