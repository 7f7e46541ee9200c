/**
 * When a desktop notification is shown and what it says: pure, so a flood's throttling is
 * tested without an OS. New high and critical alarms are offered as they arrive; one is shown
 * at once, the ones that arrive within NOTIFY_INTERVAL_MS after it wait and are shown together
 * as one summary, so a flood of 500 gives a notification every few seconds, not 500.
 */
import type { AlarmState, Priority } from "../../contract/api";
import { activationKey } from "./hornDecision";
import { isAnnunciated, pickMostUrgent } from "./mostUrgent";

export const NOTIFY_INTERVAL_MS = 5_000;
const NOTIFIED: readonly Priority[] = ["critical", "high"];

export type Shown = { kind: "one"; alarm: AlarmState } | { kind: "summary"; count: number; top: AlarmState };

export interface NotifyQueue {
  /** When the last notification was shown (-Infinity: never). */
  lastShownAt: number;
  /** New alarms not shown yet, by id (the latest state of each). */
  waiting: ReadonlyMap<string, AlarmState>;
}

export const EMPTY_QUEUE: NotifyQueue = { lastShownAt: -Infinity, waiting: new Map() };

export interface Planned {
  queue: NotifyQueue;
  show: Shown | null;
}

function shownFor(waiting: ReadonlyMap<string, AlarmState>): Shown | null {
  const top = pickMostUrgent(waiting.values());
  if (!top) return null;
  return waiting.size === 1 ? { kind: "one", alarm: top } : { kind: "summary", count: waiting.size, top };
}

/** New alarms arrive: shown now if the last notification is old enough, else kept for the next. */
export function offer(queue: NotifyQueue, fresh: readonly AlarmState[], now: number): Planned {
  if (fresh.length === 0) return flush(queue, now);
  const waiting = new Map(queue.waiting);
  for (const a of fresh) waiting.set(a.id, a);
  return flush({ ...queue, waiting }, now);
}

/** Shows what waits once the interval has passed since the last one. */
export function flush(queue: NotifyQueue, now: number): Planned {
  if (queue.waiting.size === 0 || now - queue.lastShownAt < NOTIFY_INTERVAL_MS) return { queue, show: null };
  return { queue: { lastShownAt: now, waiting: new Map() }, show: shownFor(queue.waiting) };
}

/** The window got the focus back: the person sees the banner, what waited needs no notification. */
export function forget(queue: NotifyQueue): NotifyQueue {
  return queue.waiting.size === 0 ? queue : { ...queue, waiting: new Map() };
}

export interface Heard {
  /** Activations of urgent unacknowledged alarms seen so far. */
  keys: ReadonlySet<string>;
  fresh: AlarmState[];
}

/**
 * The urgent (high, critical) unacknowledged activations among `alarms` that were not among the
 * ones heard before. Only what is unacknowledged now is kept, so an alarm acknowledged and
 * raised again is new again.
 */
export function hearUrgent(before: ReadonlySet<string>, alarms: Iterable<AlarmState>): Heard {
  const keys = new Set<string>();
  const fresh: AlarmState[] = [];
  for (const a of alarms) {
    if (a.acked || !isAnnunciated(a) || !NOTIFIED.includes(a.priority)) continue;
    const key = activationKey(a);
    keys.add(key);
    if (!before.has(key)) fresh.push(a);
  }
  return { keys, fresh };
}
