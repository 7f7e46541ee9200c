/**
 * One MBTiles 1.3 file (SQLite): a `metadata` table of name/value rows and a `tiles` table of
 * (zoom_level, tile_column, tile_row, tile_data) with rows in TMS order. The downloader writes
 * ours through this class; the tile route reads any valid one. better-sqlite3 on the caller's
 * thread: one indexed lookup or a short batched insert at a few tiles a second costs far less
 * than a round trip to the store worker, and the file is not the store.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { tmsRow, type TileXyz } from "./tile-grid";

export interface MbtilesOpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
}

export interface TileBytes {
  xyz: TileXyz;
  data: Uint8Array;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS metadata (name TEXT NOT NULL PRIMARY KEY, value TEXT);
  CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL);
  CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row);
`;

export class MbtilesFile {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[number, number, number], { tile_data: Buffer }>;

  private constructor(readonly file: string, db: Database.Database) {
    this.db = db;
    this.getStmt = db.prepare("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
  }

  /** Opens a file for reading; it must already be a valid MBTiles file (see mbtiles-check.ts). */
  static openReadonly(file: string, options: MbtilesOpenOptions = {}): MbtilesFile {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    return new MbtilesFile(file, db);
  }

  /** Opens ours for writing, making it (and its folder) with the MBTiles schema when missing. */
  static openWritable(file: string, metadata: Record<string, string>, options: MbtilesOpenOptions = {}): MbtilesFile {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    // WAL: the desktop app's main process reads tiles from this file while the core writes more.
    db.pragma("journal_mode = WAL");
    db.exec(SCHEMA);
    const put = db.prepare("INSERT INTO metadata (name, value) VALUES (?, ?) ON CONFLICT(name) DO NOTHING");
    db.transaction(() => {
      for (const [name, value] of Object.entries(metadata)) put.run(name, value);
    })();
    return new MbtilesFile(file, db);
  }

  get(xyz: TileXyz): Buffer | null {
    return this.getStmt.get(xyz.z, xyz.x, tmsRow(xyz.z, xyz.y))?.tile_data ?? null;
  }

  anyTile(): Buffer | null {
    return (this.db.prepare("SELECT tile_data FROM tiles LIMIT 1").get() as { tile_data: Buffer } | undefined)?.tile_data ?? null;
  }

  has(xyz: TileXyz): boolean {
    return this.db.prepare("SELECT 1 FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?").get(xyz.z, xyz.x, tmsRow(xyz.z, xyz.y)) !== undefined;
  }

  /** One transaction per batch: a crash keeps whole batches, never half a tile. */
  putTiles(tiles: readonly TileBytes[]): void {
    const put = this.db.prepare("INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)");
    this.db.transaction(() => {
      for (const t of tiles) put.run(t.xyz.z, t.xyz.x, tmsRow(t.xyz.z, t.xyz.y), Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    })();
  }

  metadata(): Record<string, string> {
    const rows = this.db.prepare("SELECT name, value FROM metadata").all() as { name: string; value: string | null }[];
    return Object.fromEntries(rows.map((r) => [r.name, r.value ?? ""]));
  }

  setMetadata(values: Record<string, string>): void {
    const put = this.db.prepare("INSERT INTO metadata (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value");
    this.db.transaction(() => {
      for (const [name, value] of Object.entries(values)) put.run(name, value);
    })();
  }

  /** Tile count and zoom span; a COUNT over the index (no tile bytes read), fine for our downloads. */
  stats(): { tiles: number; minZoom: number | null; maxZoom: number | null } {
    const row = this.db.prepare("SELECT COUNT(*) AS n, MIN(zoom_level) AS lo, MAX(zoom_level) AS hi FROM tiles").get() as { n: number; lo: number | null; hi: number | null };
    return { tiles: row.n, minZoom: row.lo, maxZoom: row.hi };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
