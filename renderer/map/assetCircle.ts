/**
 * A lone asset on the map: an SVG circle (`.asset-marker`), its state in CSS classes and data
 * attributes (for CSS and tests), larger while in alarm, named by a tooltip and an aria-label.
 */
import L from "leaflet";
import type { AssetInfo } from "../../contract/api";
import { prepareServerText } from "../text/serverText";
import type { AssetMarkerState, MarkerState } from "./assetStates";

const STATE_CLASS_PREFIX = "asset-state-";

/** Normal ones are small and quiet, alarms larger and drawn above them. */
const RADIUS: Record<MarkerState, number> = {
  normal: 5,
  "alarm-low": 7,
  "alarm-medium": 7,
  "alarm-high": 8,
  "alarm-critical": 9,
};

/** Before the first state arrives: a plain, not-live marker. */
export const NO_STATE: AssetMarkerState = { state: "normal", live: false, unacked: false };

export function createAssetCircle(asset: AssetInfo, at: L.LatLng, renderer: L.Renderer, layer: L.LayerGroup, select: () => void): L.CircleMarker {
  const marker = L.circleMarker(at, {
    renderer,
    radius: RADIUS.normal,
    weight: 1.5,
    fillOpacity: 1,
    className: `asset-marker ${STATE_CLASS_PREFIX}normal asset-not-live`,
    bubblingMouseEvents: false,
  });
  marker.on("click", select);
  marker.addTo(layer);
  marker.getElement()?.setAttribute("data-asset-id", asset.id);
  marker.getElement()?.setAttribute("data-service", asset.service);
  labelAssetCircle(marker, asset);
  return marker;
}

export function styleAssetCircle(marker: L.CircleMarker, st: AssetMarkerState, selected: boolean): void {
  const el = marker.getElement();
  if (!el) return;
  const changed = el.getAttribute("data-state") !== st.state;
  for (const cls of [...el.classList]) if (cls.startsWith(STATE_CLASS_PREFIX)) el.classList.remove(cls);
  el.classList.add(STATE_CLASS_PREFIX + st.state);
  el.classList.toggle("asset-unacked", st.unacked);
  el.classList.toggle("asset-not-live", !st.live);
  el.setAttribute("data-live", st.live ? "true" : "false");
  el.classList.toggle("asset-selected", selected);
  el.setAttribute("data-state", st.state);
  if (changed) {
    marker.setRadius(RADIUS[st.state]);
    if (st.state.startsWith("alarm-")) marker.bringToFront();
  }
}

export function labelAssetCircle(marker: L.CircleMarker, asset: AssetInfo): void {
  // Asset names come from servers: a text node, never an HTML string; isolated, without
  // direction controls and capped, as ServerText does in React.
  const name = prepareServerText(asset.name, 120);
  const tip = document.createElement("bdi");
  tip.dir = "auto";
  tip.textContent = name.shown;
  marker.unbindTooltip().bindTooltip(tip, { direction: "top", offset: [0, -9], className: "asset-tooltip" });
  marker.getElement()?.setAttribute("aria-label", name.title);
}
