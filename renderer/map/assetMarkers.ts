/**
 * Asset markers on the map, drawn for the view only: the cluster index answers what lies in the
 * view at this zoom (a few hundred features however large the city), and only those exist in the
 * DOM. A lone asset is an SVG circle (`.asset-marker`, assetCircle.ts); a cluster is a small DOM
 * badge (`.asset-cluster`, clusterBadge.ts) with its count and the worst state inside. A cluster expands on click; one that cannot split at the deepest zoom spreads its assets
 * around it (spiderfy). The selected asset is always drawn on its own, cluster or not.
 */
import L from "leaflet";
import type { AssetId, AssetInfo } from "../../contract/api";
import { createAssetCircle, labelAssetCircle, NO_STATE, styleAssetCircle } from "./assetCircle";
import type { AssetMarkerState, MarkerState } from "./assetStates";
import { buildClusterIndex, MAP_MAX_ZOOM, type ClusterFeature, type ClusterIndex } from "./clusterIndex";
import { badgeZ, createBadge, styleBadge } from "./clusterBadge";
import { spiderOffsets } from "./spiderLayout";
import { holdWhileMoving } from "./gestureHold";

/** How much beyond the view is drawn, so a short pan shows markers at once. */
const VIEW_PAD = 0.25;

export interface MarkerCallbacks {
  /** A lone asset was clicked. */
  select(assetId: AssetId): void;
  /** Words for a cluster badge (count and worst state), in the window's language. */
  clusterLabel(count: number, worst: MarkerState, unacked: boolean): string;
}

export interface AssetMarkerLayer {
  /**
   * Every asset, every asset's state and which are shown (their layer is on); redraws. An asset
   * of a hidden layer is still drawn while it is selected: the selection was asked for.
   */
  setData(assets: readonly AssetInfo[], states: ReadonlyMap<AssetId, AssetMarkerState>, shown: (asset: AssetInfo) => boolean): void;
  setSelected(assetId: AssetId | null): void;
  /** Where the asset is (its own position, not a spread one). */
  positionOf(assetId: AssetId): L.LatLng | null;
  /** The zoom to fly to for an asset: at least `atLeast`, and deep enough that it stands alone. */
  focusZoom(assetId: AssetId, atLeast: number): number;
  /** The drawn marker of an asset, if it is drawn now (for a popup's anchor). */
  markerOf(assetId: AssetId): L.CircleMarker | null;
  remove(): void;
}

interface Spider {
  clusterId: number;
  centre: L.LatLng;
  zoom: number;
  leaves: AssetId[];
  legs: L.Polyline[];
}

