/**
 * The pieces of a condition the alarm book folds into one row: its branches as their last
 * events told them, the facts shared by all of them, and how a journaled row is read back.
 */
import { nodeOf, type AlarmId, type AlarmLimits, type AlarmState, type EndpointId } from "../../../contract/api";
import type { ConditionEvent } from "./alarm-events";

/** One Part 9 branch as its last event told it; the trunk has branchId null. */
export interface Branch {
  branchId: string | null;
  eventId: Buffer | null;
  active: boolean;
  acked: boolean;
  confirmed: boolean | null;
  retain: boolean;
  time: number;
  activeSince: number | null;
  message: string;
  severity: number;
  /** Order of first sight: the oldest branch is answered first. */
  seq: number;
}

/** What the condition says of itself, from its latest trunk event (or any event until one comes). */
export interface ConditionFacts {
  sourceNode: string;
  sourceName: string;
  conditionName: string;
  shelving: AlarmState["shelving"];
  shelved: boolean;
  suppressed: boolean;
  enabled: boolean;
  /** InputNode and limits, which a limit alarm's engineer may change while it runs. */
  inputNode: string | null;
  limits: AlarmLimits | null;
  fromTrunk: boolean;
}

export interface Condition {
  id: AlarmId;
  endpointId: EndpointId;
  conditionId: string;
  trunk: Branch | null;
  /** Open branches only: a branch whose Retain goes false leaves. */
  branches: Map<string, Branch>;
  facts: ConditionFacts;
  time: number;
  lastComment: string | null;
  lastCommentUser: string | null;
  /** The journal's last word, shown until the server's first event for this condition. */
  restored: { state: AlarmState; eventId: Buffer | null } | null;
  row: AlarmState | null;
}

export const needsAck = (b: { acked: boolean }) => !b.acked;
export const needsConfirm = (b: { acked: boolean; confirmed: boolean | null }) => b.acked && b.confirmed === false;
export const TRUNK = "";
/**
 * The condition's current state keeps the row while retained or active: node-opcua, for one,
 * sends Retain false for an active condition once it is acknowledged and confirmed, and an
 * active alarm stays on an operator's list until it returns to normal.
 */
export const trunkOpen = (t: Branch) => t.retain || t.active;

export function factsOf(ev: ConditionEvent): ConditionFacts {
  return {
    sourceNode: ev.sourceNode,
    sourceName: ev.sourceName,
    conditionName: ev.conditionName,
    shelving: ev.shelving ?? (ev.shelved ? { kind: "timed", until: null } : null),
    shelved: ev.shelved,
    suppressed: ev.suppressed,
    enabled: ev.enabled,
    inputNode: ev.inputNode,
    limits: ev.limits,
    fromTrunk: !ev.branchId,
  };
}

export function branchOf(ev: ConditionEvent, previous: Branch | null | undefined, seq: number): Branch {
  return {
    branchId: ev.branchId,
    eventId: ev.eventId ?? previous?.eventId ?? null,
    active: ev.active,
    acked: ev.acked,
    confirmed: ev.confirmed,
    retain: ev.retain,
    time: ev.time,
    activeSince: ev.active ? (ev.activeSince ?? (previous?.active ? previous.activeSince : null) ?? ev.time) : ev.activeSince,
    message: ev.message,
    severity: ev.severity,
    seq,
  };
}

/** A condition known only from the journal's last word, shown until the server's first event for it. */
export function journaledCondition(id: AlarmId, restored: { state: AlarmState; eventId: Buffer | null }): Condition {
  const state = restored.state;
  return {
    id,
    endpointId: state.endpointId,
    conditionId: state.conditionId,
    trunk: null,
    branches: new Map(),
    facts: {
      sourceNode: "",
      sourceName: state.sourceName,
      conditionName: state.conditionName,
      shelving: state.shelving,
      shelved: state.shelved,
      suppressed: state.suppressed,
      enabled: state.enabled,
      inputNode: state.inputTagId ? nodeOf(state.inputTagId) : null,
      limits: state.limits ?? null,
      fromTrunk: false,
    },
    time: state.time,
    lastComment: state.lastComment,
    lastCommentUser: state.lastCommentUser,
    restored,
    row: state,
  };
}

