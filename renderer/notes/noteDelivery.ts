/**
 * Where a note stands with its server, live: an alarm note's comment is an outbox row, and the
 * window hears every change of that row on the actions topic, so the note follows it without
 * asking the core again.
 */
import type { FieldNote, NoteDelivery, OutboxEntry } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";

export function liveDelivery(note: FieldNote, actions: ReadonlyMap<number, OutboxEntry>): NoteDelivery {
  const row = note.outboxId === null ? undefined : actions.get(note.outboxId);
  if (!row) return note.delivery;
  switch (row.status) {
    case "pending":
    case "sending":
      return "pending";
    case "done":
      return "sent";
    default:
      return row.status;
  }
}

export const DELIVERY_TEXT: Record<NoteDelivery, { label: Key; title: Key }> = {
  local: { label: tk("notes.delivery.local"), title: tk("notes.deliveryTitle.local") },
  unsent: { label: tk("notes.delivery.unsent"), title: tk("notes.deliveryTitle.unsent") },
  pending: { label: tk("notes.delivery.pending"), title: tk("notes.deliveryTitle.pending") },
  sent: { label: tk("notes.delivery.sent"), title: tk("notes.deliveryTitle.sent") },
  conflict: { label: tk("notes.delivery.conflict"), title: tk("notes.deliveryTitle.conflict") },
  failed: { label: tk("notes.delivery.failed"), title: tk("notes.deliveryTitle.failed") },
  discarded: { label: tk("notes.delivery.discarded"), title: tk("notes.deliveryTitle.discarded") },
  settled: { label: tk("notes.delivery.settled"), title: tk("notes.deliveryTitle.settled") },
};

export const DELIVERY_INTENT: Record<NoteDelivery, "none" | "primary" | "success" | "warning" | "danger"> = {
  local: "none",
  unsent: "warning",
  pending: "primary",
  sent: "success",
  conflict: "danger",
  failed: "danger",
  discarded: "none",
  settled: "none",
};
