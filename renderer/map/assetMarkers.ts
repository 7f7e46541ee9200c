/**
 * Asset markers on the map: one SVG circle per asset (SVG, not canvas, so each marker is a DOM
 * element that tests and CSS can address). State lives in CSS classes; restyling a marker is a
 * class swap, not a new layer.
 */
import L from "leaflet";
import type { AssetId, AssetInfo } from "../../contract/api";
import { prepareServerText } from "../text/serverText";
import type { AssetMarkerState, MarkerState } from "./assetStates";

const STATE_CLASS_PREFIX = "asset-state-";

/**
 * A city has hundreds of assets: normal ones are small and quiet, alarms are larger and drawn
 * above them so one never hides under a cluster of normal neighbours.
 */
const RADIUS: Record<MarkerState, number> = {
  normal: 5,
  "alarm-low": 7,
  "alarm-medium": 7,
  "alarm-high": 8,
  "alarm-critical": 9,
};

export interface AssetMarkerLayer {
  layer: L.LayerGroup;
  setAssets(assets: readonly AssetInfo[]): void;
  setStates(states: ReadonlyMap<AssetId, AssetMarkerState>): void;
  setSelected(assetId: AssetId | null): void;
  positionOf(assetId: AssetId): L.LatLng | null;
}

export function createAssetMarkerLayer(map: L.Map, onSelect: (assetId: AssetId) => void): AssetMarkerLayer {
  const renderer = L.svg({ padding: 0.5 });
  const layer = L.layerGroup().addTo(map);
  const halo = L.circleMarker([0, 0], { renderer, radius: 14, className: "asset-halo", interactive: false, weight: 2, fill: false });
  const markers = new Map<AssetId, L.CircleMarker>();
  let selected: AssetId | null = null;
  let states: ReadonlyMap<AssetId, AssetMarkerState> = new Map();

  const applyState = (id: AssetId, marker: L.CircleMarker) => {
    const el = marker.getElement();
    if (!el) return;
    // Before the first state arrives: a plain, not-live marker.
    const st: AssetMarkerState = states.get(id) ?? { state: "normal", live: false, unacked: false };
    const changed = el.getAttribute("data-state") !== st.state;
    for (const cls of [...el.classList]) if (cls.startsWith(STATE_CLASS_PREFIX)) el.classList.remove(cls);
    el.classList.add(STATE_CLASS_PREFIX + st.state);
    el.classList.toggle("asset-unacked", st.unacked);
    el.classList.toggle("asset-not-live", !st.live);
    el.setAttribute("data-live", st.live ? "true" : "false");
    el.classList.toggle("asset-selected", id === selected);
    el.setAttribute("data-state", st.state);
    if (changed) {
      marker.setRadius(RADIUS[st.state]);
      if (st.state.startsWith("alarm-")) marker.bringToFront();
    }
  };

  return {
    layer,
    setAssets(assets) {
      const keep = new Set(assets.map((a) => a.id));
      for (const [id, m] of markers) {
        if (!keep.has(id)) {
          m.remove();
          markers.delete(id);
        }
      }
      for (const asset of assets) {
        let marker = markers.get(asset.id);
        if (marker) {
          marker.setLatLng([asset.lat, asset.lon]);
        } else {
          marker = L.circleMarker([asset.lat, asset.lon], {
            renderer,
            radius: RADIUS.normal,
            weight: 1.5,
            fillOpacity: 1,
            className: `asset-marker ${STATE_CLASS_PREFIX}normal asset-not-live`,
            bubblingMouseEvents: false,
          });
          const id = asset.id;
          marker.on("click", () => onSelect(id));
          marker.addTo(layer);
          markers.set(asset.id, marker);
          marker.getElement()?.setAttribute("data-asset-id", asset.id);
        }
        // Asset names come from servers: a text node, never an HTML string; isolated, without
        // direction controls and capped, as ServerText does in React.
        const name = prepareServerText(asset.name, 120);
        const tip = document.createElement("bdi");
        tip.dir = "auto";
        tip.textContent = name.shown;
        marker.unbindTooltip().bindTooltip(tip, { direction: "top", offset: [0, -9], className: "asset-tooltip" });
        marker.getElement()?.setAttribute("aria-label", name.title);
        applyState(asset.id, marker);
      }
    },
    setStates(next) {
      states = next;
      for (const [id, m] of markers) applyState(id, m);
    },
    setSelected(assetId) {
      const previous = selected;
      selected = assetId;
      for (const id of [previous, assetId]) {
        const m = id ? markers.get(id) : undefined;
        if (m && id) applyState(id, m);
      }
      const m = assetId ? markers.get(assetId) : undefined;
      if (m) {
        halo.setLatLng(m.getLatLng());
        if (!map.hasLayer(halo)) halo.addTo(map);
        m.bringToFront();
      } else {
        halo.remove();
      }
    },
    positionOf(assetId) {
      return markers.get(assetId)?.getLatLng() ?? null;
    },
  };
}
