/**
 * Asks the core for the KPIs of a range: for the chosen service, or for all of them together
 * and then each service on its own for the breakdown. An answer a newer request replaced is dropped.
 */
import { useCallback, useRef, useState } from "react";
import type { AlarmKpis, ControlRoomApi } from "../../contract/api";

export interface KpiRequest {
  from: number;
  to: number;
  /** null: every service, with a per-service breakdown. */
  service: string | null;
}

export interface KpiResult {
  status: "idle" | "loading" | "ready" | "failed";
  request: KpiRequest | null;
  kpis: AlarmKpis | null;
  /** Per service, in the site's order; empty when one service was asked for. */
  byService: { service: string; kpis: AlarmKpis }[];
  error: unknown;
}

const IDLE: KpiResult = { status: "idle", request: null, kpis: null, byService: [], error: null };

export function useKpis(api: Pick<ControlRoomApi, "alarmKpis">, services: readonly string[]) {
  const [result, setResult] = useState<KpiResult>(IDLE);
  const generation = useRef(0);

  const load = useCallback(
    async (request: KpiRequest) => {
      const mine = ++generation.current;
      setResult((r) => ({ ...r, status: "loading", request, error: null }));
      const range = { from: request.from, to: request.to };
      try {
        const [kpis, ...each] = await Promise.all([
          api.alarmKpis(request.service ? { ...range, service: request.service } : range),
          ...(request.service ? [] : services.map((service) => api.alarmKpis({ ...range, service }))),
        ]);
        const byService = request.service ? [] : services.map((service, i) => ({ service, kpis: each[i]! }));
        if (mine === generation.current) setResult({ status: "ready", request, kpis: kpis!, byService, error: null });
      } catch (error) {
        if (mine === generation.current) setResult({ ...IDLE, status: "failed", request, error });
      }
    },
    [api, services],
  );

  return { result, load };
}
