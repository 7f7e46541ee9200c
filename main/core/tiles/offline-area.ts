/**
 * The box an area stands for: a drawn box as it is, districts as the box around their assets
 * with a margin (the streets around the last asset matter to a crew too). A district the site
 * has no asset in is refused by name.
 */
import type { AssetInfo } from "../../../contract/api";
import type { OfflineArea } from "../../../contract/tiles";
import { CoreError } from "../rpc/core-error";
import type { GeoBox } from "./tile-grid";

/** About 1 km around the outermost assets. */
const DISTRICT_MARGIN_DEG = 0.01;

export interface ResolvedArea {
  box: GeoBox;
  assets: AssetInfo[];
}

export function districtsOf(assets: readonly AssetInfo[]): string[] {
  return [...new Set(assets.map((a) => a.district).filter((d) => d.length > 0))].sort((a, b) => a.localeCompare(b, "sr"));
}

export function resolveArea(area: OfflineArea, assets: readonly AssetInfo[]): ResolvedArea {
  if (area.kind === "box") {
    const box = { south: area.south, west: area.west, north: area.north, east: area.east };
    const inside = assets.filter((a) => a.lat >= box.south && a.lat <= box.north && a.lon >= box.west && a.lon <= box.east);
    return { box, assets: inside };
  }
  const wanted = new Set(area.districts);
  const known = new Set(assets.map((a) => a.district));
  const unknown = [...wanted].filter((d) => !known.has(d));
  if (unknown.length > 0) throw new CoreError("bad-request", `field "area.districts": no asset of the site is in ${unknown.map((d) => `"${d}"`).join(", ")}`);
  const inside = assets.filter((a) => wanted.has(a.district) && Number.isFinite(a.lat) && Number.isFinite(a.lon));
  if (inside.length === 0) throw new CoreError("bad-request", `field "area.districts": the assets of ${[...wanted].join(", ")} have no position on the map`);
  const box = {
    south: Math.min(...inside.map((a) => a.lat)) - DISTRICT_MARGIN_DEG,
    west: Math.min(...inside.map((a) => a.lon)) - DISTRICT_MARGIN_DEG,
    north: Math.max(...inside.map((a) => a.lat)) + DISTRICT_MARGIN_DEG,
    east: Math.max(...inside.map((a) => a.lon)) + DISTRICT_MARGIN_DEG,
  };
  return { box, assets: inside };
}
