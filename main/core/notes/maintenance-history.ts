/**
 * An asset's maintenance history: its notes, the states its alarms went through and the actions
 * taken on them (journal and audit), on one time line, newest first, one page at a time. Each
 * source is asked for one more than a page, so the first `limit` of the merge are exact; entries
 * at the same millisecond as the page's last stay on this page, so "load older" loses none.
 */
import type { AlarmHistoryRow, FieldNote, MaintenanceEntry, MaintenanceHistoryPage } from "../../../contract/api";

/** A note on an alarm is audited as "note" too; the note itself is already on the line. */
const isNoteAudit = (row: AlarmHistoryRow) => row.kind === "audit" && row.action === "note";

function entryOf(row: AlarmHistoryRow): MaintenanceEntry {
  return row.kind === "alarm" ? { kind: "alarm", key: row.key, time: row.time, alarm: row } : { kind: "action", key: row.key, time: row.time, action: row };
}

/** Notes before alarm rows at the same time: the person wrote it as they saw the state. */
const rank = (e: MaintenanceEntry) => (e.kind === "note" ? 2 : e.kind === "action" ? 1 : 0);

/**
 * `notes` and `history` each hold up to limit + 1 entries older than the page's start;
 * `more` says a source held more than it gave.
 */
export function mergeMaintenancePage(notes: FieldNote[], history: AlarmHistoryRow[], limit: number, more: boolean): MaintenanceHistoryPage {
  const merged: MaintenanceEntry[] = [
    ...notes.map((note): MaintenanceEntry => ({ kind: "note", key: `note-${note.id}`, time: note.createdAt, note })),
    ...history.filter((r) => !isNoteAudit(r)).map(entryOf),
  ].sort((a, b) => b.time - a.time || rank(b) - rank(a));
  if (merged.length <= limit) return { entries: merged, next: more && merged.length > 0 ? merged[merged.length - 1]!.time : null };
  const cut = merged[limit - 1]!.time;
  const entries = merged.filter((e, i) => i < limit || e.time === cut);
  return { entries, next: cut };
}
