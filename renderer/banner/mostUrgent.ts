/**
 * The one alarm the banner names: the most urgent unacknowledged alarm a person should see now.
 * Shelved, suppressed and out-of-service alarms are out of the operator's view (ISA-18.2), as
 * they are in the navbar counters (alarmSelectors' countAlarms), so they never reach the banner.
 */
import type { AlarmState } from "../../contract/api";
import { PRIORITY_RANK } from "../alarms/priority";
import type { RoomState } from "../state/roomState";
import { memoSelector } from "../state/store";

/** In the operator's view: not shelved, not suppressed by design, in service. */
export function isAnnunciated(a: AlarmState): boolean {
  return !a.shelved && !a.suppressed && a.enabled;
}

/**
 * When the alarm last became unacknowledged, as far as its row tells: its current activation,
 * or for a returned one the oldest activation it still stands for (Part 9 keeps no time of the
 * latest activation once the condition returned).
 */
export function unackedSince(a: AlarmState): number {
  return a.activeSince ?? a.firstTime;
}

/** Highest priority first, then the newest event, then the id so the pick never flickers between equals. */
function moreUrgent(a: AlarmState, b: AlarmState): boolean {
  const byPriority = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (byPriority !== 0) return byPriority < 0;
  if (a.time !== b.time) return a.time > b.time;
  return a.id < b.id;
}

export function pickMostUrgent(alarms: Iterable<AlarmState>): AlarmState | null {
  let best: AlarmState | null = null;
  for (const a of alarms) {
    if (a.acked || !isAnnunciated(a)) continue;
    if (!best || moreUrgent(a, best)) best = a;
  }
  return best;
}

/**
 * The alarm object as the store holds it: while the pick stays the same row, unchanged by the
 * server, the banner is not re-rendered, however many other alarms a flood updates.
 */
export const selectMostUrgent = memoSelector(
  (s: RoomState) => [s.alarms],
  (alarms) => pickMostUrgent(alarms.values()),
);