/** A condition found out of service by browsing (no event told of it): a row with names only. */
export function disabledCondition(id: AlarmId, endpointId: EndpointId, found: { conditionId: string; sourceNode: string; sourceName: string; conditionName: string }, seq: number): Condition {
  const time = Date.now();
  const trunk: Branch = { branchId: null, eventId: null, active: false, acked: true, confirmed: null, retain: false, time, activeSince: null, message: "", severity: 0, seq };
  return {
    id,
    endpointId,
    conditionId: found.conditionId,
    trunk,
    branches: new Map(),
    facts: { sourceNode: found.sourceNode, sourceName: found.sourceName, conditionName: found.conditionName, shelving: null, shelved: false, suppressed: false, enabled: false, inputNode: null, limits: null, fromTrunk: false },
    time,
    lastComment: null,
    lastCommentUser: null,
    restored: null,
    row: null,
  };
}

/**
 * The trunk of a condition out of service: nothing to acknowledge, what it last said kept (the
 * server blanks the message and severity of a disabled condition).
 */
export function outOfServiceTrunk(ev: ConditionEvent, last: Branch | null, seq: number): Branch {
  return {
    branchId: null,
    eventId: ev.eventId ?? last?.eventId ?? null,
    active: false,
    acked: true,
    confirmed: null,
    retain: false,
    time: ev.time,
    activeSince: null,
    message: last?.message ?? ev.message,
    severity: last?.severity ?? 0,
    seq,
  };
}

/**
 * One condition's journal rows as one row: today's journal has one row per condition; a journal
 * written before branches were folded has one per branch (`<condition>#<branch>`) as well.
 */
export function foldRestored(id: AlarmId, group: { state: AlarmState; eventId: Buffer | null }[]): { state: AlarmState; eventId: Buffer | null } {
  const withDefaults = group.map(({ state, eventId }) => ({ state: completeState(state), eventId, branch: state.id !== id }));
  const trunk = withDefaults.find((e) => !e.branch);
  const branches = withDefaults.filter((e) => e.branch).sort((a, b) => a.state.firstTime - b.state.firstTime || a.state.time - b.state.time);
  if (branches.length === 0) return { state: { ...trunk!.state, id }, eventId: trunk!.eventId };
  const units = trunk ? [...branches, trunk] : branches;
  const headline = trunk?.state.active ? trunk : branches.at(-1)!;
  const active = trunk?.state.active ?? false;
  const confirmed = units.some((u) => u.state.confirmed === false) ? false : units.some((u) => u.state.confirmed === true) ? true : null;
  const quoted = [...branches, ...(trunk ? [trunk] : [])];
  const eventId = (quoted.find((u) => needsAck(u.state)) ?? quoted.find((u) => needsConfirm(u.state)) ?? trunk ?? headline).eventId;
  const state: AlarmState = {
    ...headline.state,
    id,
    active,
    acked: units.every((u) => u.state.acked),
    confirmed,
    returned: !active,
    activeSince: active ? trunk!.state.activeSince : null,
    branches: branches.filter((b) => needsAck(b.state) || needsConfirm(b.state)).length + (trunk?.state.branches ?? 0),
    time: Math.max(...units.map((u) => u.state.time)),
    firstTime: Math.min(...units.map((u) => u.state.firstTime)),
    ...(trunk ? { shelved: trunk.state.shelved, shelving: trunk.state.shelving, suppressed: trunk.state.suppressed, enabled: trunk.state.enabled } : {}),
  };
  return { state, eventId };
}

/** A journaled state written before a field existed gets the field's plain meaning. */
export function completeState(s: AlarmState): AlarmState {
  const partial = s as Partial<AlarmState> & AlarmState;
  return {
    ...s,
    conditionName: partial.conditionName ?? s.conditionType,
    returned: partial.returned ?? !s.active,
    branches: partial.branches ?? 0,
    shelving: partial.shelving ?? (s.shelved ? { kind: "timed", until: null } : null),
    firstTime: partial.firstTime ?? s.activeSince ?? s.time,
  };
}
