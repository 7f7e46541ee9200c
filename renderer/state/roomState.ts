/**
 * The one state tree of a window: what the core told us, plus the operator's selection.
 * Collections are immutable Maps replaced on change, so selectors can compare by reference.
 */
import type { AlarmState, AssetInfo, EndpointStatus, SiteInfo, TagValue } from "../../preload/api";
import { createStore, type Store } from "./store";

export interface RoomState {
  phase: "loading" | "ready" | "failed";
  loadError: string | null;
  site: SiteInfo | null;
  assets: readonly AssetInfo[];
  assetsById: ReadonlyMap<string, AssetInfo>;
  connections: ReadonlyMap<string, EndpointStatus>;
  alarms: ReadonlyMap<string, AlarmState>;
  /** Only the tags this window subscribed to (the selected asset's). */
  values: ReadonlyMap<string, TagValue>;
  selectedAssetId: string | null;
  /** Acks the server accepted but whose resulting event has not arrived yet. */
  pendingAcks: ReadonlySet<string>;
}

export type RoomStore = Store<RoomState>;

export function createRoomStore(): RoomStore {
  return createStore<RoomState>({
    phase: "loading",
    loadError: null,
    site: null,
    assets: [],
    assetsById: new Map(),
    connections: new Map(),
    alarms: new Map(),
    values: new Map(),
    selectedAssetId: null,
    pendingAcks: new Set(),
  });
}

export function selectAsset(store: RoomStore, assetId: string | null): void {
  store.update((s) => (s.selectedAssetId === assetId ? s : { ...s, selectedAssetId: assetId }));
}
