/**
 * The action registry: one entry per kind of operator action. An entry says who may do it,
 * how to turn a request into a stored payload against the current state, how to send that
 * payload over a session whose user is the person, which answers mean "the target moved on"
 * (a conflict for a person) and what the audit says. The action service and the outbox
 * executor know nothing of any particular action.
 *
 * A local entry (`local: true`: trusting a certificate, renewing our own) is the workstation's
 * own decision, not a server's: it goes through the same authorization, outbox row and audit
 * row first, then `apply` runs at once without any session, online or not, and the row settles
 * done or failed. It is never left pending for a replay.
 */
import type { ClientSession, StatusCode } from "node-opcua";
import type { z } from "zod";
import type { ActionKind, EndpointId, MethodArgs } from "../../../contract/api";
import type { SiteConfig } from "../sites/site-config";
import type { SignHandoverRequest } from "../handover/handover-note-action";

export type PermissionKey = keyof SiteConfig["permissions"];

/** The request each registered kind takes; a kind without an entry here cannot be requested. */
export interface ActionArgs {
  acknowledge: MethodArgs<"acknowledgeAlarm">;
  confirm: MethodArgs<"confirmAlarm">;
  comment: MethodArgs<"commentAlarm">;
  shelve: MethodArgs<"shelveAlarm">;
  unshelve: MethodArgs<"unshelveAlarm">;
  enable: Omit<MethodArgs<"setAlarmEnabled">, "enabled">;
  disable: Omit<MethodArgs<"setAlarmEnabled">, "enabled">;
  "trust-certificate": MethodArgs<"trustCertificate">;
  "reject-certificate": MethodArgs<"rejectCertificate">;
  "renew-certificate": MethodArgs<"renewOwnCertificate">;
  /** An operator command: a write to a tag the site marks as a command (command-actions.ts). */
  write: MethodArgs<"writeCommand">;
  /** A station password this workstation keeps (main/core/credentials/keep-password-action.ts). */
  "keep-password": MethodArgs<"keepEndpointPassword">;
  /** A shift's handover note, with the person signing it (main/core/handover/handover-note-action.ts). */
  "handover-note": SignHandoverRequest;
}
export type RequestableKind = keyof ActionArgs;

/** An action resolved against the current state, ready to be stored. */
export interface PreparedAction<P> {
  endpointId: EndpointId;
  target: string;
  /** What the target is called, as the server named it. */
  targetLabel: string;
  comment: string;
  payload: P;
}

interface ActionDefinitionBase<A, P> {
  kind: ActionKind;
  permission: PermissionKey;
  /** Safe to store and send later (acknowledge, comment); commands such as writes are not. */
  replayable: boolean;
  /** The same kind on the same target waiting twice is one request asked twice (not so for comments). */
  oncePerTarget: boolean;
  /** The stored payload's shape, checked again when a row is read back for sending. */
  payload: z.ZodType<P>;
  /** Resolves the request against what the core knows now; throws CoreError when it cannot. */
  prepare(args: A): PreparedAction<P>;
  /** The request a stored payload came from, so a retry can prepare it again on the current state. */
  retryArgs(payload: P): A;
  /** One line for the audit trail. */
  audit(prepared: PreparedAction<P>): string;
}

/** An action sent to a server, on a session whose user is the person. */
export interface RemoteActionDefinition<A, P> extends ActionDefinitionBase<A, P> {
  local?: false;
  send(session: ClientSession, payload: P): Promise<StatusCode>;
  /** Status codes that mean the target changed since the person decided. */
  conflicts: readonly StatusCode[];
}

/** An action the workstation carries out itself, without a session (its own PKI, say). */
export interface LocalActionDefinition<A, P> extends ActionDefinitionBase<A, P> {
  local: true;
  /** Does it; resolves when done, throws (a sentence for the person) when it could not. */
  apply(payload: P): Promise<void>;
}

export type ActionDefinition<A, P> = RemoteActionDefinition<A, P> | LocalActionDefinition<A, P>;

// Entries are stored side by side whatever their argument and payload types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActionDefinition = ActionDefinition<any, any>;

export class ActionRegistry {
  private readonly entries = new Map<ActionKind, AnyActionDefinition>();

  register<A, P>(definition: ActionDefinition<A, P>): ActionDefinition<A, P> {
    if (this.entries.has(definition.kind)) throw new Error(`Action "${definition.kind}" registered twice`);
    this.entries.set(definition.kind, definition);
    return definition;
  }

  get(kind: ActionKind): AnyActionDefinition | undefined {
    return this.entries.get(kind);
  }
}
