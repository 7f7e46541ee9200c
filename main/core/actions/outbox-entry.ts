/** What a window sees of an outbox row: everything but the payload, which is the core's business. */
import type { ActionResult, OutboxEntry } from "../../../contract/api";
import type { OutboxRow } from "../store/outbox-repository";

export function toEntry(row: OutboxRow): OutboxEntry {
  const { payload: _payload, ...entry } = row;
  return entry;
}

export function toResult(row: OutboxRow): ActionResult {
  return { outboxId: row.id, status: row.status, error: row.error };
}
