/**
 * Reads the overview's figures from the core when the view opens and every REFRESH_MS after,
 * so the figures follow the city without a button; a failed read keeps the last figures shown
 * and says what went wrong.
 */
import { useEffect, useState } from "react";
import type { CityOverview, ControlRoomApi } from "../../contract/api";

export const REFRESH_MS = 10_000;

export interface OverviewResult {
  overview: CityOverview | null;
  error: unknown;
}

export function useOverview(api: Pick<ControlRoomApi, "readOverview">): OverviewResult {
  const [result, setResult] = useState<OverviewResult>({ overview: null, error: null });
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = async () => {
      try {
        const overview = await api.readOverview({});
        if (alive) setResult({ overview, error: null });
      } catch (error) {
        if (alive) setResult((r) => ({ ...r, error }));
      }
      if (alive) timer = setTimeout(() => void read(), REFRESH_MS);
    };
    void read();
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
  }, [api]);
  return result;
}