export function createAssetMarkerLayer(map: L.Map, stats: HTMLElement, callbacks: MarkerCallbacks): AssetMarkerLayer {
  const renderer = L.svg({ padding: VIEW_PAD });
  const layer = L.layerGroup().addTo(map);
  const halo = L.circleMarker([0, 0], { renderer, radius: 14, className: "asset-halo", interactive: false, weight: 2, fill: false });
  const markers = new Map<AssetId, L.CircleMarker>();
  const clusters = new Map<number, { marker: L.Marker; el: HTMLElement }>();
  let byId = new Map<AssetId, AssetInfo>();
  let states: ReadonlyMap<AssetId, AssetMarkerState> = new Map();
  let index: ClusterIndex = buildClusterIndex([], states);
  let selected: AssetId | null = null;
  let spider: Spider | null = null;
  let renderSeq = 0;
  let frame: number | null = null;

  const applyState = (id: AssetId, marker: L.CircleMarker) => styleAssetCircle(marker, states.get(id) ?? NO_STATE, id === selected);

  const ensureMarker = (asset: AssetInfo, at: L.LatLng): L.CircleMarker => {
    let marker = markers.get(asset.id);
    if (marker) {
      if (!marker.getLatLng().equals(at)) marker.setLatLng(at);
    } else {
      const id = asset.id;
      marker = createAssetCircle(asset, at, renderer, layer, () => callbacks.select(id));
      markers.set(id, marker);
    }
    applyState(asset.id, marker);
    return marker;
  };

  const ensureCluster = (f: ClusterFeature) => {
    const at = L.latLng(f.lat, f.lon);
    const existing = clusters.get(f.clusterId);
    const label = callbacks.clusterLabel(f.count, f.worst, f.unacked);
    if (existing) {
      if (!existing.marker.getLatLng().equals(at)) existing.marker.setLatLng(at);
      styleBadge(existing.el, f, label);
      existing.marker.setZIndexOffset(badgeZ(f));
      return;
    }
    const el = createBadge();
    styleBadge(el, f, label);
    // The badge's size comes from CSS (by count class); Leaflet only anchors its centre.
    const icon = L.divIcon({ html: el, className: "asset-cluster-icon", iconSize: [0, 0] });
    const marker = L.marker(at, { icon, keyboard: true, riseOnHover: true, zIndexOffset: badgeZ(f) });
    marker.on("click", () => expand(f.clusterId, marker.getLatLng()));
    marker.addTo(layer);
    clusters.set(f.clusterId, { marker, el });
  };

  const unspider = () => {
    if (!spider) return;
    for (const leg of spider.legs) leg.remove();
    spider = null;
  };

  const spread = (clusterId: number, centre: L.LatLng) => {
    unspider();
    const leaves = index.leaves(clusterId).filter((id) => byId.has(id));
    const offsets = spiderOffsets(leaves.length);
    const origin = map.latLngToLayerPoint(centre);
    spider = { clusterId, centre, zoom: map.getZoom(), leaves, legs: [] };
    leaves.forEach((id, i) => {
      const o = offsets[i]!;
      const at = map.layerPointToLatLng(origin.add([o.x, o.y]));
      spider!.legs.push(L.polyline([centre, at], { renderer, className: "spider-leg", interactive: false, weight: 1 }).addTo(layer));
      ensureMarker(byId.get(id)!, at).getElement()?.setAttribute("data-spread", "true");
    });
    redraw();
  };

  const expand = (clusterId: number, at: L.LatLng) => {
    const zoom = index.expansionZoom(clusterId);
    if (zoom === null || zoom > map.getMaxZoom()) {
      spread(clusterId, at);
      return;
    }
    const animate = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    map.flyTo(at, zoom, { animate, duration: 0.5 });
  };

  function redraw(): void {
    frame = null;
    const b = map.getBounds().pad(VIEW_PAD);
    const zoom = map.getZoom();
    if (spider && spider.zoom !== zoom) unspider();
    const drawn = new Set<AssetId>();
    const shownClusters = new Set<number>();
    let spiderStillThere = false;
    for (const f of index.features(b.getWest(), b.getSouth(), b.getEast(), b.getNorth(), zoom)) {
      if (f.kind === "asset") {
        const asset = byId.get(f.assetId);
        if (!asset) continue;
        drawn.add(f.assetId);
        ensureMarker(asset, L.latLng(f.lat, f.lon));
      } else if (spider && spider.clusterId === f.clusterId) {
        spiderStillThere = true;
      } else {
        shownClusters.add(f.clusterId);
        ensureCluster(f);
      }
    }
    if (spider && !spiderStillThere) unspider();
    if (spider) {
      for (const id of spider.leaves) {
        const m = markers.get(id);
        if (m) {
          drawn.add(id);
          applyState(id, m);
        }
      }
    }
    const sel = selected ? byId.get(selected) : undefined;
    if (sel && !drawn.has(sel.id)) {
      drawn.add(sel.id);
      ensureMarker(sel, L.latLng(sel.lat, sel.lon));
    }
    for (const [id, m] of markers) {
      if (!drawn.has(id)) {
        m.remove();
        markers.delete(id);
      }
    }
    for (const [id, c] of clusters) {
      if (!shownClusters.has(id)) {
        c.marker.remove();
        clusters.delete(id);
      }
    }
    placeHalo();
    // For tests and the benchmarks: what is drawn now, and a counter that moves after every redraw.
    renderSeq++;
    stats.setAttribute("data-drawn-markers", String(markers.size));
    stats.setAttribute("data-drawn-clusters", String(clusters.size));
    stats.setAttribute("data-render-seq", String(renderSeq));
    stats.setAttribute("data-zoom", String(zoom));
    // The view this redraw was for: a test waits for it to move rather than for any redraw,
    // since live data redraws too.
    const c = map.getCenter();
    stats.setAttribute("data-view", `${zoom}/${c.lat.toFixed(6)},${c.lng.toFixed(6)}`);
  }

  const schedule = () => {
    if (frame === null) frame = window.requestAnimationFrame(redraw);
  };

  const placeHalo = () => {
    const m = selected ? markers.get(selected) : undefined;
    if (m) {
      halo.setLatLng(m.getLatLng());
      if (!map.hasLayer(halo)) halo.addTo(map);
      m.bringToFront();
    } else {
      halo.remove();
    }
  };

  // New data waits for the end of a drag or zoom (gestureHold.ts); moveend redraws either way.
  const hold = holdWhileMoving(map, apply, schedule);
  map.on("zoomstart", unspider);
  map.on("click", unspider);

  function apply(assets: readonly AssetInfo[], nextStates: ReadonlyMap<AssetId, AssetMarkerState>, shown: (asset: AssetInfo) => boolean): void {
    const nextById = new Map<AssetId, AssetInfo>();
    for (const a of assets) nextById.set(a.id, a);
    // Names may change with a new model version: relabel the drawn ones.
    for (const [id, m] of markers) {
      const before = byId.get(id);
      const after = nextById.get(id);
      if (after && before && after.name !== before.name) labelAssetCircle(m, after);
    }
    byId = nextById;
    states = nextStates;
    index = buildClusterIndex(assets.filter(shown), states);
    for (const [id, m] of markers) applyState(id, m);
    schedule();
  }

  return {
    setData(assets, nextStates, shown) {
      hold.run(assets, nextStates, shown);
    },
    setSelected(assetId) {
      const previous = selected;
      selected = assetId;
      for (const id of [previous, assetId]) {
        const m = id ? markers.get(id) : undefined;
        if (m && id) applyState(id, m);
      }
      // The selected one may sit in a cluster: draw it now, not on the next frame.
      redraw();
    },
    positionOf(assetId) {
      const a = byId.get(assetId);
      return a ? L.latLng(a.lat, a.lon) : null;
    },
    focusZoom(assetId, atLeast) {
      return Math.min(Math.max(atLeast, index.aloneFrom(assetId, atLeast)), MAP_MAX_ZOOM);
    },
    markerOf(assetId) {
      return markers.get(assetId) ?? null;
    },
    remove() {
      if (frame !== null) window.cancelAnimationFrame(frame);
      hold.remove();
      map.off("zoomstart", unspider);
      map.off("click", unspider);
      unspider();
      layer.remove();
      halo.remove();
    },
  };
}
