/**
 * Live values for what the window shows only: the selected asset's tags and, while the alarm
 * detail is open, its asset's. When either changes, tags no longer shown are unsubscribed and new
 * ones subscribed, so the core sends this window nothing it does not show.
 */
import type { AssetId, ControlRoomApi, TagId, TagValue } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";
import { createFrameBatcher } from "./frameBatcher";
import type { RoomState, RoomStore } from "./roomState";

export function startValueFeed(api: ControlRoomApi, store: RoomStore, onError: (key: Key, error: unknown) => void): () => void {
  let subscribed: TagId[] = [];
  let wanted = new Set<TagId>();
  let queued = new Map<TagId, TagValue>();
  /** Tags an event updated while shown: a subscribe answer arriving later is older for them. */
  const freshFromEvents = new Set<TagId>();

  const flush = () => {
    if (queued.size === 0) return;
    const batch = queued;
    queued = new Map();
    store.update((s) => {
      const values = new Map(s.values);
      for (const [id, v] of batch) if (wanted.has(id)) values.set(id, v);
      return { ...s, values };
    });
  };
  const schedule = createFrameBatcher(flush);

  const offValues = api.on("values", (batch) => {
    for (const v of batch) {
      if (!wanted.has(v.id)) continue;
      queued.set(v.id, v);
      freshFromEvents.add(v.id);
    }
    if (queued.size > 0) schedule();
  });

  const tagsOf = (s: RoomState): TagId[] => watchedAssets(s).flatMap((id) => s.assetsById.get(id)?.tags.map((t) => t.id) ?? []);

  let lastWatched = "";
  const follow = () => {
    const s = store.getState();
    lastWatched = watchedAssets(s).join("\n");
    const next = tagsOf(s);
    const previous = subscribed;
    subscribed = next;
    wanted = new Set(next);
    for (const id of freshFromEvents) if (!wanted.has(id)) freshFromEvents.delete(id);
    // Values of tags we no longer follow would silently stop updating: drop them. Kept tags keep
    // theirs (opening the detail of the selected asset's alarm changes nothing on screen).
    store.update((st) => ({ ...st, values: new Map([...st.values].filter(([id]) => wanted.has(id))) }));

    const kept = new Set(previous);
    const gone = previous.filter((id) => !wanted.has(id));
    const added = next.filter((id) => !kept.has(id));
    if (gone.length > 0) {
      api.unsubscribeTags({ tagIds: gone }).catch((e: unknown) => onError(tk("error.unsubscribeValues"), e));
    }
    if (added.length === 0) return;
    api
      .subscribeTags({ tagIds: added })
      .then((current) => {
        // The selection may have moved on meanwhile: only tags still shown, and not newer from an event.
        store.update((st) => {
          const values = new Map(st.values);
          for (const v of current) if (!freshFromEvents.has(v.id) && wanted.has(v.id)) values.set(v.id, v);
          return { ...st, values };
        });
      })
      .catch((e: unknown) => onError(tk("error.subscribeValues"), e));
  };

  const offStore = store.subscribe(() => {
    const s = store.getState();
    if (s.phase === "ready" && watchedAssets(s).join("\n") !== lastWatched) follow();
  });
  if (store.getState().phase === "ready") follow();

  return () => {
    offValues();
    offStore();
  };
}

/** The assets whose tags the window shows: the selected one, and the open alarm detail's (once each). */
export function watchedAssets(s: Pick<RoomState, "selectedAssetId" | "selectedAlarmId" | "alarms">): AssetId[] {
  const detail = s.selectedAlarmId ? (s.alarms.get(s.selectedAlarmId)?.assetId ?? null) : null;
  const out: AssetId[] = [];
  for (const id of [s.selectedAssetId, detail]) if (id && !out.includes(id)) out.push(id);
  return out;
}
