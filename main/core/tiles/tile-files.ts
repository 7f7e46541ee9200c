/**
 * Where a workstation keeps its basemap: `<data>/tiles/`, one file the downloader fills and one
 * copy of the last imported file. Both are read by the tile route; a downloaded tile wins.
 */
import path from "node:path";

export const TILES_DIR = "tiles";
export const DOWNLOADED_FILE = "downloaded.mbtiles";
export const IMPORTED_FILE = "imported.mbtiles";

export function tileFiles(dataDir: string): { dir: string; downloaded: string; imported: string } {
  const dir = path.join(dataDir, TILES_DIR);
  return { dir, downloaded: path.join(dir, DOWNLOADED_FILE), imported: path.join(dir, IMPORTED_FILE) };
}
