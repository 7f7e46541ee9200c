/**
 * app://control-room/ serves the built renderer from disk with our CSP header; file:// is
 * never used, so the renderer has a real origin and no access to the file system. Which file
 * a path names is decided by the same function host mode uses (main/web/static-files.ts).
 */
import { net, protocol } from "electron";
import { pathToFileURL } from "node:url";
import type { TileSource } from "../core/tiles/tile-source";
import { resolveStatic } from "../web/static-files";
import { APP_HOST, APP_SCHEME } from "./app-origin";
import { appTileAnswer } from "./app-tiles";

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function registerAppProtocol(rendererDir: string, csp: string, tiles: TileSource | null = null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    // Offline map tiles (app://control-room/tiles/z/x/y) from the workstation's MBTiles files.
    const tile = appTileAnswer(url, tiles);
    if (tile) {
      const body = typeof tile.body === "string" ? tile.body : new Uint8Array(tile.body);
      return new Response(body, { status: tile.status, headers: { "content-type": tile.type, "x-content-type-options": "nosniff", "cache-control": tile.status === 200 ? "max-age=300" : "no-store" } });
    }
    const found = url.host === APP_HOST ? resolveStatic(rendererDir, url.pathname) : null;
    if (!found) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
    const upstream = await net.fetch(pathToFileURL(found.file).toString());
    const headers = new Headers(upstream.headers);
    headers.set("content-type", found.type);
    headers.set("content-security-policy", csp);
    headers.set("x-content-type-options", "nosniff");
    headers.set("referrer-policy", "no-referrer");
    return new Response(upstream.body, { status: upstream.status, headers });
  });
}
