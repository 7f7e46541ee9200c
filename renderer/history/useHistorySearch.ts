/**
 * The history screen's search: the first page of a query, then older pages on request with the
 * core's cursor. An answer to a search that a newer one replaced is dropped, so a slow first
 * search can never overwrite a quick second one.
 */
import { useCallback, useRef, useState } from "react";
import type { AlarmHistoryRow, ControlRoomApi } from "../../contract/api";
import type { HistoryQuery } from "./historyQuery";

/** Rows per page: a screenful many times over, small enough to arrive at once. */
export const HISTORY_PAGE = 500;

export interface HistorySearch {
  status: "idle" | "loading" | "ready" | "failed";
  /** The query these rows answer (the export repeats it). */
  query: HistoryQuery | null;
  rows: AlarmHistoryRow[];
  next: string | null;
  loadingOlder: boolean;
  /** What failed, as thrown: the screen words it in the chosen language. */
  error: unknown;
}

const IDLE: HistorySearch = { status: "idle", query: null, rows: [], next: null, loadingOlder: false, error: null };

export function useHistorySearch(api: Pick<ControlRoomApi, "searchAlarmHistory">) {
  const [state, setState] = useState<HistorySearch>(IDLE);
  const generation = useRef(0);

  const search = useCallback(
    async (query: HistoryQuery) => {
      const mine = ++generation.current;
      setState({ ...IDLE, status: "loading", query });
      try {
        const page = await api.searchAlarmHistory({ ...query, limit: HISTORY_PAGE });
        if (mine === generation.current) setState({ ...IDLE, status: "ready", query, rows: page.rows, next: page.next });
      } catch (error) {
        if (mine === generation.current) setState({ ...IDLE, status: "failed", query, error });
      }
    },
    [api],
  );

  const loadOlder = useCallback(async () => {
    const { query, next, loadingOlder } = state;
    if (!query || !next || loadingOlder) return;
    const mine = generation.current;
    setState((s) => ({ ...s, loadingOlder: true }));
    try {
      const page = await api.searchAlarmHistory({ ...query, limit: HISTORY_PAGE, cursor: next });
      if (mine === generation.current) setState((s) => ({ ...s, rows: [...s.rows, ...page.rows], next: page.next, loadingOlder: false }));
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ ...s, loadingOlder: false, status: "failed", error }));
    }
  }, [api, state]);

  return { state, search, loadOlder };
}
