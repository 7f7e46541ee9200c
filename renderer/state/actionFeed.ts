/**
 * Keeps the store's outbox rows equal to the core's: a snapshot from listActions, then the
 * `actions` topic. Rows are merged by recency, so an event racing the snapshot is neither lost
 * nor undone, and a row that reached done or discarded leaves the list for good.
 */
import type { ControlRoomApi, OutboxEntry, OutboxStatus } from "../../contract/api";
import type { RoomStore } from "./roomState";

/** The rows a person may still have to act on or wait for. */
export const OPEN_STATUSES: readonly OutboxStatus[] = ["pending", "sending", "conflict", "failed"];

export function isOpen(status: OutboxStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

const STAGE: Record<OutboxStatus, number> = { pending: 0, sending: 1, conflict: 2, failed: 2, done: 2, discarded: 3 };

/** True when `next` describes a later moment of the row than `current`. */
export function isNewer(next: OutboxEntry, current: OutboxEntry | undefined): boolean {
  if (!current) return true;
  if (next.updatedAt !== current.updatedAt) return next.updatedAt > current.updatedAt;
  if (next.attempts !== current.attempts) return next.attempts > current.attempts;
  return STAGE[next.status] >= STAGE[current.status];
}

/** Folds rows into `seen` (every row this window heard of); true if any row moved on. */
export function mergeActions(seen: Map<number, OutboxEntry>, rows: readonly OutboxEntry[]): boolean {
  let changed = false;
  for (const row of rows) {
    if (!isNewer(row, seen.get(row.id))) continue;
    seen.set(row.id, row);
    changed = true;
  }
  return changed;
}

export function openActions(seen: ReadonlyMap<number, OutboxEntry>): ReadonlyMap<number, OutboxEntry> {
  const open = new Map<number, OutboxEntry>();
  for (const [id, row] of seen) if (isOpen(row.status)) open.set(id, row);
  return open;
}

export function startActionFeed(api: ControlRoomApi, store: RoomStore): () => void {
  const seen = new Map<number, OutboxEntry>();
  const publish = () => store.update((s) => ({ ...s, actions: openActions(seen), actionsError: null }));

  const off = api.on("actions", (rows) => {
    if (mergeActions(seen, rows)) publish();
  });
  api
    .listActions({ statuses: [...OPEN_STATUSES] })
    .then((rows) => {
      mergeActions(seen, rows);
      publish();
    })
    .catch((e: unknown) => store.update((s) => ({ ...s, actionsError: e })));
  return off;
}
