/**
 * "Show on map", asked in any window, reaches every window as the core's `focus` event: here the
 * asset becomes the selection (its values open in the value panel, its marker gets the halo) and
 * the map is asked to fly to it. The request is its own small store beside the room state, keyed
 * by the room store, so only the map re-renders for it and asking twice flies twice.
 */
import type { AssetId, ControlRoomApi } from "../../contract/api";
import type { RoomStore } from "./roomState";
import { adoptSelection } from "./selectionSync";
import { createStore, type Store } from "./store";

export interface FocusRequest {
  assetId: AssetId;
  /** The core's counter: a new number is a new request, even for the same asset. */
  seq: number;
}

const requests = new WeakMap<RoomStore, Store<FocusRequest | null>>();

/** The last focus request this window heard (null: none yet). */
export function focusRequests(store: RoomStore): Store<FocusRequest | null> {
  let r = requests.get(store);
  if (!r) {
    r = createStore<FocusRequest | null>(null);
    requests.set(store, r);
  }
  return r;
}

export function startFocusFeed(api: ControlRoomApi, store: RoomStore): () => void {
  return api.on("focus", ({ assetId, seq }) => {
    // An asset this window does not know yet (a discovery still on its way) has nowhere to fly to.
    if (!store.getState().assetsById.has(assetId)) return;
    // Every window hears the focus and selects it at once: nothing to share again.
    adoptSelection(store, { assetId, alarmId: store.getState().selectedAlarmId });
    focusRequests(store).update(() => ({ assetId, seq }));
  });
}
