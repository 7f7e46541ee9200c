/**
 * 9: field notes. A note on an asset or an alarm (text, time, the person, an optional photo kept
 * here as a BLOB), written before anything is sent; a note on an alarm points at the outbox row
 * of its condition comment, so its delivery is the outbox's own state, never a copy that drifts.
 */
import type { Migration } from "./types";

export const migration009: Migration = {
  version: 9,
  name: "field-notes",
  up(db) {
    db.exec(`
  CREATE TABLE field_note (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    asset_id TEXT,
    alarm_id TEXT,
    target_label TEXT NOT NULL,
    text TEXT NOT NULL,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL,
    photo BLOB,
    photo_type TEXT,
    -- no foreign key: settled outbox rows are pruned after their retention, the note stays
    outbox_id INTEGER,
    delivery_problem TEXT,
    CHECK (asset_id IS NOT NULL OR alarm_id IS NOT NULL),
    CHECK ((photo IS NULL) = (photo_type IS NULL))
  );
  CREATE INDEX field_note_asset ON field_note(asset_id, created_at);
  CREATE INDEX field_note_alarm ON field_note(alarm_id, created_at);
  `);
  },
};
