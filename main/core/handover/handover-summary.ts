/**
 * The handover summary's plain parts: counting a shift's activations by priority and service,
 * and turning alarm states and audit rows into what the handover screen lists. No clock, no
 * store: the service hands the rows over.
 */
import type { AuditDetail } from "../../../contract/audit-detail";
import type { AlarmHistoryAuditRow, AlarmState, Priority } from "../../../contract/api";
import type { HandoverAction, HandoverAlarm, HandoverServiceCount } from "../../../contract/handover";
import type { KpiActivation, KpiEndState } from "../alarms/alarm-kpis";

const PRIORITY_ORDER: readonly Priority[] = ["critical", "high", "medium", "low"];
const zero = (): Record<Priority, number> => ({ low: 0, medium: 0, high: 0, critical: 0 });

export function countByPriority(activations: readonly KpiActivation[]): Record<Priority, number> {
  const counts = zero();
  for (const a of activations) counts[a.priority]++;
  return counts;
}

/** Per service, most activations first; alarms of no known service last. */
export function countByService(activations: readonly KpiActivation[]): HandoverServiceCount[] {
  const by = new Map<string | null, HandoverServiceCount>();
  for (const a of activations) {
    let row = by.get(a.service);
    if (!row) by.set(a.service, (row = { service: a.service, counts: zero(), total: 0 }));
    row.counts[a.priority]++;
    row.total++;
  }
  return [...by.values()].sort((a, b) => Number(a.service === null) - Number(b.service === null) || b.total - a.total || (a.service ?? "").localeCompare(b.service ?? ""));
}

/** What the trail says of a shelve: who, when, and the reason the person wrote. */
export interface ShelveFacts {
  by: string;
  at: number;
  reason: string | null;
}

/** The newest shelve among a condition's audit rows (newest first), if any. */
export function lastShelve(rows: readonly AlarmHistoryAuditRow[]): ShelveFacts | null {
  const row = rows.find((r) => r.action === "shelve");
  if (!row) return null;
  const worded = row.worded?.params["reason"];
  if (typeof worded === "string") return { by: row.userName, at: row.time, reason: worded };
  // A row written before worded details: its line is `… "label" — reason` (actions/shelving-actions.ts).
  const cut = row.detail.indexOf('" — ');
  return { by: row.userName, at: row.time, reason: cut >= 0 ? row.detail.slice(cut + 4) : null };
}

const byUrgency = (a: HandoverAlarm, b: HandoverAlarm) =>
  PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority) || (a.activeSince ?? 0) - (b.activeSince ?? 0) || a.sourceName.localeCompare(b.sourceName);

/** Standing now in the live alarm book: active or awaiting acknowledgement, in service, not shelved. */
export function isOpen(a: Pick<AlarmState, "active" | "acked" | "shelved" | "enabled">): boolean {
  return a.enabled && !a.shelved && (a.active || !a.acked);
}

export function fromLive(a: AlarmState, service: string | null, shelve: ShelveFacts | null): HandoverAlarm {
  return {
    alarmId: a.id,
    sourceName: a.sourceName,
    conditionName: a.conditionName,
    message: a.message,
    priority: a.priority,
    service,
    active: a.active,
    acked: a.acked,
    activeSince: a.activeSince,
    shelved: a.shelved,
    shelvedBy: shelve?.by ?? null,
    shelvedAt: shelve?.at ?? null,
    shelveReason: shelve?.reason ?? null,
    shelvedUntil: a.shelving?.until ?? null,
    shelveKind: a.shelving?.kind ?? null,
  };
}

/** A condition as the journal last knew it at a past shift's end (no message or acknowledgement kept there). */
export function fromEndState(s: KpiEndState, label: { message: string; acked: boolean }, shelve: ShelveFacts | null): HandoverAlarm {
  return {
    alarmId: s.alarmId,
    sourceName: s.sourceName,
    conditionName: s.conditionName,
    message: label.message,
    priority: s.priority,
    service: s.service,
    active: s.active,
    acked: label.acked,
    activeSince: s.activeSince,
    shelved: s.shelved,
    shelvedBy: s.shelved ? (shelve?.by ?? null) : null,
    shelvedAt: s.shelved ? (shelve?.at ?? null) : null,
    shelveReason: s.shelved ? (shelve?.reason ?? null) : null,
    shelvedUntil: null,
    shelveKind: null,
  };
}

export function sortAlarms(alarms: HandoverAlarm[]): HandoverAlarm[] {
  return alarms.sort(byUrgency);
}

/**
 * The person's own words in the audit lines that carry them, so a report in Serbian shows the
 * note rather than the English sentence around it: a field note's (store/notes-repository.ts)
 * and a handover note's (handover-note-action.ts). A worded row carries them as its `text`; the
 * patterns read rows written before.
 */
const WRITTEN: Record<string, RegExp> = {
  note: /^Note on "[^]*?"(?: \(photo: [^)]*\))?: ([^]*)$/,
  "handover-note": /^Sign the handover note of shift .*? on \d{4}-\d{2}-\d{2}: ([^]*)$/,
};

export function writtenText(action: string, detail: string, worded: AuditDetail | null = null): string | null {
  if (worded?.code === "note" || worded?.code === "handover-note") return typeof worded.params["text"] === "string" ? worded.params["text"] : null;
  if (worded) return null;
  const pattern = Object.hasOwn(WRITTEN, action) ? WRITTEN[action] : undefined;
  return pattern?.exec(detail)?.[1] ?? null;
}

export function toAction(r: AlarmHistoryAuditRow): HandoverAction {
  return { key: r.key, time: r.time, userName: r.userName, role: r.role, action: r.action, targetLabel: r.targetLabel, detail: r.detail, worded: r.worded, text: writtenText(r.action, r.detail, r.worded) };
}
