/**
 * One selection across windows: an asset or alarm chosen in any window (a marker, a list row, the
 * banner) is shared through the core's `selection` topic, so the other windows follow: the map
 * flies to the asset, the trend window shows its tags, the detail window opens it. It goes through
 * the core rather than a BroadcastChannel so Electron windows and host-mode browsers on other PCs
 * follow alike.
 *
 * Nothing at the places that select needs to know: the room store is watched, and a change of
 * the selection that differs from what the windows last agreed is this person's choice and is
 * sent. Every window, the choosing one included, then takes the core's order as the truth, so two
 * windows choosing at once end on the same selection; only the echo of a choice this window has
 * since replaced is passed over (arrowing down a list must not jump back a row).
 */
import type { AlarmId, AssetId, ControlRoomApi, SharedSelection } from "../../contract/api";
import { focusRequests } from "./focusFeed";
import type { RoomState, RoomStore } from "./roomState";

export interface SelectionPair {
  assetId: AssetId | null;
  alarmId: AlarmId | null;
}

const agreed = new WeakMap<RoomStore, SelectionPair>();

const pairOf = (s: RoomState): SelectionPair => ({ assetId: s.selectedAssetId, alarmId: s.selectedAlarmId });
const same = (a: SelectionPair | undefined, b: SelectionPair) => !!a && a.assetId === b.assetId && a.alarmId === b.alarmId;

function setSelection(store: RoomStore, pair: SelectionPair): void {
  store.update((s) => (s.selectedAssetId === pair.assetId && s.selectedAlarmId === pair.alarmId ? s : { ...s, selectedAssetId: pair.assetId, selectedAlarmId: pair.alarmId }));
}

/**
 * A selection every window makes at the same moment on its own (the focus of "show on map"):
 * not a choice to share again, or each window would send it to all the others.
 */
export function adoptSelection(store: RoomStore, pair: SelectionPair): void {
  agreed.set(store, pair);
  setSelection(store, pair);
}

/** A random name for this window, so it knows its own choices when the core sends them back. */
export function windowOrigin(): string {
  return globalThis.crypto?.randomUUID?.() ?? `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** `openOnShared`: start on the selection the other windows share (the detail and trends windows). */
export function startSelectionSync(api: ControlRoomApi, store: RoomStore, origin: string = windowOrigin(), openOnShared = false): () => void {
  agreed.set(store, pairOf(store.getState()));
  let queued = false;
  // This window's latest choice sent: the echo of an earlier one must not flip the selection back.
  let lastSent: SelectionPair | null = null;

  // Coalesced to one call per task: choosing an alarm row selects the alarm and its asset in two steps.
  const send = () => {
    queued = false;
    const now = pairOf(store.getState());
    if (same(agreed.get(store), now)) return;
    agreed.set(store, now);
    lastSent = now;
    // A refusal (the alarm went away meanwhile) leaves the other windows on what they showed.
    api.select({ ...now, origin }).catch(() => undefined);
  };
  const offStore = store.subscribe(() => {
    if (queued || same(agreed.get(store), pairOf(store.getState()))) return;
    queued = true;
    queueMicrotask(send);
  });

  let heard = false;
  const adopt = (sel: SharedSelection) => {
    heard = true;
    const before = store.getState().selectedAssetId;
    const pair = { assetId: sel.assetId, alarmId: sel.alarmId };
    if (sel.origin === origin && lastSent && !same(lastSent, pair)) return;
    adoptSelection(store, pair);
    // The map follows a choice made elsewhere; the choosing window's map is where the person left it.
    if (sel.origin !== origin && sel.assetId && sel.assetId !== before && store.getState().assetsById.has(sel.assetId)) {
      focusRequests(store).update(() => ({ assetId: sel.assetId!, seq: sel.seq }));
    }
  };
  const offEvents = api.on("selection", adopt);
  // Such a window opened later starts on what the others show, unless a choice came or was made meanwhile.
  if (openOnShared) {
    api.getSelection({}).then(
      (sel) => {
        if (sel && !heard && !lastSent) adopt(sel);
      },
      () => undefined,
    );
  }
  return () => {
    offStore();
    offEvents();
  };
}
