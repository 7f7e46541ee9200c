/**
 * Asks the core for the KPIs of a range: for the chosen position and service together, then the
 * breakdowns a review reads beside them (each service in scope, and each position when none was
 * chosen). An answer a newer request replaced is dropped.
 */
import { useCallback, useRef, useState } from "react";
import type { AlarmKpis, ControlRoomApi, OperatorPosition } from "../../contract/api";

export interface KpiRequest {
  from: number;
  to: number;
  /** null: every service in scope, with a per-service breakdown. */
  service: string | null;
  /** null: the whole control room, with a per-position breakdown when the site has positions. */
  position: string | null;
}

export interface KpiResult {
  status: "idle" | "loading" | "ready" | "failed";
  request: KpiRequest | null;
  kpis: AlarmKpis | null;
  /** Per service in scope, in the site's order; empty when one service was asked for. */
  byService: { service: string; kpis: AlarmKpis }[];
  /** Per position, in the site's order; empty when one position was asked for. */
  byPosition: { position: OperatorPosition; kpis: AlarmKpis }[];
  error: unknown;
}

const IDLE: KpiResult = { status: "idle", request: null, kpis: null, byService: [], byPosition: [], error: null };

/** The services a request covers: the position's, or the site's. */
export function servicesInScope(request: Pick<KpiRequest, "position">, services: readonly string[], positions: readonly OperatorPosition[]): readonly string[] {
  const position = request.position === null ? undefined : positions.find((p) => p.id === request.position);
  return position ? services.filter((s) => position.services.includes(s)) : services;
}

export function useKpis(api: Pick<ControlRoomApi, "alarmKpis">, services: readonly string[], positions: readonly OperatorPosition[]) {
  const [result, setResult] = useState<KpiResult>(IDLE);
  const generation = useRef(0);

  const load = useCallback(
    async (request: KpiRequest) => {
      const mine = ++generation.current;
      setResult((r) => ({ ...r, status: "loading", request, error: null }));
      const range = { from: request.from, to: request.to };
      const at = request.position === null ? {} : { position: request.position };
      const eachService = request.service === null ? servicesInScope(request, services, positions) : [];
      const eachPosition = request.position === null ? positions : [];
      try {
        const [kpis, ...rest] = await Promise.all([
          api.alarmKpis({ ...range, ...at, ...(request.service === null ? {} : { service: request.service }) }),
          ...eachService.map((service) => api.alarmKpis({ ...range, ...at, service })),
          ...eachPosition.map((p) => api.alarmKpis({ ...range, position: p.id })),
        ]);
        const byService = eachService.map((service, i) => ({ service, kpis: rest[i]! }));
        const byPosition = eachPosition.map((position, i) => ({ position, kpis: rest[eachService.length + i]! }));
        if (mine === generation.current) setResult({ status: "ready", request, kpis: kpis!, byService, byPosition, error: null });
      } catch (error) {
        if (mine === generation.current) setResult({ ...IDLE, status: "failed", request, error });
      }
    },
    [api, services, positions],
  );

  return { result, load };
}
