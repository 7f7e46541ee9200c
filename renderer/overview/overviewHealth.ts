/**
 * A service tile's health: its open alarms by priority (the operator's working set, as the
 * navbar counts them: shelved, suppressed and out-of-service alarms left out) with how many
 * await acknowledgement, and the state of the servers its assets come from.
 */
import type { AlarmState, AssetId, AssetInfo, ConnectionState, EndpointId, EndpointStatus, Priority } from "../../contract/api";
import { isUp, worstState } from "../connections/connectionView";

export interface PriorityHealth {
  /** Active now, or returned and still awaiting acknowledgement. */
  open: number;
  unacked: number;
}

export interface ServiceHealth {
  service: string;
  alarms: Record<Priority, PriorityHealth>;
  open: number;
  unacked: number;
  /** The service's servers (endpoints its assets come from). */
  endpoints: number;
  up: number;
  /** The worst state among them; null when the service has no server. */
  worst: ConnectionState | null;
}

const empty = (): Record<Priority, PriorityHealth> => ({
  critical: { open: 0, unacked: 0 },
  high: { open: 0, unacked: 0 },
  medium: { open: 0, unacked: 0 },
  low: { open: 0, unacked: 0 },
});

export function serviceHealth(
  services: readonly string[],
  assets: readonly AssetInfo[],
  assetsById: ReadonlyMap<AssetId, AssetInfo>,
  alarms: ReadonlyMap<string, AlarmState>,
  connections: ReadonlyMap<EndpointId, EndpointStatus>,
  /** Alarms of this district's assets only; null: the whole city. Servers serve the whole city either way. */
  district: string | null = null,
): Map<string, ServiceHealth> {
  const out = new Map<string, ServiceHealth>();
  for (const service of services) {
    const endpointIds = [...new Set(assets.filter((a) => a.service === service).map((a) => a.endpointId))];
    const statuses = endpointIds.map((id) => connections.get(id)).filter((s): s is EndpointStatus => s !== undefined);
    out.set(service, {
      service,
      alarms: empty(),
      open: 0,
      unacked: 0,
      endpoints: endpointIds.length,
      up: statuses.filter((s) => isUp(s.state)).length,
      // An endpoint the window has no status for yet counts as still connecting.
      worst: endpointIds.length === 0 ? null : statuses.length < endpointIds.length && worstState(statuses) === "connected" ? "connecting" : worstState(statuses),
    });
  }
  for (const a of alarms.values()) {
    if (a.shelved || a.suppressed || !a.enabled) continue;
    const asset = a.assetId ? assetsById.get(a.assetId) : undefined;
    if (district !== null && asset?.district !== district) continue;
    const h = asset ? out.get(asset.service) : undefined;
    if (!h) continue;
    if (!a.active && a.acked) continue;
    h.alarms[a.priority].open++;
    h.open++;
    if (!a.acked) {
      h.alarms[a.priority].unacked++;
      h.unacked++;
    }
  }
  return out;
}
