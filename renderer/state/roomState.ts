/**
 * The one state tree of a window: what the core told us, plus the operator's selection.
 * Collections are immutable Maps replaced on change, so selectors can compare by reference.
 */
import type {
  AlarmId,
  AlarmState,
  AssetId,
  AssetInfo,
  CoreNotice,
  EndpointId,
  EndpointStatus,
  OutboxEntry,
  SessionInfo,
  SiteInfo,
  TagId,
  TagValue,
} from "../../contract/api";
import { createStore, type Store } from "./store";

export interface RoomState {
  phase: "loading" | "ready" | "failed";
  /** What stopped the load, as thrown: the screen words it in the chosen language. */
  loadError: unknown;
  site: SiteInfo | null;
  assets: readonly AssetInfo[];
  assetsById: ReadonlyMap<AssetId, AssetInfo>;
  connections: ReadonlyMap<EndpointId, EndpointStatus>;
  alarms: ReadonlyMap<AlarmId, AlarmState>;
  /** Only the tags this window subscribed to (the selected asset's). */
  values: ReadonlyMap<TagId, TagValue>;
  selectedAssetId: AssetId | null;
  /** The alarm the operator is looking at (the detail drawer shows it); null when none. */
  selectedAlarmId: AlarmId | null;
  /**
   * When the horn was last silenced on this window (ms since epoch, 0 never): alarms that became
   * unacknowledged before it stay quiet, a newer one sounds again.
   */
  hornSilencedAt: number;
  /** Acks the server accepted but whose resulting event has not arrived yet. */
  pendingAcks: ReadonlySet<AlarmId>;
  /** Outbox rows a person may still have to act on (pending, sending, conflict, failed), by id. */
  actions: ReadonlyMap<number, OutboxEntry>;
  /** Why the outbox could not be listed, as thrown; null when it was. */
  actionsError: unknown;
  /**
   * Who is signed in on this workstation and what they may do (every window follows the
   * `session` topic); null until the core has answered, which offers nothing.
   */
  sessionInfo: SessionInfo | null;
  /** What the core told this window since it opened (disk errors and the like), newest last. */
  coreNotices: readonly CoreNotice[];
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
    selectedAlarmId: null,
    hornSilencedAt: 0,
    pendingAcks: new Set(),
    actions: new Map(),
    actionsError: null,
    coreNotices: [],
    sessionInfo: null,
  });
}

export function selectAsset(store: RoomStore, assetId: AssetId | null): void {
  store.update((s) => (s.selectedAssetId === assetId ? s : { ...s, selectedAssetId: assetId }));
}

export function selectAlarm(store: RoomStore, alarmId: AlarmId | null): void {
  store.update((s) => (s.selectedAlarmId === alarmId ? s : { ...s, selectedAlarmId: alarmId }));
}

export function silenceHorn(store: RoomStore, now = Date.now()): void {
  store.update((s) => ({ ...s, hornSilencedAt: now }));
}
