/**
 * Is this file an MBTiles basemap we can show? Checked before an import copies it: SQLite at
 * all, the metadata and tiles tables (or views, as mbutil writes them) with their columns, a
 * raster format, at least one tile. Each refusal names what is wrong, for the person who chose it.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import { normaliseFormat, sniffFormat, type RasterFormat } from "./tile-format";

export class MbtilesRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MbtilesRefused";
  }
}

export interface MbtilesSummary {
  name: string;
  format: RasterFormat;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] from the metadata, when it has a valid one. */
  bounds: [number, number, number, number] | null;
  attribution: string | null;
  bytes: number;
}

const SQLITE_MAGIC = "SQLite format 3\0";
const TILE_COLUMNS = ["zoom_level", "tile_column", "tile_row", "tile_data"];

function parseBounds(value: string | undefined): MbtilesSummary["bounds"] {
  const parts = (value ?? "").split(",").map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p))) return null;
  const [w, s, e, n] = parts as [number, number, number, number];
  return w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90 ? [w, s, e, n] : null;
}

export function checkMbtiles(file: string, nativeBinding?: string): MbtilesSummary {
  let head: Buffer;
  let bytes: number;
  try {
    const fd = fs.openSync(file, "r");
    try {
      bytes = fs.fstatSync(fd).size;
      head = Buffer.alloc(16);
      fs.readSync(fd, head, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    throw new MbtilesRefused(`The file ${file} cannot be read: ${(err as Error).message}`);
  }
  if (head.toString("latin1") !== SQLITE_MAGIC) throw new MbtilesRefused(`${file} is not an SQLite database, so not an MBTiles file`);

  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (err) {
    throw new MbtilesRefused(`${file} cannot be opened as SQLite: ${(err as Error).message}`);
  }
  try {
    const columnsOf = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')").get(table) !== undefined;
    if (!has("metadata")) throw new MbtilesRefused(`${file} has no "metadata" table: not an MBTiles file`);
    if (!has("tiles")) throw new MbtilesRefused(`${file} has no "tiles" table: not an MBTiles file`);
    const metaColumns = columnsOf("metadata");
    if (!metaColumns.includes("name") || !metaColumns.includes("value")) throw new MbtilesRefused(`${file}: the "metadata" table lacks the columns name and value`);
    const tileColumns = columnsOf("tiles");
    const missing = TILE_COLUMNS.filter((c) => !tileColumns.includes(c));
    if (missing.length > 0) throw new MbtilesRefused(`${file}: the "tiles" table lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);

    const meta = Object.fromEntries((db.prepare("SELECT name, value FROM metadata").all() as { name: string; value: unknown }[]).map((r) => [r.name, String(r.value ?? "")]));
    const first = db.prepare("SELECT tile_data FROM tiles LIMIT 1").get() as { tile_data: unknown } | undefined;
    if (!first) throw new MbtilesRefused(`${file} holds no tiles`);
    if (meta.format !== undefined && meta.format.trim().toLowerCase() === "pbf") {
      throw new MbtilesRefused(`${file} holds vector tiles (format pbf); the map shows raster tiles: png, jpg or webp`);
    }
    const sniffed = first.tile_data instanceof Uint8Array ? sniffFormat(first.tile_data) : null;
    const format = normaliseFormat(meta.format) ?? sniffed;
    if (!format) {
      throw new MbtilesRefused(
        meta.format ? `${file} says its format is "${meta.format}"; the map shows png, jpg or webp` : `${file} names no format and its first tile is not png, jpg or webp`,
      );
    }
    const zooms = db.prepare("SELECT MIN(zoom_level) AS lo, MAX(zoom_level) AS hi FROM tiles").get() as { lo: number; hi: number };
    const minZoom = Number.isInteger(Number(meta.minzoom)) && meta.minzoom !== "" ? Number(meta.minzoom) : zooms.lo;
    const maxZoom = Number.isInteger(Number(meta.maxzoom)) && meta.maxzoom !== "" ? Number(meta.maxzoom) : zooms.hi;
    return { name: meta.name || "", format, minZoom, maxZoom, bounds: parseBounds(meta.bounds), attribution: meta.attribution || null, bytes };
  } catch (err) {
    if (err instanceof MbtilesRefused) throw err;
    throw new MbtilesRefused(`${file} cannot be read as MBTiles: ${(err as Error).message}`);
  } finally {
    db.close();
  }
}
