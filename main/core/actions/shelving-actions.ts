/**
 * Shelving (Part 9 ShelvedStateMachine) and taking a condition out of service (Enable /
 * Disable). None quotes an EventId; the server refuses a shelve of a shelved condition, or an
 * unshelve of one that is not, which is a conflict: someone else got there first.
 */
import { StatusCodes } from "node-opcua";
import { z } from "zod";
import type { AlarmId } from "../../../contract/api";
import { callEnable, callShelving } from "../alarms/shelving-methods";
import { CoreError } from "../rpc/core-error";
import type { AlarmLookup } from "./acknowledge";
import { labelOf, retainedAlarm } from "./alarm-target";
import type { ActionDefinition } from "./registry";
import { wordedDetail } from "../audit/worded-detail";

const shelvePayload = z.object({
  conditionId: z.string().min(1),
  alarmId: z.string().min(1),
  kind: z.enum(["timed", "one-shot"]),
  durationMs: z.number().int().positive().optional(),
  reason: z.string(),
});
type ShelveArgs = { alarmId: AlarmId; kind: "timed" | "one-shot"; durationMs?: number; reason: string };

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;

export function shelveAction(alarms: AlarmLookup): ActionDefinition<ShelveArgs, z.infer<typeof shelvePayload>> {
  return {
    kind: "shelve",
    permission: "shelve",
    replayable: true,
    oncePerTarget: true,
    payload: shelvePayload,
    prepare({ alarmId, kind, durationMs, reason }) {
      const alarm = retainedAlarm(alarms, alarmId);
      if (alarm.shelved) throw new CoreError("bad-request", `Alarm "${labelOf(alarm)}" is already shelved`);
      return {
        endpointId: alarm.endpointId,
        target: alarm.id,
        targetLabel: labelOf(alarm),
        comment: reason,
        payload: { conditionId: alarm.conditionId, alarmId: alarm.id, kind, durationMs, reason },
      };
    },
    retryArgs: (p) => ({ alarmId: p.alarmId as AlarmId, kind: p.kind, durationMs: p.durationMs, reason: p.reason }),
    send: (session, p) => callShelving(session, p.conditionId, p.kind === "timed" ? "timedShelve" : "oneShotShelve", p.durationMs),
    conflicts: [StatusCodes.BadConditionAlreadyShelved, StatusCodes.BadNodeIdUnknown],
    audit: (a) =>
      a.payload.kind === "timed"
        ? wordedDetail(
            "shelve-timed",
            { target: a.targetLabel, minutes: Math.round((a.payload.durationMs ?? 0) / 60_000), reason: a.comment },
            `Shelve for ${minutes(a.payload.durationMs ?? 0)} "${a.targetLabel}" — ${a.comment}`,
          )
        : wordedDetail("shelve-one-shot", { target: a.targetLabel, reason: a.comment }, `Shelve until normal "${a.targetLabel}" — ${a.comment}`),
  };
}

const targetPayload = z.object({ conditionId: z.string().min(1), alarmId: z.string().min(1), reason: z.string() });

export function unshelveAction(alarms: AlarmLookup): ActionDefinition<{ alarmId: AlarmId }, z.infer<typeof targetPayload>> {
  return {
    kind: "unshelve",
    permission: "shelve",
    replayable: true,
    oncePerTarget: true,
    payload: targetPayload,
    prepare({ alarmId }) {
      const alarm = retainedAlarm(alarms, alarmId);
      if (!alarm.shelved) throw new CoreError("bad-request", `Alarm "${labelOf(alarm)}" is not shelved`);
      return { endpointId: alarm.endpointId, target: alarm.id, targetLabel: labelOf(alarm), comment: "", payload: { conditionId: alarm.conditionId, alarmId: alarm.id, reason: "" } };
    },
    retryArgs: (p) => ({ alarmId: p.alarmId as AlarmId }),
    send: (session, p) => callShelving(session, p.conditionId, "unshelve"),
    conflicts: [StatusCodes.BadConditionNotShelved, StatusCodes.BadNodeIdUnknown],
    audit: (a) => wordedDetail("unshelve", { target: a.targetLabel }, `Unshelve "${a.targetLabel}"`),
  };
}

type EnableArgs = { alarmId: AlarmId; reason: string };

/** Enable and Disable are two kinds (two audit verbs, two permissions checks) of one shape. */
export function enablementAction(alarms: AlarmLookup, enable: boolean): ActionDefinition<EnableArgs, z.infer<typeof targetPayload>> {
  return {
    kind: enable ? "enable" : "disable",
    permission: "enable",
    replayable: true,
    oncePerTarget: true,
    payload: targetPayload,
    prepare({ alarmId, reason }) {
      const alarm = retainedAlarm(alarms, alarmId);
      if (alarm.enabled === enable) throw new CoreError("bad-request", `Alarm "${labelOf(alarm)}" is already ${enable ? "in service" : "out of service"}`);
      return { endpointId: alarm.endpointId, target: alarm.id, targetLabel: labelOf(alarm), comment: reason, payload: { conditionId: alarm.conditionId, alarmId: alarm.id, reason } };
    },
    retryArgs: (p) => ({ alarmId: p.alarmId as AlarmId, reason: p.reason }),
    send: (session, p) => callEnable(session, p.conditionId, enable),
    conflicts: [enable ? StatusCodes.BadConditionAlreadyEnabled : StatusCodes.BadConditionAlreadyDisabled, StatusCodes.BadNodeIdUnknown],
    audit: (a) =>
      wordedDetail(enable ? "enable" : "disable", { target: a.targetLabel, comment: a.comment }, `${enable ? "Return to service" : "Take out of service"} "${a.targetLabel}" — ${a.comment}`),
  };
}
