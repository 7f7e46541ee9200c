/**
 * Live values for the selected asset only: when the selection changes, the old asset's tags are
 * unsubscribed and the new one's subscribed, so the core sends this window nothing it does not show.
 */
import type { AssetId, ControlRoomApi, TagId, TagValue } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";
import { createFrameBatcher } from "./frameBatcher";
import type { RoomState, RoomStore } from "./roomState";

export function startValueFeed(api: ControlRoomApi, store: RoomStore, onError: (key: Key, error: unknown) => void): () => void {
  let subscribed: TagId[] = [];
  let wanted = new Set<TagId>();
  let queued = new Map<TagId, TagValue>();
  /** Tags an event updated since the current subscribe call went out: its answer is older for them. */
  let freshFromEvents = new Set<TagId>();

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

  const tagsOf = (s: RoomState): TagId[] =>
    (s.selectedAssetId ? s.assetsById.get(s.selectedAssetId)?.tags.map((t) => t.id) : undefined) ?? [];

  let lastSelection: AssetId | null | undefined;
  const follow = () => {
    const s = store.getState();
    lastSelection = s.selectedAssetId;
    const next = tagsOf(s);
    const previous = subscribed;
    subscribed = next;
    wanted = new Set(next);
    freshFromEvents = new Set();
    queued = new Map();
    // Values of tags we no longer follow would silently stop updating: drop them.
    store.update((st) => ({ ...st, values: new Map() }));

    if (previous.length > 0) {
      api.unsubscribeTags({ tagIds: previous }).catch((e: unknown) => onError(tk("error.unsubscribeValues"), e));
    }
    if (next.length === 0) return;
    const forTags = wanted;
    api
      .subscribeTags({ tagIds: next })
      .then((current) => {
        if (wanted !== forTags) return; // selection moved on meanwhile
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
    if (s.phase === "ready" && s.selectedAssetId !== lastSelection) follow();
  });
  if (store.getState().phase === "ready") follow();

  return () => {
    offValues();
    offStore();
  };
}
