/**
 * 5: history search. Indexes for a time range read newest first (the journal by event time, the
 * audit trail by time), and a `search` column on both holding each row's text folded for
 * case- and diacritic-insensitive matching (search-text.ts). The column starts empty (NULL): the
 * store worker folds rows before each search, found through a partial index, so this upgrade
 * stays instant however long the journal is, and rows written by code that knows nothing of
 * the column are folded the same way.
 */
import type { Migration } from "./types";

export const migration005: Migration = {
  version: 5,
  name: "history-search",
  up(db) {
    db.exec(`
  ALTER TABLE alarm_journal ADD COLUMN search TEXT;
  ALTER TABLE audit ADD COLUMN search TEXT;
  CREATE INDEX alarm_journal_time ON alarm_journal(event_time, seq);
  CREATE INDEX audit_at ON audit(at, seq);
  CREATE INDEX alarm_journal_unfolded ON alarm_journal(seq) WHERE search IS NULL;
  CREATE INDEX audit_unfolded ON audit(seq) WHERE search IS NULL;
  `);
  },
};
