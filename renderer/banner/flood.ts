/**
 * Alarm flood (EEMUA 191, ISA-18.2): more than 10 alarms raised in 10 minutes for one operator
 * position. Pure: the banner notes raises and asks on a timer, so a flood ends by itself when
 * the window passes, and a burst of events costs nothing here.
 *
 * Raises are remembered by this window, not read from the alarm list alone: alarms acknowledged
 * and returned to normal during a flood leave the list, but they were raised all the same.
 */
import type { AlarmState } from "../../contract/api";

export const FLOOD_WINDOW_MS = 10 * 60_000;
/** More than this many raises in the window is a flood. */
export const FLOOD_LIMIT = 10;

/** Raise times by activation (alarm id and when it was raised), ms since epoch. */
export type RaiseLog = ReadonlyMap<string, number>;

export interface FloodStatus {
  on: boolean;
  /** Raises in the last FLOOD_WINDOW_MS. */
  count: number;
}

/**
 * The log with the raises the alarms show: each row's current activation and the oldest one it
 * still stands for (a condition raised again before anyone acknowledged it counts twice). An
 * alarm suppressed by design or out of service was never annunciated, nor one shelved before we
 * saw it raised; one shelved later stays counted. Raises older than the window are dropped.
 */
export function noteRaises(log: RaiseLog, alarms: Iterable<AlarmState>, now: number): Map<string, number> {
  const since = now - FLOOD_WINDOW_MS;
  const next = new Map<string, number>();
  for (const [key, t] of log) if (t > since) next.set(key, t);
  for (const a of alarms) {
    if (a.suppressed || !a.enabled || a.shelved) continue;
    for (const t of [a.activeSince, a.firstTime]) {
      if (t === null || t <= since) continue;
      const key = `${a.id}@${t}`;
      if (!next.has(key)) next.set(key, t);
    }
  }
  return next;
}

export function floodStatus(log: RaiseLog, now: number): FloodStatus {
  const since = now - FLOOD_WINDOW_MS;
  let count = 0;
  for (const t of log.values()) if (t > since) count++;
  return { on: count > FLOOD_LIMIT, count };
}
