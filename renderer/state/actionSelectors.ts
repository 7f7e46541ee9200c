/** Derived outbox views: counts for the navbar, rows in the order a person works them. */
import type { AlarmId, OutboxEntry } from "../../contract/api";
import type { RoomState } from "./roomState";
import { memoSelector } from "./store";

/** Refused rows first (someone must decide), then the longest-waiting. */
export function compareActions(a: OutboxEntry, b: OutboxEntry): number {
  const ua = a.status === "conflict" || a.status === "failed" ? 0 : 1;
  const ub = b.status === "conflict" || b.status === "failed" ? 0 : 1;
  if (ua !== ub) return ua - ub;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id - b.id;
}

export const selectSortedActions = memoSelector(
  (s: RoomState) => [s.actions],
  (actions): readonly OutboxEntry[] => [...actions.values()].sort(compareActions),
);

/** Waiting for a server: pending or being sent. */
export const selectWaitingCount = (s: RoomState): number => {
  let n = 0;
  for (const a of s.actions.values()) if (a.status === "pending" || a.status === "sending") n++;
  return n;
};

/** Refused by a server and waiting for a person. */
export const selectAttentionCount = (s: RoomState): number => {
  let n = 0;
  for (const a of s.actions.values()) if (a.status === "conflict" || a.status === "failed") n++;
  return n;
};

/** Alarms with an acknowledge still queued in the outbox, so their row says so instead of offering Ack again. */
export const selectQueuedAcks = memoSelector(
  (s: RoomState) => [s.actions],
  (actions): ReadonlySet<AlarmId> => {
    const ids = new Set<AlarmId>();
    for (const a of actions.values()) {
      if (a.kind === "acknowledge" && (a.status === "pending" || a.status === "sending")) ids.add(a.target as AlarmId);
    }
    return ids;
  },
);
