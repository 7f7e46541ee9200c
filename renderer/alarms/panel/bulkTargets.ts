/**
 * Which alarms a bulk acknowledge or confirm asks for: the marked ones when a person marked
 * some (Space), else every alarm shown; of those, only the ones the action still applies to
 * (unacknowledged and no acknowledgement under way; or acknowledged and awaiting confirmation).
 */
import type { AlarmId, AlarmState } from "../../../contract/api";

export type BulkMode = "acknowledge" | "confirm";

export interface BulkScope {
  /** The alarms in the list's order, as shown. */
  shown: readonly AlarmState[];
  marked: ReadonlySet<AlarmId>;
  /** Acknowledgements already sent or queued: not asked for twice. */
  ackUnderWay: (id: AlarmId) => boolean;
  /** The alarm leaving the list after the last action. */
  leavingId: AlarmId | null;
}

export function bulkTargets(mode: BulkMode, scope: BulkScope, onlyMarked: boolean): AlarmId[] {
  const applies = (a: AlarmState) =>
    mode === "acknowledge" ? !a.acked && !scope.ackUnderWay(a.id) : a.acked && a.confirmed === false;
  return scope.shown
    .filter((a) => a.id !== scope.leavingId && (!onlyMarked || scope.marked.has(a.id)) && applies(a))
    .map((a) => a.id);
}

/** Marks toggled one at a time; marks of alarms no longer in the book fall away. */
export function toggleMark(marked: ReadonlySet<AlarmId>, id: AlarmId): ReadonlySet<AlarmId> {
  const next = new Set(marked);
  if (!next.delete(id)) next.add(id);
  return next;
}

export function keepPresent(marked: ReadonlySet<AlarmId>, present: ReadonlyMap<AlarmId, unknown>): ReadonlySet<AlarmId> {
  for (const id of marked) if (!present.has(id)) return new Set([...marked].filter((m) => present.has(m)));
  return marked;
}
