/**
 * One asset's maintenance history as pages from the core: the newest page when opened (and again
 * after a note is written), older pages appended by "load older".
 */
import { useCallback, useEffect, useState } from "react";
import type { AssetId, MaintenanceEntry } from "../../contract/api";
import { useRoom } from "../state/RoomContext";

export interface MaintenanceHistoryState {
  entries: MaintenanceEntry[];
  next: number | null;
  loading: boolean;
  error: unknown;
  loadOlder: () => void;
  reload: () => void;
}

const PAGE = 50;

/** `version` changes when something was written: the newest page is asked for again. */
export function useMaintenanceHistory(assetId: AssetId | null, version = 0): MaintenanceHistoryState {
  const { api } = useRoom();
  const [entries, setEntries] = useState<MaintenanceEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!assetId) return;
    let live = true;
    setLoading(true);
    setError(null);
    api.maintenanceHistory({ assetId, limit: PAGE }).then(
      (page) => {
        if (!live) return;
        setEntries(page.entries);
        setNext(page.next);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [api, assetId, generation, version]);

  const loadOlder = useCallback(() => {
    if (!assetId || next === null || loading) return;
    setLoading(true);
    api.maintenanceHistory({ assetId, before: next, limit: PAGE }).then(
      (page) => {
        setEntries((old) => {
          const seen = new Set(old.map((e) => e.key));
          return [...old, ...page.entries.filter((e) => !seen.has(e.key))];
        });
        setNext(page.next);
        setLoading(false);
      },
      (e: unknown) => {
        setError(e);
        setLoading(false);
      },
    );
  }, [api, assetId, next, loading]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { entries, next, loading, error, loadOlder, reload };
}
