/**
 * Host mode listens on loopback for one person's browser: the page and the contract need the
 * printed token, and a request carrying another site's Host or Origin (DNS rebinding, a page
 * elsewhere in the same browser) is refused. Real HTTP and WebSocket against a real core.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig } from "../../../main/core/sites/site-config";
import { startHost, type RunningHost } from "../../../main/host/host-server";

let dir: string;
let service: ControlRoomService;
let host: RunningHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-host-"));
  const rendererDir = path.join(dir, "renderer");
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><title>t</title>");
  fs.writeFileSync(path.join(dir, "secret.txt"), "outside the renderer");
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  // No server needed for these checks: an unreachable endpoint keeps the core offline.
  site.endpoints = [{ ...site.endpoints[0]!, embeddedSimulator: undefined, url: "opc.tcp://127.0.0.1:9/none" }];
  service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data") });
  host = await startHost({ service, rendererDir, tileUrl: null });
});

afterAll(async () => {
  await host?.close();
  await service?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: host.port, path: pathAndQuery, headers }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      })
      .on("error", reject);
  });
}

function openSocket(query: string, headers: Record<string, string> = {}): Promise<"open" | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api${query}`, { headers });
    ws.on("open", () => {
      ws.close();
      resolve("open");
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("error", () => resolve(0));
  });
}

describe("host mode security", () => {
  it("serves the page with the token, with a strict CSP, and refuses it without", async () => {
    const ok = await get(`/?token=${host.token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(ok.headers["content-security-policy"]).toContain("object-src 'none'");
    expect((await get("/")).status).toBe(403);
    expect((await get("/?token=wrong")).status).toBe(403);
  });

  it("refuses another Host (DNS rebinding) and paths outside the renderer", async () => {
    expect((await get(`/?token=${host.token}`, { host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await get("/../secret.txt")).status).toBe(404);
    expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
  });

  it("opens the contract socket only with the token and our own origin", async () => {
    expect(await openSocket(`?token=${host.token}`, { origin: `http://127.0.0.1:${host.port}` })).toBe("open");
    expect(await openSocket("")).toBe(403);
    expect(await openSocket(`?token=${host.token}`, { origin: "http://evil.example" })).toBe(403);
  });
});
