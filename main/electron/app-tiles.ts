/**
 * Which app:// requests are map tiles, and their answer: the same tile function host mode uses
 * (main/core/tiles/tile-source.ts), so both transports serve the same bytes and the same 404s.
 * The main process reads the MBTiles files itself (read-only, WAL lets the core keep writing),
 * rather than asking the core for every tile over a message port. Plain: tested under Node.
 */
import { answerTile, isTilePath, type TileAnswer, type TileSource } from "../core/tiles/tile-source";
import { APP_HOST } from "./app-origin";

/** null: not a tile request (the static renderer files answer it). */
export function appTileAnswer(url: URL, source: TileSource | null): TileAnswer | null {
  if (url.host !== APP_HOST || !isTilePath(url.pathname)) return null;
  if (!source) return { status: 404, type: "text/plain; charset=utf-8", body: "No offline tiles" };
  return answerTile(source, url.pathname);
}
