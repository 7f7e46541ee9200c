/**
 * Confirm (i=9113) and AddComment (i=9029): like Acknowledge, they quote the condition's latest
 * EventId, so a condition that moved on makes the server refuse (a conflict for a person).
 */
import { StatusCodes } from "node-opcua";
import { z } from "zod";
import type { AlarmId } from "../../../contract/api";
import { callConditionMethod } from "../alarms/condition-methods";
import { CoreError } from "../rpc/core-error";
import type { AlarmLookup } from "./acknowledge";
import { labelOf, quotedEventId, retainedAlarm } from "./alarm-target";
import { commentOnCurrentEvent } from "./current-event-id";
import type { ActionDefinition } from "./registry";
import { wordedDetail } from "../audit/worded-detail";

const payload = z.object({
  conditionId: z.string().min(1),
  alarmId: z.string().min(1),
  eventId: z.string().regex(/^[0-9a-f]+$/),
  comment: z.string(),
});
type QuotingPayload = z.infer<typeof payload>;
type QuotingArgs = { alarmId: AlarmId; comment: string };

export function confirmAction(alarms: AlarmLookup): ActionDefinition<QuotingArgs, QuotingPayload> {
  return {
    kind: "confirm",
    permission: "confirm",
    replayable: true,
    oncePerTarget: true,
    payload,
    prepare({ alarmId, comment }) {
      const alarm = retainedAlarm(alarms, alarmId);
      if (alarm.confirmed === null) throw new CoreError("bad-request", `Alarm "${labelOf(alarm)}" cannot be confirmed: its server has no Confirm`);
      if (alarm.confirmed) throw new CoreError("bad-request", `Alarm "${labelOf(alarm)}" is already confirmed`);
      if (!alarm.acked) throw new CoreError("bad-request", `Alarm "${labelOf(alarm)}" must be acknowledged before it is confirmed`);
      const eventId = quotedEventId(alarms, alarm, true);
      return { endpointId: alarm.endpointId, target: alarm.id, targetLabel: labelOf(alarm), comment, payload: { conditionId: alarm.conditionId, alarmId: alarm.id, eventId, comment } };
    },
    retryArgs: (p) => ({ alarmId: p.alarmId as AlarmId, comment: p.comment }),
    send: (session, p) => callConditionMethod(session, p.conditionId, "confirm", Buffer.from(p.eventId, "hex"), p.comment),
    conflicts: [StatusCodes.BadEventIdUnknown, StatusCodes.BadConditionBranchAlreadyConfirmed, StatusCodes.BadNodeIdUnknown],
    audit: (a) => wordedDetail("confirm", { target: a.targetLabel, comment: a.comment || null }, `Confirm "${a.targetLabel}"${a.comment ? ` — ${a.comment}` : ""}`),
  };
}

export function commentAction(alarms: AlarmLookup): ActionDefinition<QuotingArgs, QuotingPayload> {
  return {
    kind: "comment",
    permission: "comment",
    replayable: true,
    // Two different notes on one alarm are two actions, not one asked twice.
    oncePerTarget: false,
    payload,
    prepare({ alarmId, comment }) {
      const alarm = retainedAlarm(alarms, alarmId);
      const eventId = quotedEventId(alarms, alarm);
      return { endpointId: alarm.endpointId, target: alarm.id, targetLabel: labelOf(alarm), comment, payload: { conditionId: alarm.conditionId, alarmId: alarm.id, eventId, comment } };
    },
    retryArgs: (p) => ({ alarmId: p.alarmId as AlarmId, comment: p.comment }),
    // A comment is on the condition, not on one state of it: it quotes the condition's current
    // event (a note written offline reaches a server that restarted since); the stored one when
    // the server does not say.
    send: (session, p) => commentOnCurrentEvent(session, p.conditionId, Buffer.from(p.eventId, "hex"), p.comment),
    conflicts: [StatusCodes.BadEventIdUnknown, StatusCodes.BadNodeIdUnknown],
    audit: (a) => wordedDetail("comment", { target: a.targetLabel, comment: a.comment }, `Comment on "${a.targetLabel}": ${a.comment}`),
  };
}
