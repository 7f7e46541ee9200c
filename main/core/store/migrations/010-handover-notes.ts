/**
 * 10: shift handover notes. The note an outgoing supervisor signs for the incoming shift, kept
 * for good beside the audit row its action wrote (settled outbox rows are pruned, these are
 * not); field notes get an index on their time, for a shift's notes.
 */
import type { Migration } from "./types";

export const migration010: Migration = {
  version: 10,
  name: "handover-notes",
  up(db) {
    db.exec(`
  CREATE TABLE handover_note (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    shift_from INTEGER NOT NULL,
    shift_to INTEGER NOT NULL,
    text TEXT NOT NULL,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL,
    signed_at INTEGER NOT NULL,
    CHECK (shift_from < shift_to)
  );
  CREATE INDEX handover_note_shift ON handover_note(shift_from, signed_at);
  CREATE INDEX field_note_time ON field_note(created_at);
  `);
  },
};
