/**
 * Acknowledge (Part 9, i=9111): the person confirms they saw the alarm. The EventId quoted is
 * the latest the core received for that condition (or branch).
 *
 * BadEventIdUnknown does not always mean the condition moved on: a server may give every
 * retained condition a new EventId whenever any client calls ConditionRefresh, and tell only
 * that client; and a node-opcua server with a method-call interceptor may run a call on another
 * call's condition when two are in flight on one session (main/simulator/call-context.ts). So on
 * BadEventIdUnknown the core asks the server for its conditions again (AlarmLookup.resync) and,
 * when the alarm is still what the person saw (still unacknowledged, active or returned as it
 * was, the same first activation), acknowledges it once more by itself with the EventId the
 * server gives now, the same one or a new one. Anything else stays a conflict for a person.
 */
import { StatusCodes } from "node-opcua";
import { z } from "zod";
import type { AlarmId, AlarmState, EndpointId } from "../../../contract/api";
import { callConditionMethod } from "../alarms/condition-methods";
import { CoreError } from "../rpc/core-error";
import type { ActionDefinition } from "./registry";
import { wordedDetail } from "../audit/worded-detail";

export interface AlarmLookup {
  get(id: AlarmId): AlarmState | undefined;
  eventIdOf(id: AlarmId): Buffer | undefined;
  /** The EventId a Confirm must quote (the branch awaiting confirmation); undefined when none does. */
  confirmEventIdOf(id: AlarmId): Buffer | undefined;
  /** Asks the endpoint's server for its conditions again and waits until the book has them; absent where it cannot. */
  resync?(endpointId: EndpointId): Promise<void>;
}

const payload = z.object({
  conditionId: z.string().min(1),
  alarmId: z.string().min(1),
  eventId: z.string().regex(/^[0-9a-f]+$/),
  comment: z.string(),
  /** What the person saw when they asked (absent in rows stored before it was kept). */
  seen: z.object({ endpointId: z.string(), active: z.boolean(), firstTime: z.number() }).optional(),
});
export type AcknowledgePayload = z.infer<typeof payload>;

/** How often an unchanged alarm is acknowledged again after BadEventIdUnknown. */
const REQUOTES = 3;

/** Runs work one at a time per key. */
class Queues {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const turn = (this.tails.get(key) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.tails.set(key, turn);
    void turn.finally(() => {
      if (this.tails.get(key) === turn) this.tails.delete(key);
    }).catch(() => undefined);
    return turn;
  }
}

export function acknowledgeAction(alarms: AlarmLookup): ActionDefinition<{ alarmId: AlarmId; comment: string }, AcknowledgePayload> {
  const requoting = new Queues();
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
        payload: {
          conditionId: alarm.conditionId,
          alarmId: alarm.id,
          eventId: eventId.toString("hex"),
          comment,
          seen: { endpointId: alarm.endpointId, active: alarm.active, firstTime: alarm.firstTime },
        },
      };
    },
    retryArgs: (p) => ({ alarmId: p.alarmId as AlarmId, comment: p.comment }),
    async send(session, p) {
      let status = await callConditionMethod(session, p.conditionId, "acknowledge", Buffer.from(p.eventId, "hex"), p.comment);
      const seen = p.seen;
      for (let attempt = 1; attempt <= REQUOTES && status === StatusCodes.BadEventIdUnknown && seen && alarms.resync; attempt++) {
        await alarms.resync(seen.endpointId as EndpointId);
        const now = alarms.get(p.alarmId as AlarmId);
        const eventId = alarms.eventIdOf(p.alarmId as AlarmId);
        if (!now || now.acked || now.active !== seen.active || now.firstTime !== seen.firstTime || !eventId) return status;
        // One re-quote at a time per endpoint: re-quotes sent together would meet the same defect.
        status = await requoting.run(seen.endpointId, () => callConditionMethod(session, p.conditionId, "acknowledge", eventId, p.comment));
      }
      return status;
    },
    // The condition moved on (new EventId), someone acknowledged it first, or the server no
    // longer has it (restarted, reconfigured): in each case a person must look again.
    conflicts: [StatusCodes.BadEventIdUnknown, StatusCodes.BadConditionBranchAlreadyAcked, StatusCodes.BadNodeIdUnknown],
    audit: (a) => wordedDetail("acknowledge", { target: a.targetLabel, comment: a.comment || null }, `Acknowledge "${a.targetLabel}"${a.comment ? ` — ${a.comment}` : ""}`),
  };
}
