/**
 * The event filter for Alarms & Conditions on the Server object, and the decoding of one
 * event's fields into a plain record. Field order is the contract between the two.
 */
import { constructEventFilter, DataType, NodeId, ObjectTypeIds, type EventFilter, type Variant } from "node-opcua";
import type { AlarmLimits } from "../../../contract/api";

const FIELDS = [
  "EventId",
  "EventType",
  "SourceNode",
  "SourceName",
  "Time",
  "Message",
  "Severity",
  "ConditionId",
  "BranchId",
  "Retain",
  "ConditionName",
  "EnabledState.Id",
  "ActiveState.Id",
  "ActiveState.TransitionTime",
  "AckedState.Id",
  "ConfirmedState.Id",
  "ShelvingState.CurrentState.Id",
  "ShelvingState.UnshelveTime",
  "SuppressedState.Id",
  "Comment",
  "ClientUserId",
  // AlarmConditionType's input and LimitAlarmType's limits: what a detail shows beside the message.
  "InputNode",
  "HighHighLimit",
  "HighLimit",
  "LowLimit",
  "LowLowLimit",
] as const;

export function alarmEventFilter(): EventFilter {
  return constructEventFilter([...FIELDS]);
}

export interface ConditionEvent {
  kind: "condition" | "refreshStart" | "refreshEnd" | "other";
  eventId: Buffer | null;
  eventType: string;
  sourceNode: string;
  sourceName: string;
  time: number;
  message: string;
  severity: number;
  conditionId: string | null;
  branchId: string | null;
  retain: boolean;
  conditionName: string;
  enabled: boolean;
  active: boolean;
  activeSince: number | null;
  acked: boolean;
  confirmed: boolean | null;
  shelved: boolean;
  /**
   * Which shelving, and when it ends (ms since epoch: when the event arrived plus the server's
   * UnshelveTime, the time left); null when unshelved. A one-shot shelve has no end (null) unless
   * the server caps it with MaxTimeShelved.
   */
  shelving: { kind: "timed" | "one-shot"; until: number | null } | null;
  suppressed: boolean;
  comment: string | null;
  clientUserId: string | null;
  /** The variable whose value the alarm watches (AlarmConditionType InputNode); null when the server names none. */
  inputNode: string | null;
  /** LimitAlarmType's limits, those the server has; null for other alarm types. */
  limits: AlarmLimits | null;
}

const NULL_NODE = "ns=0;i=0";

/**
 * ShelvedStateMachineType's TimedShelved (i=2932) and OneShotShelved (i=2933) states (Part 9):
 * CurrentState.Id names one of these, or Unshelved (i=2930). node-opcua has no constants for them.
 */
const SHELVED_STATES = new Map<string, "timed" | "one-shot">([
  ["ns=0;i=2932", "timed"],
  ["ns=0;i=2933", "one-shot"],
]);

/** Part 9's "no end" for a one-shot shelve without MaxTimeShelved is the maximum Duration; anything past a year is that. */
const NO_END_MS = 366 * 24 * 3600 * 1000;

function shelvingOf(state: string | null, unshelveTime: unknown, receivedAt: number): ConditionEvent["shelving"] {
  const kind = state === null ? undefined : SHELVED_STATES.get(state);
  if (!kind) return null;
  const left = typeof unshelveTime === "number" && Number.isFinite(unshelveTime) && unshelveTime >= 0 && unshelveTime < NO_END_MS ? unshelveTime : null;
  return { kind, until: left === null ? null : receivedAt + left };
}

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  if (typeof v === "object" && "text" in v) return (v as { text: string | null }).text ?? null;
  return String(v);
}

/**
 * A NodeId as text, or null for none: Part 3's null NodeId is namespace 0 with an empty
 * identifier of any kind (i=0, s="", an empty GUID or ByteString), as a BranchId of the
 * condition's current state is sent.
 */
function nodeIdText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof NodeId && v.namespace === 0 && v.isEmpty()) return null;
  const s = String(v);
  return s === NULL_NODE || s === "" ? null : s;
}

function finite(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function limitsOf(get: (name: (typeof FIELDS)[number]) => unknown): AlarmLimits | null {
  const limits: AlarmLimits = {
    highHigh: finite(get("HighHighLimit")),
    high: finite(get("HighLimit")),
    low: finite(get("LowLimit")),
    lowLow: finite(get("LowLowLimit")),
  };
  return Object.values(limits).some((l) => l !== null) ? limits : null;
}

function time(v: unknown): number | null {
  return v instanceof Date && !Number.isNaN(v.getTime()) ? v.getTime() : null;
}

export function decodeConditionEvent(fields: Variant[]): ConditionEvent {
  // A field the server cannot give is a StatusCode in its place: BadConditionDisabled for most
  // fields of a disabled condition, BadNoMatch or the like for a field its type does not have.
  const get = (name: (typeof FIELDS)[number]) => {
    const field = fields[FIELDS.indexOf(name)];
    return field?.dataType === DataType.StatusCode ? undefined : (field?.value as unknown);
  };
  const eventType = nodeIdText(get("EventType")) ?? "";
  const conditionId = nodeIdText(get("ConditionId"));
  const kind =
    eventType === `ns=0;i=${ObjectTypeIds.RefreshStartEventType}`
      ? "refreshStart"
      : eventType === `ns=0;i=${ObjectTypeIds.RefreshEndEventType}`
        ? "refreshEnd"
        : conditionId
          ? "condition"
          : "other";
  const shelvingState = nodeIdText(get("ShelvingState.CurrentState.Id"));
  const confirmed = get("ConfirmedState.Id");
  return {
    kind,
    eventId: Buffer.isBuffer(get("EventId")) ? (get("EventId") as Buffer) : null,
    eventType,
    sourceNode: nodeIdText(get("SourceNode")) ?? "",
    sourceName: text(get("SourceName")) ?? "",
    time: time(get("Time")) ?? Date.now(),
    message: text(get("Message")) ?? "",
    severity: Number(get("Severity") ?? 0),
    conditionId,
    branchId: nodeIdText(get("BranchId")),
    retain: get("Retain") === true,
    conditionName: text(get("ConditionName")) ?? "",
    enabled: get("EnabledState.Id") !== false,
    active: get("ActiveState.Id") === true,
    activeSince: time(get("ActiveState.TransitionTime")),
    acked: get("AckedState.Id") === true,
    confirmed: typeof confirmed === "boolean" ? confirmed : null,
    shelved: shelvingState !== null && SHELVED_STATES.has(shelvingState),
    shelving: shelvingOf(shelvingState, get("ShelvingState.UnshelveTime"), Date.now()),
    suppressed: get("SuppressedState.Id") === true,
    comment: text(get("Comment")),
    clientUserId: text(get("ClientUserId")),
    inputNode: nodeIdText(get("InputNode")),
    limits: limitsOf(get),
  };
}
