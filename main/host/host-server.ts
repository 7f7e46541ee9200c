/**
 * Host mode: the built renderer over HTTP and the contract over WebSocket, on loopback only.
 * A random token in the page URL is required for the page and for the socket; Host and Origin
 * are checked so another site in the same browser cannot reach the core (DNS rebinding, CSRF).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { contentSecurityPolicy } from "../core/csp";
import type { ControlRoomService } from "../core/service";
import { resolveStatic } from "../web/static-files";

export interface HostOptions {
  service: ControlRoomService;
  rendererDir: string;
  port?: number;
  token?: string;
  tileUrl: string | null;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(24).toString("base64url");
  if (!fs.existsSync(`${options.rendererDir}/index.html`)) {
    throw new Error(`The renderer is not built (${options.rendererDir}/index.html missing): run npm run build:renderer`);
  }
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (!allowedHosts().has(req.headers.host ?? "")) {
      res.writeHead(421, { "content-type": "text/plain" }).end("Wrong host");
      return;
    }
    const isPage = url.pathname === "/" || url.pathname === "/index.html";
    if (isPage && !sameToken(url.searchParams.get("token"), token)) {
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
    fs.createReadStream(found.file).pipe(res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const origin = req.headers.origin;
    const originOk = origin === undefined || allowedHosts().has(origin.replace(/^http:\/\//, ""));
    if (url.pathname !== "/api" || !sameToken(url.searchParams.get("token"), token) || !originOk || !allowedHosts().has(req.headers.host ?? "")) {
      socket.write("HTTP/1.1 403 Forbidden\r\n\r\n");
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws));
  });

  const attach = (ws: WebSocket) => {
    const link = options.service.connectWindow((message) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    });
    ws.on("message", (data) => {
      let raw: unknown;
      try {
        raw = JSON.parse(String(data));
      } catch {
        return;
      }
      void link.handle(raw);
    });
    ws.on("close", () => link.close());
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
