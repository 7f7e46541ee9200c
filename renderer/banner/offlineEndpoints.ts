/**
 * Which endpoints the offline line names: those a person should know are not live, so that what
 * the screen shows of them is the last known state. An endpoint making its first connection at
 * start is not offline yet (the line would flash on every start); one that failed, lost its
 * link, or is retrying after having been connected is.
 */
import type { EndpointId, EndpointStatus } from "../../contract/api";
import { isUp } from "../connections/connectionView";

export interface OfflineEndpoint {
  endpointId: EndpointId;
  /** Since when it is not live, ms since epoch. */
  since: number;
  /** When it was last live; null if never since the workstation started (a cold start offline). */
  lastConnectedAt: number | null;
}

export interface OfflineSummary {
  offline: OfflineEndpoint[];
  total: number;
}

function isOffline(s: EndpointStatus): boolean {
  if (isUp(s.state)) return false;
  if (s.state !== "connecting") return true;
  return (s.attempts ?? 0) > 0 || s.lastConnectedAt != null;
}

/** In the order the site lists its endpoints (the connections map keeps it). */
export function offlineEndpoints(connections: ReadonlyMap<EndpointId, EndpointStatus>): OfflineSummary {
  const offline: OfflineEndpoint[] = [];
  for (const s of connections.values()) {
    if (isOffline(s)) offline.push({ endpointId: s.endpointId, since: s.since, lastConnectedAt: s.lastConnectedAt ?? null });
  }
  return { offline, total: connections.size };
}
