/**
 * The offline basemap layer: tiles from the workstation's own route (host mode's /tiles/, the
 * desktop app's app://control-room/tiles/), below the municipalities' outline, which keeps its
 * own pane above the tile pane. The page's token goes along in host mode; the revision makes
 * the browser ask again after a download or import changed the tiles.
 */
import L from "leaflet";
import type { OfflineMapStatus } from "../../contract/api";

/** Relative, so it resolves against whichever origin served the page. */
export function offlineTileUrl(search: string, revision: number): string {
  const token = new URLSearchParams(search).get("token");
  const query = new URLSearchParams();
  if (token) query.set("token", token);
  query.set("v", String(revision));
  return `tiles/{z}/{x}/{y}?${query.toString()}`;
}

export function hasOfflineTiles(status: OfflineMapStatus | null): status is OfflineMapStatus & { minZoom: number; maxZoom: number } {
  return !!status && status.files.length > 0 && status.minZoom !== null && status.maxZoom !== null;
}

/** Past the deepest zoom we hold, Leaflet scales those tiles up rather than showing nothing. */
export function createOfflineBasemap(status: OfflineMapStatus & { minZoom: number; maxZoom: number }): L.TileLayer {
  const attribution = status.files.map((f) => f.attribution).filter((a): a is string => !!a).join(" · ");
  return L.tileLayer(offlineTileUrl(window.location.search, status.revision), {
    minZoom: 0,
    maxZoom: 19,
    minNativeZoom: status.minZoom,
    maxNativeZoom: status.maxZoom,
    attribution: attribution || undefined,
    className: "offline-basemap",
  });
}
