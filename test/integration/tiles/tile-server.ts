/**
 * A tile server of our own on loopback that renders a PNG per z/x/y: it records when each
 * request came (to check the rate limit on the server's side), can answer 429 with Retry-After
 * for a number of requests, and has tiles only where the test says.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { renderTile } from "./png-tile";

export interface TileServer {
  template: string;
  /** Arrival times (ms) and paths of every request. */
  requests: { at: number; path: string }[];
  /** The next n tile requests get 429 with this Retry-After (seconds). */
  throttleNext(n: number, retryAfterSeconds: number): void;
  /** Bytes the server sends for a tile, to compare with what was stored and served. */
  tileBytes(z: number, x: number, y: number): Buffer;
  close(): Promise<void>;
}

export async function startTileServer(options: { delayMs?: number } = {}): Promise<TileServer> {
  const requests: { at: number; path: string }[] = [];
  let throttle = { left: 0, retryAfter: 1 };
  const cache = new Map<string, Buffer>();
  const tileBytes = (z: number, x: number, y: number) => {
    const key = `${z}/${x}/${y}`;
    let png = cache.get(key);
    if (!png) cache.set(key, (png = renderTile(z, x, y)));
    return png;
  };
  const server = http.createServer((req, res) => {
    requests.push({ at: Date.now(), path: req.url ?? "" });
    const m = /^\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(req.url ?? "");
    if (!m) return void res.writeHead(404).end();
    if (throttle.left > 0) {
      throttle.left--;
      return void res.writeHead(429, { "retry-after": String(throttle.retryAfter) }).end("slow down");
    }
    const png = tileBytes(Number(m[1]), Number(m[2]), Number(m[3]));
    const send = () => res.writeHead(200, { "content-type": "image/png", "content-length": png.length }).end(png);
    if (options.delayMs) setTimeout(send, options.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    template: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
    requests,
    throttleNext: (n, retryAfter) => {
      throttle = { left: n, retryAfter };
    },
    tileBytes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
