/**
 * Map markers (renderer/map/assetStates.ts): an asset shows the highest priority among its
 * active, unshelved, unsuppressed, enabled alarms and pulses while one of them is
 * unacknowledged; with no live connection behind its endpoint it keeps its last known state, marked not live.
 */
import { describe, expect, it } from "vitest";
import type { AlarmState, AssetInfo, ConnectionState, EndpointStatus, Priority } from "../../contract/api";
import { selectAssetMarkerStates } from "../../renderer/map/assetStates";
import { createRoomStore, type RoomStore } from "../../renderer/state/roomState";
import { alarmState, T0 } from "./fixtures/alarm-state";
import { A, E } from "./fixtures/ids";


function asset(id: string, endpointId = "nis"): AssetInfo {
  return { id: A(id), endpointId: E(endpointId), name: id, service: "water", type: "PumpingStation", district: "Medijana", lat: 43.32, lon: 21.9, tags: [] };
}

function connection(endpointId: string, state: ConnectionState): EndpointStatus {
  return { endpointId: E(endpointId), url: `opc.tcp://127.0.0.1:4841/${endpointId}`, state, error: null, since: T0 };
}

let n = 0;
function alarm(assetId: string, priority: Priority, over: Partial<AlarmState> = {}): AlarmState {
  const id = `water.${assetId}.Alarm${++n}`;
  return alarmState(id, { assetId: A(assetId), sourceName: assetId, conditionType: "OffNormalAlarmType", message: "alarm", confirmed: null, priority, ...over });
}

function room(assets: AssetInfo[], connections: EndpointStatus[], alarms: AlarmState[]): RoomStore {
  const store = createRoomStore();
  store.update((s) => ({
    ...s,
    phase: "ready",
    assets,
    assetsById: new Map(assets.map((a) => [a.id, a])),
    connections: new Map(connections.map((c) => [c.endpointId, c])),
    alarms: new Map(alarms.map((a) => [a.id, a])),
  }));
  return store;
}

const markers = (store: RoomStore) => selectAssetMarkerStates(store.getState());

describe("asset marker states", () => {
  it("colours an asset by the highest priority of its active alarms and pulses while one is unacknowledged", () => {
    const store = room(
      [asset("PS-MED-01"), asset("PS-PAL-01"), asset("RZ-MED-01")],
      [connection("nis", "connected")],
      [
        alarm("PS-MED-01", "low"),
        alarm("PS-MED-01", "high", { acked: true }),
        alarm("PS-MED-01", "medium"),
        alarm("PS-PAL-01", "critical", { acked: true, confirmed: false }),
      ],
    );
    const m = markers(store);
    expect(m.get(A("PS-MED-01"))).toEqual({ state: "alarm-high", live: true, unacked: true });
    expect(m.get(A("PS-PAL-01"))).toEqual({ state: "alarm-critical", live: true, unacked: false });
    expect(m.get(A("RZ-MED-01"))).toEqual({ state: "normal", live: true, unacked: false });
    expect(m.size).toBe(3);
  });

  it("ignores returned, shelved, suppressed and out-of-service alarms", () => {
    const store = room(
      [asset("PS-MED-01"), asset("PS-PAL-01")],
      [connection("nis", "connected")],
      [
        alarm("PS-MED-01", "critical", { active: false }),
        alarm("PS-MED-01", "critical", { shelved: true }),
        alarm("PS-MED-01", "high", { suppressed: true }),
        alarm("PS-MED-01", "high", { enabled: false }),
        alarm("PS-MED-01", "low", { acked: true }),
        alarm("PS-PAL-01", "critical", { shelved: true }),
      ],
    );
    const m = markers(store);
    // Only the acknowledged low alarm counts: low colour, no pulse from the hidden unacknowledged ones.
    expect(m.get(A("PS-MED-01"))).toEqual({ state: "alarm-low", live: true, unacked: false });
    expect(m.get(A("PS-PAL-01"))).toEqual({ state: "normal", live: true, unacked: false });
  });

  it("keeps the last known alarm picture of an asset whose endpoint is not live, marked not live; refreshing is live", () => {
    const store = room(
      [asset("PS-MED-01", "nis"), asset("TR-1", "backup"), asset("TR-2", "broken"), asset("TR-3", "unknown"), asset("TR-4", "starting"), asset("TR-5", "again")],
      [
        connection("nis", "connected"),
        connection("backup", "disconnected"),
        connection("broken", "error"),
        connection("starting", "connecting"),
        connection("again", "refreshing"),
      ],
      [alarm("PS-MED-01", "medium"), { ...alarm("TR-1", "critical"), endpointId: E("backup") }, { ...alarm("TR-2", "low", { acked: true }), endpointId: E("broken") }],
    );
    const m = markers(store);
    expect(m.get(A("PS-MED-01"))).toEqual({ state: "alarm-medium", live: true, unacked: true });
    // Offline: the critical alarm last seen unacknowledged is still critical and still ringed.
    expect(m.get(A("TR-1"))).toEqual({ state: "alarm-critical", live: false, unacked: true });
    expect(m.get(A("TR-2"))).toEqual({ state: "alarm-low", live: false, unacked: false });
    expect(m.get(A("TR-3"))).toEqual({ state: "normal", live: false, unacked: false });
    expect(m.get(A("TR-4"))).toEqual({ state: "normal", live: false, unacked: false });
    expect(m.get(A("TR-5"))).toEqual({ state: "normal", live: true, unacked: false });
  });

  it("follows the store: a reconnect makes it live, an acknowledgement stops the pulse, a return to normal clears the colour", () => {
    const pump = alarm("PS-MED-01", "critical");
    const store = room([asset("PS-MED-01")], [connection("nis", "disconnected")], [pump]);
    const first = markers(store);
    expect(first.get(A("PS-MED-01"))).toEqual({ state: "alarm-critical", live: false, unacked: true });
    // Unrelated change (selection): same result object, the map does not redraw.
    store.update((s) => ({ ...s, selectedAssetId: A("PS-MED-01") }));
    expect(markers(store)).toBe(first);

    store.update((s) => ({ ...s, connections: new Map([[E("nis"), connection("nis", "connected")]]) }));
    expect(markers(store).get(A("PS-MED-01"))).toEqual({ state: "alarm-critical", live: true, unacked: true });

    store.update((s) => ({ ...s, alarms: new Map([[pump.id, { ...pump, acked: true }]]) }));
    expect(markers(store).get(A("PS-MED-01"))).toEqual({ state: "alarm-critical", live: true, unacked: false });

    store.update((s) => ({ ...s, alarms: new Map([[pump.id, { ...pump, acked: true, active: false }]]) }));
    expect(markers(store).get(A("PS-MED-01"))).toEqual({ state: "normal", live: true, unacked: false });
  });

  it("ignores alarms without an asset and alarms of assets not on the map", () => {
    const store = room([asset("PS-MED-01")], [connection("nis", "connected")], [{ ...alarm("X", "critical"), assetId: null }, alarm("NOT-ON-MAP", "critical")]);
    const m = markers(store);
    expect([...m.keys()]).toEqual([A("PS-MED-01")]);
    expect(m.get(A("PS-MED-01"))).toEqual({ state: "normal", live: true, unacked: false });
  });
});
