/**
 * Reads tiles for the map from the workstation's MBTiles files, in whichever process serves
 * them (host mode's HTTP server, the desktop app's main process for app://). Files are opened
 * read-only on first use and opened again when an import replaced them (a new inode), so the
 * reader never holds on to a file that is gone and never needs telling.
 */
import fs from "node:fs";
import { MbtilesFile } from "./mbtiles-file";
import { CONTENT_TYPES, sniffFormat } from "./tile-format";
import { parseTilePath, type TileXyz } from "./tile-grid";
import { tileFiles } from "./tile-files";

interface OpenFile {
  ino: number;
  file: MbtilesFile;
}

export interface TileAnswer {
  status: 200 | 404;
  type: string;
  body: Uint8Array | string;
}

export class TileSource {
  private readonly open = new Map<string, OpenFile>();
  private readonly files: string[];

  constructor(dataDir: string, private readonly nativeBinding?: string) {
    const { downloaded, imported } = tileFiles(dataDir);
    this.files = [downloaded, imported];
  }

  read(xyz: TileXyz): Uint8Array | null {
    for (const file of this.files) {
      const data = this.fileFor(file)?.get(xyz);
      if (data) return data;
    }
    return null;
  }

  private fileFor(name: string): MbtilesFile | null {
    let ino: number;
    try {
      ino = fs.statSync(name).ino;
    } catch {
      this.drop(name);
      return null;
    }
    const current = this.open.get(name);
    if (current && current.ino === ino) return current.file;
    this.drop(name);
    try {
      const file = MbtilesFile.openReadonly(name, { nativeBinding: this.nativeBinding });
      this.open.set(name, { ino, file });
      return file;
    } catch {
      // Half-written by an import right now, or not MBTiles: no tiles from it this time.
      return null;
    }
  }

  private drop(name: string): void {
    this.open.get(name)?.file.close();
    this.open.delete(name);
  }

  close(): void {
    for (const name of [...this.open.keys()]) this.drop(name);
  }
}

/**
 * What the tile route answers for a URL path: the tile's bytes with their real content type,
 * or 404 for a path that names no tile or a tile the files do not have (Leaflet shows nothing
 * there and the outline still draws). Host mode and app:// both answer through this.
 */
export function answerTile(source: TileSource, pathname: string): TileAnswer {
  const xyz = parseTilePath(pathname);
  const data = xyz ? source.read(xyz) : null;
  if (!data) return { status: 404, type: "text/plain; charset=utf-8", body: "No such tile" };
  const format = sniffFormat(data);
  return { status: 200, type: format ? CONTENT_TYPES[format] : "application/octet-stream", body: data };
}

export function isTilePath(pathname: string): boolean {
  return pathname.startsWith("/tiles/");
}
