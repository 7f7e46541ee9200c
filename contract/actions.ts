/**
 * Operator actions as the windows see them: every action goes through the core's registry and
 * its outbox, so each has a row a person can follow from "pending" to what the server said.
 */
import type { EndpointId } from "./ids";

export const ACTION_KINDS = [
  "acknowledge",
  "confirm",
  "comment",
  "shelve",
  "unshelve",
  "enable",
  "disable",
  "write",
  "trust-certificate",
  "reject-certificate",
  "renew-certificate",
  "handover-note",
  "keep-password",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * pending: stored, waiting for its endpoint; sending: claimed by one sender; done: the server
 * said Good; conflict: the server refused because the target moved on (a person decides);
 * failed: refused for another reason; discarded: a person gave it up, with a reason.
 */
export const OUTBOX_STATUSES = ["pending", "sending", "done", "conflict", "failed", "discarded"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What a window shows of one outbox row. */
export interface OutboxEntry {
  id: number;
  kind: ActionKind;
  endpointId: EndpointId;
  /** Contract id of the target (an alarm id, a tag id, a certificate thumbprint). */
  target: string;
  /** What the target was called when the action was asked (server text, shown as text). */
  targetLabel: string;
  /** The person's comment or the value written, when the action has one. */
  comment: string;
  userName: string;
  role: string;
  createdAt: number;
  updatedAt: number;
  status: OutboxStatus;
  attempts: number;
  /** The OPC UA status code name the server answered with (e.g. BadEventIdUnknown). */
  serverStatus: string | null;
  /** A sentence about the last failure, naming the endpoint. */
  error: string | null;
  /** Why a person discarded it, or which retry replaced it. */
  resolution: string | null;
}

export interface ActionResult {
  /** Outbox row that carries the action; it stays until the server confirmed it. */
  outboxId: number;
  status: OutboxStatus;
  error: string | null;
}
