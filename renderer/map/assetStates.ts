/**
 * What each marker shows. An asset is stale when no live connection backs its endpoint: its
 * alarm state may be outdated, so stale wins over alarm colours. Otherwise the highest priority
 * among its active, unshelved, unsuppressed alarms colours it; any of those still unacknowledged
 * makes it blink (one shared blink of the map, see CityMap).
 */
import type { AlarmState, AssetId } from "../../contract/api";
import { PRIORITY_RANK } from "../alarms/priority";
import type { RoomState } from "../state/roomState";
import { memoSelector } from "../state/store";

export type MarkerState = "normal" | "alarm-low" | "alarm-medium" | "alarm-high" | "alarm-critical" | "stale";

export interface AssetMarkerState {
  state: MarkerState;
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
      const live = connections.get(asset.endpointId)?.state === "connected";
      const alarm = worst.get(asset.id);
      const state: MarkerState = !live ? "stale" : alarm ? `alarm-${alarm.priority}` : "normal";
      result.set(asset.id, { state, unacked: live && unacked.has(asset.id) });
    }
    return result;
  },
);
