/**
 * Host mode: the built renderer over HTTP and the contract over WebSocket, on loopback only.
 * The token printed in the page URL is required for the page and for the socket; Host and
 * Origin are checked so another site in the same browser cannot reach the core (DNS rebinding,
 * CSRF). `GET /api/check?token=…` answers 204 or 403 under the same rules, because a page cannot
 * see why a WebSocket handshake failed, and must tell a refused token from a host that is down.
 * Nothing a client sends can end the process: see window-socket.ts.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline } from "node:stream";
import { WebSocketServer } from "ws";
import { windowRoleOf } from "../../contract/api";
import { contentSecurityPolicy } from "../core/csp";
import { answerTile, isTilePath, type TileSource } from "../core/tiles/tile-source";
import { HostAccess } from "./host-access";
import { consoleHostLog, type HostLog } from "./host-log";
import { resolveStatic } from "../web/static-files";
import { attachWindowSocket, type WindowLinkSource } from "./window-socket";

/**
 * The largest message a window may send. The largest legitimate call is subscribeTags with up
 * to 200k tag ids: the simulator's ids are ~45 bytes each in JSON (~9 MB for 200k), and string
 * node ids from PLC gateways run to ~100 bytes, so 32 MiB (~160 bytes per id) leaves margin
 * without letting one socket make the core hold an arbitrarily large buffer.
 */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
/**
 * How much may wait unread for one window before it is cut off. A well-behaved browser drains
 * even a 200k-value reply (~30 MB) in milliseconds on loopback; a tab that stopped reading would
 * otherwise grow the core's heap by every reply and value batch (253 → 600 MB for 400 replies).
 */
export const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

export interface HostOptions {
  service: WindowLinkSource;
  rendererDir: string;
  port?: number;
  token?: string;
  tileUrl: string | null;
  /** The workstation's offline basemap (MBTiles files), served at /tiles/{z}/{x}/{y}; none: every tile is 404. */
  tiles?: TileSource;
  /** Overrides of the limits above (tests use small ones). */
  maxMessageBytes?: number;
  maxBufferedBytes?: number;
  log?: HostLog;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(24).toString("base64url");
  const log = options.log ?? consoleHostLog;
  if (!fs.existsSync(`${options.rendererDir}/index.html`)) {
    throw new Error(`The renderer is not built (${options.rendererDir}/index.html missing): run npm run build:renderer`);
  }
  let port = 0;
  const access = new HostAccess(token, () => port);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (!access.hostOk(req)) {
      res.writeHead(421, { "content-type": "text/plain" }).end("Wrong host");
      return;
    }
    if (url.pathname === "/api/check") {
      const ok = access.originOk(req) && access.tokenOk(url);
      res.writeHead(ok ? 204 : 403, { "cache-control": "no-store" }).end();
      return;
    }
    if (isTilePath(url.pathname)) {
      // Same rule as the socket: the page's token, so another site cannot probe what area this laptop holds.
      if (!access.tokenOk(url)) {
        res.writeHead(403, { "content-type": "text/plain" }).end("Tiles need the host's token");
        return;
      }
      const tile = options.tiles ? answerTile(options.tiles, url.pathname) : { status: 404 as const, type: "text/plain; charset=utf-8", body: "No offline tiles" };
      res
        .writeHead(tile.status, {
          "content-type": tile.type,
          "x-content-type-options": "nosniff",
          // A tile changes when a download or import replaces it; maps ask again with a new revision.
          "cache-control": tile.status === 200 ? "private, max-age=300" : "no-store",
        })
        .end(tile.body);
      return;
    }
    const isPage = url.pathname === "/" || url.pathname === "/index.html";
    if (isPage && !access.tokenOk(url)) {
      res.writeHead(403, { "content-type": "text/plain" }).end("This control-room host needs the token printed when it started.");
      return;
    }
    const found = resolveStatic(options.rendererDir, url.pathname);
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "content-type": found.type,
      "content-security-policy": contentSecurityPolicy({ connect: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`], tileUrl: options.tileUrl }),
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": isPage ? "no-store" : "public, max-age=3600",
    });
    // pipeline, not pipe: a file that vanishes mid-read, or a client that goes away, is an
    // error on this response only, never an unhandled stream 'error'.
    pipeline(fs.createReadStream(found.file), res, (err) => {
      if (err && err.code !== "ERR_STREAM_PREMATURE_CLOSE") log.warn({ path: url.pathname, error: err.message }, "could not serve a file");
    });
  });

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? MAX_MESSAGE_BYTES,
    // No compression: it buys little on loopback and a tiny deflated frame can inflate to the limit.
    perMessageDeflate: false,
  });
  wss.on("wsClientError", (err, socket) => {
    log.warn({ error: err.message }, "refused a bad WebSocket handshake");
    socket.destroy();
  });
  server.on("upgrade", (req, socket, head) => {
    // Node drops its own error handler from an upgraded socket; a reset before ws takes it
    // over must not become an uncaught exception.
    socket.on("error", () => socket.destroy());
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/api" || !access.tokenOk(url) || !access.originOk(req) || !access.hostOk(req)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const peer = `${req.socket.remoteAddress}:${req.socket.remotePort}`;
    wss.handleUpgrade(req, socket, head, (ws) =>
      attachWindowSocket(
        ws,
        options.service,
        { maxBufferedBytes: options.maxBufferedBytes ?? MAX_BUFFERED_BYTES },
        log,
        peer,
        windowRoleOf(url.searchParams.get("role")),
      ),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      server.on("error", (err) => log.warn({ error: err.message }, "host HTTP server error"));
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
