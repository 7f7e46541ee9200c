/**
 * The slippy-map tile grid (Web Mercator, the z/x/y Leaflet asks for) and the MBTiles row
 * order: MBTiles 1.3 stores tile_row in TMS order, counted from the south, so row = 2^z - 1 - y.
 */

export interface TileXyz {
  z: number;
  x: number;
  y: number;
}

/** A geographic box in degrees; south < north, west < east (no boxes across the antimeridian). */
export interface GeoBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Web Mercator stops here; tiles beyond it do not exist. */
const MAX_LAT = 85.0511287798;

export function lonToTileX(lon: number, z: number): number {
  const n = 2 ** z;
  return Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
}

export function latToTileY(lat: number, z: number): number {
  const n = 2 ** z;
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const rad = (clamped * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return Math.min(n - 1, Math.max(0, y));
}

/** The TMS row MBTiles stores for an XYZ y (and back: the flip is its own inverse). */
export function tmsRow(z: number, y: number): number {
  return 2 ** z - 1 - y;
}

/** The x and y ranges of the tiles a box touches at one zoom (inclusive). */
export function tileRange(box: GeoBox, z: number): { x0: number; x1: number; y0: number; y1: number } {
  return { x0: lonToTileX(box.west, z), x1: lonToTileX(box.east, z), y0: latToTileY(box.north, z), y1: latToTileY(box.south, z) };
}

export function countTiles(box: GeoBox, zooms: readonly number[]): number {
  let total = 0;
  for (const z of zooms) {
    const r = tileRange(box, z);
    total += (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1);
  }
  return total;
}

/** Every tile of the box, zoom by zoom, row by row: the order a download walks (and resumes) in. */
export function* tilesOf(box: GeoBox, zooms: readonly number[]): Generator<TileXyz> {
  for (const z of [...zooms].sort((a, b) => a - b)) {
    const r = tileRange(box, z);
    for (let y = r.y0; y <= r.y1; y++) for (let x = r.x0; x <= r.x1; x++) yield { z, x, y };
  }
}

/** Zoom levels a download may ask for; beyond 19 most servers have nothing and counts explode. */
export const MAX_TILE_ZOOM = 19;

/**
 * The tile a URL path names (`/tiles/{z}/{x}/{y}`, an optional image extension), or null. Only
 * plain decimal numbers inside the grid: this is the one parser both the host route and the
 * desktop protocol use, so neither can be asked for row -1 or zoom 99.
 */
export function parseTilePath(pathname: string): TileXyz | null {
  const m = /^\/tiles\/(\d{1,2})\/(\d{1,7})\/(\d{1,7})(?:\.(?:png|jpg|jpeg|webp))?$/.exec(pathname);
  if (!m) return null;
  const [z, x, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (z > 24 || x >= 2 ** z || y >= 2 ** z) return null;
  return { z, x, y };
}
