/**
 * Keeps the store's alarm map equal to the core's alarm book: a snapshot from listAlarms, then
 * `alarms` deltas. Deltas that arrive while the snapshot is on its way are replayed on top of it,
 * so an event racing the snapshot is neither lost nor undone.
 */
import type { AlarmDelta, AlarmId, ControlRoomApi } from "../../contract/api";
import { createFrameBatcher } from "./frameBatcher";

const ALARM_UPDATE_SPACING_MS = 125;
import type { RoomStore } from "./roomState";

export function startAlarmFeed(api: ControlRoomApi, store: RoomStore): { ready: Promise<void>; stop: () => void } {
  let queued: AlarmDelta[] = [];
  let haveSnapshot = false;

  const flush = () => {
    if (!haveSnapshot || queued.length === 0) return;
    const deltas = queued;
    queued = [];
    store.update((s) => {
      const alarms = new Map(s.alarms);
      let pendingAcks = s.pendingAcks;
      for (const delta of deltas) {
        for (const alarm of delta.upserts) {
          alarms.set(alarm.id, alarm);
          // The server has spoken about this alarm: whatever it now says is the truth.
          if (pendingAcks.has(alarm.id)) {
            pendingAcks = new Set(pendingAcks);
            (pendingAcks as Set<AlarmId>).delete(alarm.id);
          }
        }
        for (const id of delta.removed) alarms.delete(id);
      }
      return { ...s, alarms, pendingAcks };
    });
  };
  // At most about eight updates a second: a flood's deltas fold into each (issue #9's map and flood benches).
  const schedule = createFrameBatcher(flush, 200, ALARM_UPDATE_SPACING_MS);

  const off = api.on("alarms", (delta) => {
    queued.push(delta);
    schedule();
  });

  const ready = api.listAlarms({}).then((snapshot) => {
    store.update((s) => ({ ...s, alarms: new Map(snapshot.map((a) => [a.id, a])) }));
    haveSnapshot = true;
    flush();
  });

  return { ready, stop: off };
}
