/**
 * Derived alarm views. Memoised on the alarm map's identity, so a flood of events costs one
 * sort per frame, and components that only need counts do not re-render on unrelated changes.
 */
import type { AlarmState, Priority } from "../../contract/api";
import type { RoomState } from "../state/roomState";
import { memoSelector } from "../state/store";
import { PRIORITY_RANK } from "./priority";

/** Unacknowledged first (they need someone), then priority, then newest. */
export function compareAlarms(a: AlarmState, b: AlarmState): number {
  if (a.acked !== b.acked) return a.acked ? 1 : -1;
  const byPriority = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (byPriority !== 0) return byPriority;
  if (a.time !== b.time) return b.time - a.time;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const selectSortedAlarms = memoSelector(
  (s: RoomState) => [s.alarms],
  (alarms) => [...alarms.values()].sort(compareAlarms),
);

export interface PriorityCount {
  active: number;
  unacked: number;
}
export type AlarmCounts = Record<Priority, PriorityCount>;

function countAlarms(alarms: ReadonlyMap<string, AlarmState>): AlarmCounts {
  const counts: AlarmCounts = {
    critical: { active: 0, unacked: 0 },
    high: { active: 0, unacked: 0 },
    medium: { active: 0, unacked: 0 },
    low: { active: 0, unacked: 0 },
  };
  for (const a of alarms.values()) {
    // Shelved, suppressed and out-of-service alarms are out of the operator's view (ISA-18.2),
    // as they are on the map; the list still shows them, marked.
    if (a.shelved || a.suppressed || !a.enabled) continue;
    if (a.active) counts[a.priority].active++;
    if (!a.acked) counts[a.priority].unacked++;
  }
  return counts;
}

function countsKey(c: AlarmCounts): string {
  return `${c.critical.unacked}/${c.critical.active} ${c.high.unacked}/${c.high.active} ${c.medium.unacked}/${c.medium.active} ${c.low.unacked}/${c.low.active}`;
}

/**
 * Counts change far less often than alarms do: the same object comes back while the numbers are
 * unchanged, so the navbar does not re-render during a flood of updates to existing alarms.
 */
let lastCounts: AlarmCounts | null = null;
let lastCountsKey = "";
export const selectAlarmCounts = memoSelector(
  (s: RoomState) => [s.alarms],
  (alarms): AlarmCounts => {
    const next = countAlarms(alarms);
    const key = countsKey(next);
    if (lastCounts && key === lastCountsKey) return lastCounts;
    lastCounts = next;
    lastCountsKey = key;
    return next;
  },
);

/** The selected asset's alarms, in the list's order. */
export const selectSelectedAssetAlarms = memoSelector(
  (s: RoomState) => [selectSortedAlarms(s), s.selectedAssetId],
  (sorted, assetId): readonly AlarmState[] => (assetId ? sorted.filter((a) => a.assetId === assetId) : []),
);
