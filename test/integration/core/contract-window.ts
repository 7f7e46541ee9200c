/**
 * A window on the core as the renderer is one: every event it is pushed, by topic, and calls
 * that resolve with the result or throw `code: message` as the renderer's client would.
 */
import type { AlarmState, CoreToWindowMessage, EventPayloads, TopicName, WindowRole } from "../../../contract/api";
import type { ControlRoomService } from "../../../main/core/composition/control-room";

export function openWindow(service: ControlRoomService, role: WindowRole = "operator") {
  const events: { [T in TopicName]: EventPayloads[T][] } = { values: [], alarms: [], connection: [], assets: [], actions: [], notice: [], session: [], focus: [], selection: [], offline: [] };
  const results = new Map<number, CoreToWindowMessage>();
  let next = 1;
  const link = service.connectWindow((m) => {
    if (m.kind === "event") (events[m.topic] as unknown[]).push(m.payload);
    else results.set(m.id, m);
  }, role);
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const id = next++;
    await link.handle({ kind: "call", id, method, args });
    const r = results.get(id)!;
    if (r.kind === "error") throw new Error(`${r.error.code}: ${r.error.message}`);
    return (r as { result: T }).result;
  };
  /** Every alarm state pushed, oldest first. */
  const alarmStates = (): AlarmState[] => events.alarms.flatMap((d) => d.upserts);
  /** The window's current picture of each alarm, as the renderer keeps it. */
  const alarmRows = (): Map<string, AlarmState> => {
    const rows = new Map<string, AlarmState>();
    for (const d of events.alarms) {
      for (const a of d.upserts) rows.set(a.id, a);
      for (const id of d.removed) rows.delete(id);
    }
    return rows;
  };
  return { link, events, call, alarmStates, alarmRows };
}
