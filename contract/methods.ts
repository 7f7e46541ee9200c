/**
 * Every method a window may call: a zod schema for its arguments (checked by the core whatever
 * the transport) and its result type. A method added here without a core handler, or a handler
 * returning the wrong type, fails to compile (main/core/composition/handlers.ts).
 */
import { z } from "zod";
import { OUTBOX_STATUSES, type ActionResult, type OutboxEntry } from "./actions";
import type { AlarmState, AssetInfo, EndpointStatus, SiteInfo, TagValue } from "./domain";
import { looksLikeId, type AlarmId, type TagId } from "./ids";

const noArgs = z.object({}).strict();
const idArg = <T extends string>(what: string, max: number) =>
  z.custom<T>((v) => typeof v === "string" && v.length <= max && looksLikeId(v), `a ${what} id (endpoint|node)`);
const tagIds = z.array(idArg<TagId>("tag", 2048)).max(200_000);
const alarmIdArg = idArg<AlarmId>("alarm", 4096);
const outboxId = z.number().int().positive();

export const methodArgs = {
  getSite: noArgs,
  listAssets: noArgs,
  getConnections: noArgs,
  /** Starts value delivery for these tags to this window; answers with their current values. */
  subscribeTags: z.object({ tagIds }).strict(),
  unsubscribeTags: z.object({ tagIds }).strict(),
  listAlarms: noArgs,
  acknowledgeAlarm: z.object({ alarmId: alarmIdArg, comment: z.string().trim().max(2000) }).strict(),
  /** Outbox rows, newest first; by default the ones a person may still have to act on. */
  listActions: z
    .object({
      statuses: z.array(z.enum(OUTBOX_STATUSES)).max(OUTBOX_STATUSES.length).optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    })
    .strict(),
  /** Asks again on the target's current state (a fresh EventId for an acknowledge). */
  retryAction: z.object({ outboxId }).strict(),
  /** Gives an action up; the reason goes into the audit trail. */
  discardAction: z.object({ outboxId, reason: z.string().trim().min(1).max(2000) }).strict(),
} as const;

export type MethodName = keyof typeof methodArgs;
/** What the core's handler receives, after validation and defaults. */
export type MethodArgs<M extends MethodName> = z.output<(typeof methodArgs)[M]>;
/** What a window passes. */
export type MethodInput<M extends MethodName> = z.input<(typeof methodArgs)[M]>;

export interface MethodResults {
  getSite: SiteInfo;
  listAssets: AssetInfo[];
  getConnections: EndpointStatus[];
  subscribeTags: TagValue[];
  unsubscribeTags: { count: number };
  listAlarms: AlarmState[];
  acknowledgeAlarm: ActionResult;
  listActions: OutboxEntry[];
  retryAction: ActionResult;
  discardAction: OutboxEntry;
}

export const METHOD_NAMES = Object.keys(methodArgs) as MethodName[];
