/**
 * The map's layers, one per service: which are hidden, kept per window role in localStorage so a
 * video-wall map comes back as it was set; and each layer's count of assets and of abnormal ones.
 * Hidden, not shown, is what is stored, so a service the site adds later appears by itself.
 */
import type { AssetId, AssetInfo } from "../../contract/api";
import type { AssetMarkerState } from "./assetStates";

export const layersKey = (role: string) => `ccr.map.layers.${role}`;

/** The window's role as its URL names it (`?role=map` on a wall); the operator screen by default. */
export function windowRoleOf(search: string): string {
  const role = new URLSearchParams(search).get("role");
  return role && /^[a-z][a-z-]{0,31}$/.test(role) ? role : "operator";
}

export function parseHiddenLayers(raw: string | null): Set<string> {
  let data: unknown = null;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    data = null;
  }
  const hidden = typeof data === "object" && data !== null ? (data as Record<string, unknown>).hidden : null;
  return new Set(Array.isArray(hidden) ? hidden.filter((s): s is string => typeof s === "string" && s.length <= 64) : []);
}

export function loadHiddenLayers(role: string): Set<string> {
  try {
    return parseHiddenLayers(localStorage.getItem(layersKey(role)));
  } catch {
    return new Set();
  }
}

export function saveHiddenLayers(role: string, hidden: ReadonlySet<string>): void {
  try {
    localStorage.setItem(layersKey(role), JSON.stringify({ hidden: [...hidden].sort() }));
  } catch {
    // A browser that refuses storage keeps the choice until reload.
  }
}

export interface LayerCount {
  service: string;
  total: number;
  /** Assets with an active alarm (any priority). */
  abnormal: number;
  /** Of those, with an alarm still unacknowledged. */
  unacked: number;
}

/** One row per service of the site, in the site's order, then any service only the assets name. */
export function layerCounts(services: readonly string[], assets: readonly AssetInfo[], states: ReadonlyMap<AssetId, AssetMarkerState>): LayerCount[] {
  const rows = new Map<string, LayerCount>();
  for (const s of services) rows.set(s, { service: s, total: 0, abnormal: 0, unacked: 0 });
  for (const a of assets) {
    let row = rows.get(a.service);
    if (!row) {
      row = { service: a.service, total: 0, abnormal: 0, unacked: 0 };
      rows.set(a.service, row);
    }
    row.total++;
    const st = states.get(a.id);
    if (st && st.state !== "normal") row.abnormal++;
    if (st?.unacked) row.unacked++;
  }
  return [...rows.values()];
}
