/**
 * Rows that pass quick_check but cannot be read: a journal state or a last value whose JSON does
 * not parse (a torn write, a tool that edited the file). They are moved to set_aside with their
 * raw value, in one transaction per table, so the start goes on and nothing is silently lost.
 * json_valid runs in SQLite (C), so a long journal is swept in milliseconds, not parsed in JS.
 */
import type { Db } from "./open-database";
import { encodeStartNotice, type SetAsideRows } from "../../../contract/start-notice";

interface Sweep {
  table: string;
  key: string;
  column: string;
  /** SQL condition true for a damaged row. */
  damaged: string;
  what: string;
  rows: SetAsideRows;
}

const SWEEPS: Sweep[] = [
  {
    table: "alarm_journal",
    key: "seq",
    column: "state",
    damaged: "state IS NULL OR NOT json_valid(state) OR json_type(state) <> 'object'",
    what: "alarm journal",
    rows: "alarm-journal",
  },
  {
    table: "tag_last",
    key: "tag_id",
    column: "value",
    // SQL NULL is a stored null value; anything else must be JSON (a number, a string, a boolean).
    damaged: "value IS NOT NULL AND NOT json_valid(value)",
    what: "last-value",
    rows: "last-value",
  },
];

export function setAsideDamagedRows(db: Db, now = Date.now()): string[] {
  const notices: string[] = [];
  for (const s of SWEEPS) {
    const moved = db.transaction(() => {
      const n = db
        .prepare(
          `INSERT INTO set_aside (at, source_table, source_key, reason, raw)
           SELECT ?, '${s.table}', CAST(${s.key} AS TEXT), '${s.column} is not readable JSON', ${s.column}
           FROM ${s.table} WHERE ${s.damaged}`,
        )
        .run(now).changes;
      if (n > 0) db.prepare(`DELETE FROM ${s.table} WHERE ${s.damaged}`).run();
      return n;
    })();
    if (moved > 0) {
      notices.push(
        encodeStartNotice(
          { code: "rows-set-aside", rows: s.rows, count: moved },
          `${moved} ${s.what} row${moved === 1 ? "" : "s"} in the local store could not be read (damaged data); ${moved === 1 ? "it was" : "they were"} moved to the set_aside table of the same file with the original text, and the start went on without ${moved === 1 ? "it" : "them"}.`,
        ),
      );
    }
  }
  return notices;
}

