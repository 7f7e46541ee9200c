/**
 * The map's spatial index: the assets of the shown layers, clustered per zoom (supercluster, a
 * KD-tree per zoom), so a view at any zoom asks for a few hundred features however large the city.
 * Each cluster carries the worst state inside it, so an urgent unacknowledged alarm shows from the
 * city zoom even when a hundred calm neighbours share its cluster.
 */
import Supercluster, { type ClusterFeature as IndexCluster, type PointFeature } from "supercluster";
import type { AssetId, AssetInfo } from "../../contract/api";
import type { AssetMarkerState, MarkerState } from "./assetStates";

/** Deepest zoom of the map; clusters still form there only for assets a few metres apart, which spread (spiderfy) on click. */
export const MAP_MAX_ZOOM = 18;

/** How close (screen px) two markers may come before they join a cluster. */
const CLUSTER_RADIUS_PX = 30;

const STATE_RANK: Record<MarkerState, number> = { normal: 0, "alarm-low": 1, "alarm-medium": 2, "alarm-high": 3, "alarm-critical": 4 };
const RANKED: readonly MarkerState[] = ["normal", "alarm-low", "alarm-medium", "alarm-high", "alarm-critical"];

interface PointProps {
  assetId: AssetId;
}

/** What a cluster says about everything inside it. */
interface Summary {
  /** Rank of the worst state inside. */
  rank: number;
  /** Assets inside with an unacknowledged alarm. */
  unacked: number;
  /** Assets inside not backed by a live connection. */
  notLive: number;
}

export interface SingleFeature {
  kind: "asset";
  assetId: AssetId;
  lat: number;
  lon: number;
}

export interface ClusterFeature {
  kind: "cluster";
  clusterId: number;
  lat: number;
  lon: number;
  count: number;
  worst: MarkerState;
  unacked: boolean;
  /** Every asset inside has a live connection behind it. */
  live: boolean;
}

export type MapFeature = SingleFeature | ClusterFeature;

export interface ClusterIndex {
  /** What to draw for a view: lon/lat box and the map's zoom. */
  features(west: number, south: number, east: number, north: number, zoom: number): MapFeature[];
  /** The zoom at which a cluster splits, or null when it never does on this map (it must spread instead). */
  expansionZoom(clusterId: number): number | null;
  /** Every asset inside a cluster. */
  leaves(clusterId: number): AssetId[];
  /** The shallowest zoom from `from` on at which the asset stands alone (MAP_MAX_ZOOM + 1 if never). */
  aloneFrom(assetId: AssetId, from: number): number;
  /** How many assets the index holds. */
  size: number;
}

const NOT_LIVE_UNKNOWN: AssetMarkerState = { state: "normal", live: false, unacked: false };

export function buildClusterIndex(assets: readonly AssetInfo[], states: ReadonlyMap<AssetId, AssetMarkerState>): ClusterIndex {
  const stateOf = (id: AssetId) => states.get(id) ?? NOT_LIVE_UNKNOWN;
  const index = new Supercluster<PointProps, Summary>({
    maxZoom: MAP_MAX_ZOOM,
    radius: CLUSTER_RADIUS_PX,
    // Leaflet's tiles are 256 px: with this extent the radius is in screen pixels.
    extent: 256,
    map: (p) => {
      const st = stateOf(p.assetId);
      return { rank: STATE_RANK[st.state], unacked: st.unacked ? 1 : 0, notLive: st.live ? 0 : 1 };
    },
    reduce: (acc, p) => {
      acc.rank = Math.max(acc.rank, p.rank);
      acc.unacked += p.unacked;
      acc.notLive += p.notLive;
    },
  });
  const byId = new Map<AssetId, AssetInfo>();
  for (const a of assets) byId.set(a.id, a);
  index.load(
    assets.map((a) => ({ type: "Feature", properties: { assetId: a.id }, geometry: { type: "Point", coordinates: [a.lon, a.lat] } })),
  );

  const toFeature = (f: PointFeature<PointProps> | IndexCluster<Summary>): MapFeature => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties;
    if ("cluster" in p && p.cluster) {
      return {
        kind: "cluster",
        clusterId: p.cluster_id,
        lat,
        lon,
        count: p.point_count,
        worst: RANKED[p.rank] ?? "normal",
        unacked: p.unacked > 0,
        live: p.notLive === 0,
      };
    }
    return { kind: "asset", assetId: (p as PointProps).assetId, lat, lon };
  };

  return {
    size: assets.length,
    features(west, south, east, north, zoom) {
      // Leaflet may report a box wider than the world after panning far; supercluster wants [-180, 180].
      const w = Math.max(-180, west);
      const e = Math.min(180, east);
      return index.getClusters([w, Math.max(-85, south), e, Math.min(85, north)], zoom).map(toFeature);
    },
    expansionZoom(clusterId) {
      const z = index.getClusterExpansionZoom(clusterId);
      return z > MAP_MAX_ZOOM ? null : z;
    },
    leaves(clusterId) {
      return index.getLeaves(clusterId, Infinity).map((f) => f.properties.assetId);
    },
    aloneFrom(assetId, from) {
      const a = byId.get(assetId);
      if (!a) return MAP_MAX_ZOOM + 1;
      const d = 1e-6;
      for (let z = Math.floor(from); z <= MAP_MAX_ZOOM; z++) {
        const here = index.getClusters([a.lon - d, a.lat - d, a.lon + d, a.lat + d], z);
        if (here.some((f) => !("cluster" in f.properties && f.properties.cluster) && (f.properties as PointProps).assetId === assetId)) return z;
      }
      return MAP_MAX_ZOOM + 1;
    },
  };
}
