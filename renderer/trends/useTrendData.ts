/**
 * The pens' history for the range, from the core's historian (filled from the servers' history
 * where the workstation was not recording). Live: the range ends now and is read again every few
 * seconds (the historian writes once a second), so the right edge moves on its own.
 */
import { useEffect, useRef, useState } from "react";
import type { ControlRoomApi, HistoryValues, TagId } from "../../contract/api";

export const LIVE_REFRESH_MS = 5000;
/** About one point per pixel of a wide chart. */
const MAX_POINTS = 2000;

export interface TrendRange {
  from: number;
  to: number;
  live: boolean;
}

export interface TrendData {
  answers: Map<TagId, HistoryValues>;
  /** The range the answers are for (live: it moves with each read). */
  window: { from: number; to: number };
  loading: boolean;
  error: unknown;
}

export function useTrendData(api: Pick<ControlRoomApi, "readHistory">, pens: readonly TagId[], range: TrendRange): TrendData {
  const [data, setData] = useState<TrendData>({ answers: new Map(), window: { from: range.from, to: range.to }, loading: false, error: null });
  const generation = useRef(0);
  const key = pens.join("\n");

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const span = range.to - range.from;
    const load = async () => {
      const mine = ++generation.current;
      const to = range.live ? Date.now() : range.to;
      const from = range.live ? to - span : range.from;
      setData((d) => ({ ...d, loading: true }));
      try {
        const list = await Promise.all(pens.map((tagId) => api.readHistory({ tagId, from, to, resolution: "auto", maxPoints: MAX_POINTS })));
        if (!stopped && mine === generation.current) setData({ answers: new Map(list.map((a) => [a.tagId, a])), window: { from, to }, loading: false, error: null });
      } catch (error) {
        if (!stopped && mine === generation.current) setData((d) => ({ ...d, loading: false, error }));
      }
      if (!stopped && range.live) timer = setTimeout(() => void load(), LIVE_REFRESH_MS);
    };
    if (pens.length > 0) void load();
    else setData({ answers: new Map(), window: { from: range.from, to: range.to }, loading: false, error: null });
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
    // The pens by their ids: a new array with the same pens reads nothing again.
  }, [api, key, range.from, range.to, range.live]);

  return data;
}
