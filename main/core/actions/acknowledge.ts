/**
 * Acknowledge (Part 9, i=9111): the person confirms they saw the alarm. The EventId quoted is
 * the latest the core received for that condition (or branch); if the condition moved on by
 * the time the call lands, the server answers BadEventIdUnknown and the row is a conflict.
 */
import { StatusCodes } from "node-opcua";
import { z } from "zod";
import type { AlarmId, AlarmState } from "../../../contract/api";
import { callConditionMethod } from "../alarms/condition-methods";
import { CoreError } from "../rpc/core-error";
import type { ActionDefinition } from "./registry";

export interface AlarmLookup {
  get(id: AlarmId): AlarmState | undefined;
  eventIdOf(id: AlarmId): Buffer | undefined;
  /** The EventId a Confirm must quote (the branch awaiting confirmation); undefined when none does. */
  confirmEventIdOf(id: AlarmId): Buffer | undefined;
}

const payload = z.object({
  conditionId: z.string().min(1),
  alarmId: z.string().min(1),
  eventId: z.string().regex(/^[0-9a-f]+$/),
  comment: z.string(),
});
export type AcknowledgePayload = z.infer<typeof payload>;

export function acknowledgeAction(alarms: AlarmLookup): ActionDefinition<{ alarmId: AlarmId; comment: string }, AcknowledgePayload> {
  return {
    kind: "acknowledge",
    permission: "acknowledge",
    replayable: true,
    oncePerTarget: true,
    payload,
    prepare({ alarmId, comment }) {
      const alarm = alarms.get(alarmId);
      const eventId = alarms.eventIdOf(alarmId);
      if (!alarm || !eventId) throw new CoreError("not-found", `No retained alarm ${alarmId}`);
      // The row folds the condition's branches: acked only when neither the condition nor any
      // open branch awaits acknowledgement, and eventIdOf names the one that does.
      if (alarm.acked) throw new CoreError("bad-request", `Alarm "${alarm.sourceName}: ${alarm.message}" is already acknowledged: nothing of it awaits acknowledgement`);
      return {
        endpointId: alarm.endpointId,
        target: alarm.id,
        targetLabel: `${alarm.sourceName}: ${alarm.message}`,
        comment,
        payload: { conditionId: alarm.conditionId, alarmId: alarm.id, eventId: eventId.toString("hex"), comment },
      };
    },
    retryArgs: (p) => ({ alarmId: p.alarmId as AlarmId, comment: p.comment }),
    send: (session, p) => callConditionMethod(session, p.conditionId, "acknowledge", Buffer.from(p.eventId, "hex"), p.comment),
    // The condition moved on (new EventId), someone acknowledged it first, or the server no
    // longer has it (restarted, reconfigured): in each case a person must look again.
    conflicts: [StatusCodes.BadEventIdUnknown, StatusCodes.BadConditionBranchAlreadyAcked, StatusCodes.BadNodeIdUnknown],
    audit: (a) => `Acknowledge "${a.targetLabel}"${a.comment ? ` — ${a.comment}` : ""}`,
  };
}
