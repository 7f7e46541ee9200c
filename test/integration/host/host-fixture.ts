/**
 * A real core (booted as the CLIs boot it, with the Niš site pointed at an unreachable server so
 * no simulator is needed) behind a real host on a free port, plus a well-behaved client.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { WebSocket } from "ws";
import { bootCore, type BootedCore } from "../../../main/core/boot";
import { consoleHostLog, type HostLog } from "../../../main/host/host-log";
import { startHost, type HostOptions, type RunningHost } from "../../../main/host/host-server";

export const SITE_FILE = path.resolve("resources/sites/nis.json");

export interface HostFixture {
  dir: string;
  core: BootedCore;
  host: RunningHost;
  logged: { level: "info" | "warn"; message: string; fields: Record<string, unknown> }[];
  stop(): Promise<void>;
}

/** A site file like the default one whose only endpoint cannot be reached: the core stays offline. */
export function offlineSiteFile(dir: string): string {
  const site = JSON.parse(fs.readFileSync(SITE_FILE, "utf8"));
  site.endpoints = [{ ...site.endpoints[0], url: "opc.tcp://127.0.0.1:9/none", credentials: null }];
  delete site.endpoints[0].embeddedSimulator;
  const file = path.join(dir, "offline-site.json");
  fs.writeFileSync(file, JSON.stringify(site));
  return file;
}

export function fakeRenderer(dir: string): string {
  const rendererDir = path.join(dir, "renderer");
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><title>t</title>");
  return rendererDir;
}

export async function startHostFixture(options: Partial<HostOptions> = {}): Promise<HostFixture> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-host-"));
  const core = await bootCore({ siteFile: offlineSiteFile(dir), dataDir: path.join(dir, "data"), waitForConnectionMs: 0 });
  const logged: HostFixture["logged"] = [];
  const log: HostLog = {
    info: (fields, message) => logged.push({ level: "info", message, fields }),
    warn: (fields, message) => {
      logged.push({ level: "warn", message, fields });
      consoleHostLog.warn(fields, message);
    },
  };
  const host = await startHost({ service: core.service, rendererDir: fakeRenderer(dir), tileUrl: null, log, ...options });
  return {
    dir,
    core,
    host,
    logged,
    async stop() {
      await host.close();
      await core.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A client that behaves: opens with the token and our origin, and reads every reply. */
export class GoodClient {
  private nextId = 1;
  private constructor(readonly ws: WebSocket) {}

  static open(host: RunningHost): Promise<GoodClient> {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api?token=${encodeURIComponent(host.token)}`, {
      headers: { origin: `http://127.0.0.1:${host.port}` },
    });
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new GoodClient(ws)));
      ws.once("error", reject);
    });
  }

  call(method: string, args: unknown = {}, timeoutMs = 10_000): Promise<{ kind: string; result?: unknown; error?: { code: string } }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} in ${timeoutMs} ms`)), timeoutMs);
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(String(data));
        if (message.id !== id) return;
        clearTimeout(timer);
        this.ws.off("message", onMessage);
        resolve(message);
      };
      this.ws.on("message", onMessage);
      this.ws.send(JSON.stringify({ kind: "call", id, method, args }));
    });
  }

  close(): void {
    this.ws.close();
  }
}
