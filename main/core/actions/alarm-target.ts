/**
 * What the alarm actions share: finding the alarm a request names, refusing in words when it
 * is gone, and the label the outbox and the audit show for it (server text).
 */
import type { AlarmId, AlarmState } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";
import type { AlarmLookup } from "./acknowledge";

export function retainedAlarm(alarms: AlarmLookup, alarmId: AlarmId): AlarmState {
  const alarm = alarms.get(alarmId);
  if (!alarm) throw new CoreError("not-found", `No retained alarm ${alarmId}`);
  return alarm;
}

/** The EventId a method that quotes one (Confirm, AddComment) must send now, as hex. */
export function quotedEventId(alarms: AlarmLookup, alarm: AlarmState, forConfirm = false): string {
  const eventId = forConfirm ? alarms.confirmEventIdOf(alarm.id) : alarms.eventIdOf(alarm.id);
  if (!eventId) throw new CoreError("not-found", `Alarm "${labelOf(alarm)}" has no event to answer yet`);
  return eventId.toString("hex");
}

export const labelOf = (alarm: AlarmState): string => `${alarm.sourceName}: ${alarm.message}`;
