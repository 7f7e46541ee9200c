/**
 * The address-space tree of one endpoint, browsed as branches open: a page at a time, the next
 * page on "load more" (the server's continuation point). Switching the endpoint starts afresh,
 * and an answer that arrives for the endpoint left behind is dropped.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ControlRoomApi, EndpointId } from "../../contract/api";
import { EMPTY_TREE, ROOT_KEY, loadFailed, needsBrowse, nodeOfKey, pageLoaded, setOpen, startLoading, type TreeState } from "./addressTree";

export interface AddressTree {
  state: TreeState;
  toggle(key: string, open: boolean): void;
  loadMore(key: string): void;
  /** Browses a branch again from its first page (after an error, or to see changes). */
  reload(key: string): void;
}

export function useAddressTree(api: ControlRoomApi, endpointId: EndpointId | null): AddressTree {
  const [state, setState] = useState<TreeState>(EMPTY_TREE);
  const current = useRef({ endpointId, state });
  current.current = { endpointId, state };

  const browse = useCallback(
    async (key: string, more: boolean) => {
      if (!endpointId) return;
      const continuation = more ? (current.current.state.branches.get(key)?.continuation ?? undefined) : undefined;
      if (more && !continuation) return;
      setState((s) => startLoading(s, key));
      try {
        const page = await api.browseNode({ endpointId, nodeId: nodeOfKey(key), ...(continuation ? { continuation } : {}) });
        if (current.current.endpointId === endpointId) setState((s) => pageLoaded(s, key, page, more));
      } catch (e) {
        if (current.current.endpointId === endpointId) setState((s) => loadFailed(s, key, e));
      }
    },
    [api, endpointId],
  );

  useEffect(() => {
    setState(EMPTY_TREE);
    void browse(ROOT_KEY, false);
  }, [browse]);

  const toggle = useCallback(
    (key: string, open: boolean) => {
      setState((s) => setOpen(s, key, open));
      if (open && needsBrowse(current.current.state, key)) void browse(key, false);
    },
    [browse],
  );
  const loadMore = useCallback((key: string) => void browse(key, true), [browse]);
  const reload = useCallback((key: string) => void browse(key, false), [browse]);
  return { state, toggle, loadMore, reload };
}
