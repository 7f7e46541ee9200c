/**
 * What each marker shows: the highest priority among its active, unshelved, unsuppressed alarms
 * colours it; any of those still unacknowledged rings it, and blinks it while live (one shared
 * blink of the map, see CityMap). Without a live connection behind its endpoint the marker keeps
 * its last known colour and ring, marked not live (dimmed, dashed), and does not blink: the last
 * alarm picture of the city stays readable offline, never erased to grey.
 */
import type { AlarmState, AssetId } from "../../contract/api";
import { PRIORITY_RANK } from "../alarms/priority";
import { isUp } from "../connections/connectionView";
import type { RoomState } from "../state/roomState";
import { memoSelector } from "../state/store";

export type MarkerState = "normal" | "alarm-low" | "alarm-medium" | "alarm-high" | "alarm-critical";

export interface AssetMarkerState {
  /** As last known: live, or last seen before the connection was lost. */
  state: MarkerState;
  /** A connection (connected, or refreshing its alarms) backs the asset's endpoint now. */
  live: boolean;
  unacked: boolean;
}

function counts(a: AlarmState): boolean {
  return a.active && a.enabled && !a.shelved && !a.suppressed;
}

export const selectAssetMarkerStates = memoSelector(
  (s: RoomState) => [s.assets, s.alarms, s.connections],
  (assets, alarms, connections): ReadonlyMap<AssetId, AssetMarkerState> => {
    const worst = new Map<AssetId, AlarmState>();
    const unacked = new Set<AssetId>();
    for (const a of alarms.values()) {
      if (!a.assetId || !counts(a)) continue;
      const current = worst.get(a.assetId);
      if (!current || PRIORITY_RANK[a.priority] < PRIORITY_RANK[current.priority]) worst.set(a.assetId, a);
      if (!a.acked) unacked.add(a.assetId);
    }
    const result = new Map<AssetId, AssetMarkerState>();
    for (const asset of assets) {
      const status = connections.get(asset.endpointId);
      const alarm = worst.get(asset.id);
      result.set(asset.id, { state: alarm ? `alarm-${alarm.priority}` : "normal", live: status !== undefined && isUp(status.state), unacked: unacked.has(asset.id) });
    }
    return result;
  },
);
