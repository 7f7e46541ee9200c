/**
 * Connects one window to the core: loads the site, assets, connection states and alarm book,
 * then keeps them current from events. Components never call the API for data; they read the
 * store. Actions (acknowledge) go through here so the store knows what is in flight.
 */
import type { ActionResult, AlarmId, ControlRoomApi } from "../../contract/api";
import { startAlarmFeed } from "./alarmFeed";
import { messageOf } from "./errorMessage";
import type { RoomStore } from "./roomState";
import { startValueFeed } from "./valueFeed";

const PENDING_ACK_TIMEOUT_MS = 15_000;

export interface Session {
  acknowledge(alarmId: AlarmId, comment: string): Promise<ActionResult>;
  stop(): void;
}

export function startSession(api: ControlRoomApi, store: RoomStore, reportError: (message: string) => void): Session {
  const offConnection = api.on("connection", (status) => {
    store.update((s) => {
      const connections = new Map(s.connections);
      connections.set(status.endpointId, status);
      return { ...s, connections };
    });
  });
  // A first discovery (or a server's changed model) arrives after the window loaded.
  const offAssets = api.on("assets", (assets) => {
    store.update((s) => ({ ...s, assets, assetsById: new Map(assets.map((a) => [a.id, a])) }));
  });
  const alarmFeed = startAlarmFeed(api, store);
  const stopValues = startValueFeed(api, store, reportError);

  Promise.all([api.getSite({}), api.listAssets({}), api.getConnections({}), alarmFeed.ready])
    .then(([site, assets, connections]) => {
      store.update((s) => {
        // Events may have reported a newer state than the snapshot while it was on its way.
        const merged = new Map(connections.map((c) => [c.endpointId, c]));
        for (const [id, c] of s.connections) if ((merged.get(id)?.since ?? -Infinity) <= c.since) merged.set(id, c);
        return {
          ...s,
          phase: "ready",
          site,
          assets,
          assetsById: new Map(assets.map((a) => [a.id, a])),
          connections: merged,
        };
      });
    })
    .catch((e: unknown) => {
      store.update((s) => ({ ...s, phase: "failed", loadError: messageOf(e) }));
    });

  return {
    async acknowledge(alarmId, comment) {
      const timeWhenSent = store.getState().alarms.get(alarmId)?.time;
      const result = await api.acknowledgeAlarm({ alarmId, comment });
      // Only mark it in flight if the server's event has not already overtaken the answer.
      if (result.status !== "failed" && store.getState().alarms.get(alarmId)?.time === timeWhenSent) {
        store.update((s) => ({ ...s, pendingAcks: new Set(s.pendingAcks).add(alarmId) }));
        // If the server never reports back, give the operator the Ack button again.
        setTimeout(() => {
          store.update((s) => {
            if (!s.pendingAcks.has(alarmId)) return s;
            const pendingAcks = new Set(s.pendingAcks);
            pendingAcks.delete(alarmId);
            return { ...s, pendingAcks };
          });
        }, PENDING_ACK_TIMEOUT_MS);
      }
      return result;
    },
    stop() {
      offConnection();
      offAssets();
      alarmFeed.stop();
      stopValues();
    },
  };
}
