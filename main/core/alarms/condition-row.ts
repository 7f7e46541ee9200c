/**
 * How one condition reads as a row (ISA-18.2): its current state (the trunk) folded with the
 * open branches that still need a person. Pure: the alarm book keeps the state, this reads it.
 */
import { tagId, type AlarmState, type AssetId, type EndpointId } from "../../../contract/api";
import { needsAck, needsConfirm, trunkOpen, type Branch, type Condition } from "./condition-branches";
import { priorityOf } from "./priority";

/** Open branches, oldest first (the retained trunk is not one of them). */
export function openBranches(c: Condition): Branch[] {
  return [...c.branches.values()].sort((a, b) => a.seq - b.seq);
}

/** The row the condition shows now, or null when nothing of it is open any more. */
export function rowOf(c: Condition, assetOfSource: (endpointId: EndpointId, sourceNode: string) => AssetId | null): AlarmState | null {
  if (c.restored) return c.restored.state;
  const open = openBranches(c);
  const trunk = c.trunk;
  const units = trunk && (trunkOpen(trunk) || !c.facts.enabled) ? [...open, trunk] : open;
  if (units.length === 0) return null;
  const active = trunk?.active ?? false;
  // What the row says: the current state while active (or alone), else the latest activation awaiting a person.
  const headline = trunk && (trunk.active || open.length === 0) ? trunk : open.at(-1)!;
  const confirmed = units.some((u) => u.confirmed === false) ? false : units.some((u) => u.confirmed === true) ? true : null;
  const firstTime = Math.min(...units.map((u) => u.activeSince ?? u.time));
  return {
    id: c.id,
    endpointId: c.endpointId,
    conditionId: c.conditionId,
    assetId: assetOfSource(c.endpointId, c.facts.sourceNode),
    sourceName: c.facts.sourceName,
    conditionType: c.facts.conditionName,
    conditionName: c.facts.conditionName,
    message: headline.message,
    severity: headline.severity,
    priority: priorityOf(headline.severity),
    active,
    acked: units.every((u) => u.acked),
    confirmed,
    shelved: c.facts.shelved,
    shelving: c.facts.shelving,
    suppressed: c.facts.suppressed,
    enabled: c.facts.enabled,
    retain: true,
    returned: !active,
    branches: open.filter((b) => needsAck(b) || needsConfirm(b)).length,
    time: c.time,
    activeSince: active ? (trunk?.activeSince ?? trunk?.time ?? null) : null,
    firstTime,
    lastComment: c.lastComment,
    lastCommentUser: c.lastCommentUser,
    inputTagId: c.facts.inputNode ? tagId(c.endpointId, c.facts.inputNode) : null,
    limits: c.facts.limits,
  };
}
