/**
 * 3: rows that pass quick_check but cannot be read (JSON that does not parse) are moved here
 * with their raw value, instead of stopping every start; and an index so the hourly journal
 * prune does not scan the whole journal.
 */
import type { Migration } from "./types";

export const migration003: Migration = {
  version: 3,
  name: "set-aside",
  up(db) {
    db.exec(`
  CREATE TABLE set_aside (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    source_table TEXT NOT NULL,
    source_key TEXT NOT NULL,
    reason TEXT NOT NULL,
    -- no type: the damaged value is kept exactly as it was (text or blob)
    raw
  );
  CREATE INDEX alarm_journal_received ON alarm_journal(received_at);
  `);
  },
};
