/**
 * The workstation's offline basemap as the core keeps it: our downloaded MBTiles file (written
 * by the downloader, opened for writing only while a download runs) and the copy of the last
 * imported one. It answers what is there, estimates a download, and imports a file after
 * checking it; the tile route reads the same files through TileSource.
 */
import fs from "node:fs";
import path from "node:path";
import type { BasemapFile, TileEstimate } from "../../../contract/tiles";
import { CoreError } from "../rpc/core-error";
import { checkMbtiles, MbtilesRefused } from "./mbtiles-check";
import { MbtilesFile } from "./mbtiles-file";
import { sniffFormat } from "./tile-format";
import { tileFiles } from "./tile-files";
import { countTiles, tilesOf, type GeoBox } from "./tile-grid";

/** A typical 256-px raster street-map tile; used until we have tiles of our own to measure. */
export const TYPICAL_TILE_BYTES = 15_000;
/** One download may take at most this many tiles (zoom 16 over the whole city is ~5,000). */
export const MAX_TILES_PER_DOWNLOAD = 100_000;
/** Counting what we already have means a lookup per tile; past this it is left at 0. */
const COUNT_PRESENT_UP_TO = 20_000;

/** The file with its write-ahead log: until a checkpoint, new tiles live in the -wal beside it. */
function fileBytes(file: string): number {
  const size = (f: string) => {
    try {
      return fs.statSync(f).size;
    } catch {
      return 0;
    }
  };
  return size(file) + size(`${file}-wal`);
}

export class Basemap {
  readonly files: ReturnType<typeof tileFiles>;
  private revisionNo = 0;

  constructor(dataDir: string, private readonly nativeBinding?: string) {
    this.files = tileFiles(dataDir);
  }

  get revision(): number {
    return this.revisionNo;
  }

  /** Maps reload their tiles after this. */
  changed(): void {
    this.revisionNo++;
  }

  list(): BasemapFile[] {
    const out: BasemapFile[] = [];
    if (fs.existsSync(this.files.downloaded)) {
      const file = MbtilesFile.openReadonly(this.files.downloaded, { nativeBinding: this.nativeBinding });
      try {
        const stats = file.stats();
        const meta = file.metadata();
        if (stats.tiles > 0 && stats.minZoom !== null && stats.maxZoom !== null) {
          out.push({
            source: "downloaded",
            name: meta.name ?? "",
            // The server decides the format, whatever the file's metadata guessed at its start.
            format: sniffFormat(file.anyTile() ?? new Uint8Array()) ?? "png",
            minZoom: stats.minZoom,
            maxZoom: stats.maxZoom,
            tiles: stats.tiles,
            bytes: fileBytes(this.files.downloaded),
            attribution: meta.attribution || null,
          });
        }
      } finally {
        file.close();
      }
    }
    if (fs.existsSync(this.files.imported)) {
      try {
        const s = checkMbtiles(this.files.imported, this.nativeBinding);
        let name = s.name;
        try {
          name = fs.readFileSync(`${this.files.imported}.name`, "utf8").trim() || s.name;
        } catch {
          // No name kept beside it: the file's own metadata name.
        }
        out.push({ source: "imported", name, format: s.format, minZoom: s.minZoom, maxZoom: s.maxZoom, tiles: null, bytes: s.bytes, attribution: s.attribution });
      } catch {
        // A copy that no longer checks out shows no tiles; importing again replaces it.
      }
    }
    return out;
  }

  /** Opens our download file for writing (made on first use). */
  openForDownload(template: string): MbtilesFile {
    return MbtilesFile.openWritable(
      this.files.downloaded,
      { name: "City Control Room offline tiles", format: "png", type: "baselayer", version: "1.0", description: `Downloaded from ${new URL(template.replace(/\{[a-z-]+\}/gi, "0")).origin}` },
      { nativeBinding: this.nativeBinding },
    );
  }

  estimate(box: GeoBox, zooms: readonly number[]): TileEstimate {
    const tiles = countTiles(box, zooms);
    let alreadyThere = 0;
    let bytesPerTile = TYPICAL_TILE_BYTES;
    if (fs.existsSync(this.files.downloaded)) {
      const file = MbtilesFile.openReadonly(this.files.downloaded, { nativeBinding: this.nativeBinding });
      try {
        const stats = file.stats();
        if (stats.tiles > 0) bytesPerTile = Math.max(1, Math.round(fileBytes(this.files.downloaded) / stats.tiles));
        if (tiles <= COUNT_PRESENT_UP_TO) for (const t of tilesOf(box, zooms)) if (file.has(t)) alreadyThere++;
      } finally {
        file.close();
      }
    }
    return { tiles, alreadyThere, bytesPerTile, bytes: (tiles - alreadyThere) * bytesPerTile, limit: MAX_TILES_PER_DOWNLOAD, box: { ...box } };
  }

  /**
   * Checks the file, then copies it beside ours under a temporary name and renames it into
   * place: a crash mid-copy leaves the previous import as it was, and readers see old or new.
   */
  import(file: string): BasemapFile {
    if (!path.isAbsolute(file)) throw new CoreError("bad-request", `field "file": give the whole path of the MBTiles file on this workstation, not "${file}"`);
    let summary;
    try {
      summary = checkMbtiles(file, this.nativeBinding);
    } catch (err) {
      if (err instanceof MbtilesRefused) throw new CoreError("bad-request", err.message);
      throw err;
    }
    fs.mkdirSync(this.files.dir, { recursive: true });
    const temp = `${this.files.imported}.importing-${process.pid}`;
    try {
      fs.copyFileSync(file, temp);
      fs.writeFileSync(`${this.files.imported}.name`, path.basename(file));
      fs.renameSync(temp, this.files.imported);
    } catch (err) {
      fs.rmSync(temp, { force: true });
      throw new CoreError("unavailable", `The MBTiles file could not be copied into ${this.files.dir}: ${(err as Error).message}`);
    }
    this.changed();
    return { source: "imported", name: path.basename(file), format: summary.format, minZoom: summary.minZoom, maxZoom: summary.maxZoom, tiles: null, bytes: summary.bytes, attribution: summary.attribution };
  }
}
