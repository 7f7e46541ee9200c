// The core's utility-process entry, bundled as for Electron and run in a worker thread that
// plays Electron's parentPort: it boots, says "ready", serves a window over a MessagePort, and
// a site that cannot start is reported as "fatal" with its reason before the exit. It boots only
// once the main process has handed it the station passwords it keeps, and keeps a new one
// through the main process.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../../contract/client";
import { endpointId, type CoreToWindowMessage } from "../../contract/api";
import { parseCoreMessage, WINDOW_PORT_MESSAGE, type CoreToMainMessage, type MainToCoreMessage } from "../../main/electron/core-messages";
// @ts-expect-error plain .mjs build options shared with main/electron/build.mjs
import { bundles } from "../../main/electron/bundles.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");

// Electron's utilityProcess gives the entry `process.parentPort` (events carry { data, ports })
// and MessagePortMain ports (events carry { data }); this shim offers the same over a worker.
const SHIM = `
const wt = require("node:worker_threads");
const { EventEmitter } = require("node:events");
// Like MessagePortMain, a port delivers nothing until start().
const wrap = (p) => {
  const listeners = [];
  return {
    on: (ev, fn) => (ev === "message" ? listeners.push(fn) : p.on(ev, fn)),
    postMessage: (m) => p.postMessage(m),
    start: () => listeners.forEach((fn) => p.on("message", (data) => fn({ data }))),
  };
};
const parent = new EventEmitter();
wt.parentPort.on("message", (m) => parent.emit("message", { data: m.data, ports: m.ports.map(wrap) }));
process.parentPort = { on: (ev, fn) => parent.on(ev, fn), postMessage: (m) => wt.parentPort.postMessage(m) };
require(wt.workerData.bundle);
`;

let dir: string;
let bundle: string;

beforeAll(async () => {
  // Inside the project, so the bundle finds node-opcua and better-sqlite3 in node_modules.
  const cache = path.join(root, "node_modules", ".cache");
  fs.mkdirSync(cache, { recursive: true });
  dir = fs.mkdtempSync(path.join(cache, "ccr-core-process-"));
  const out = path.join(dir, "dist");
  // Every bundle the utility process needs (the core and what it loads beside itself).
  const needed = Object.entries(bundles as Record<string, { outfile: string }>).filter(([name]) => name !== "main" && name !== "preload");
  await Promise.all(
    needed.map(([, options]) =>
      build({ ...options, absWorkingDir: root, outfile: path.join(out, path.basename(options.outfile)), sourcemap: false, logLevel: "silent" }),
    ),
  );
  bundle = path.join(out, "core.cjs");
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function site(name: string, changes: Record<string, unknown>): string {
  const nis = JSON.parse(fs.readFileSync(path.join(root, "resources/sites/nis.json"), "utf8"));
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...nis, ...changes }));
  return file;
}

function startCore(siteFile: string, kept: Record<string, string> = {}) {
  const messages: CoreToMainMessage[] = [];
  const worker = new Worker(SHIM, {
    eval: true,
    workerData: { bundle },
    env: { ...process.env, CCR_SITE_FILE: siteFile, CCR_DATA_DIR: path.join(dir, `data-${path.basename(siteFile)}`), CCR_NATIVE_BINDING: "" },
    stderr: true,
  });
  const exited = new Promise<number>((resolve) => worker.on("exit", resolve));
  // What CoreSupervisor sends right after it starts the process.
  worker.postMessage({ data: { type: "kept-passwords", passwords: kept, refusal: null } satisfies MainToCoreMessage, ports: [] });
  const next = (type: CoreToMainMessage["type"]) =>
    new Promise<CoreToMainMessage>((resolve, reject) => {
      const found = messages.find((m) => m.type === type);
      if (found) return resolve(found);
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`core exited (${code}) before "${type}"`)));
      setTimeout(() => reject(new Error(`no "${type}" from the core within 30 s`)), 30_000).unref();
      worker.on("message", (data) => {
        const m = parseCoreMessage(data);
        if (m?.type === type) resolve(m);
      });
    });
  worker.on("message", (data) => {
    const m = parseCoreMessage(data);
    if (m) messages.push(m);
  });
  return { worker, exited, next };
}

describe("core utility process entry", () => {
  it("boots, says ready, and answers a window over its port", async () => {
    const file = site("offline", {
      endpoints: [{ id: "nis-field", url: "opc.tcp://127.0.0.1:9", securityMode: "None", securityPolicy: "None", credentials: null }],
    });
    const core = startCore(file);
    try {
      await core.next("ready");
      const { port1, port2 } = new MessageChannel();
      core.worker.postMessage({ data: WINDOW_PORT_MESSAGE, ports: [port1] }, [port1]);
      const api = createApiClient({
        send: (m) => port2.postMessage(m),
        receive: (h) => port2.on("message", (m: CoreToWindowMessage) => h(m)),
      });
      const connections = await api.getConnections({});
      expect(connections.map((c) => c.endpointId)).toEqual(["nis-field"]);
      port2.close();
    } finally {
      await core.worker.terminate();
    }
  }, 60_000);

  it("starts with the passwords the main process keeps, and keeps a new one through it", async () => {
    const file = site("kept", {
      user: { name: "Inženjer", role: "engineer" },
      users: [],
      endpoints: [
        { id: "nis-field", url: "opc.tcp://127.0.0.1:9", securityMode: "None", securityPolicy: "None", credentials: { user: "station", passwordKept: true } },
        { id: "nis-other", url: "opc.tcp://127.0.0.1:9", securityMode: "None", securityPolicy: "None", credentials: { user: "station", passwordKept: true } },
      ],
    });
    const core = startCore(file, { "nis-other": "kept-before" });
    try {
      await core.next("ready");
      const { port1, port2 } = new MessageChannel();
      core.worker.postMessage({ data: WINDOW_PORT_MESSAGE, ports: [port1] }, [port1]);
      const api = createApiClient({
        send: (m) => port2.postMessage(m),
        receive: (h) => port2.on("message", (m: CoreToWindowMessage) => h(m)),
      });
      expect((await api.listKeptPasswords({})).map((k) => [k.endpointId, k.kept, k.keeper])).toEqual([
        ["nis-field", false, "safe-storage"],
        ["nis-other", true, "safe-storage"],
      ]);
      const statuses = await api.getConnections({});
      expect(statuses.find((s) => s.endpointId === "nis-field")?.problem).toEqual({ kind: "password-not-kept", user: "station" });
      // The main process keeps it (safeStorage in the app) and answers; the core then has it.
      core.worker.on("message", (data) => {
        const m = parseCoreMessage(data);
        if (m?.type === "keep-password") core.worker.postMessage({ data: { type: "password-kept", requestId: m.requestId, error: null } satisfies MainToCoreMessage, ports: [] });
      });
      const asked = core.next("keep-password");
      const result = await api.keepEndpointPassword({ endpointId: endpointId("nis-field"), password: "nova-lozinka" });
      expect(await asked).toMatchObject({ endpointId: "nis-field", password: "nova-lozinka" });
      expect(result.status).toBe("done");
      expect((await api.listKeptPasswords({})).every((k) => k.kept)).toBe(true);
      port2.close();
    } finally {
      await core.worker.terminate();
    }
  }, 60_000);

  it("reports why it could not start, then exits non-zero", async () => {
    const file = site("broken", { endpoints: [{ id: "nis-field", securityMode: "None", securityPolicy: "None" }] });
    const core = startCore(file);
    const fatal = await core.next("fatal");
    expect(fatal).toMatchObject({ type: "fatal", message: expect.stringContaining("could not start") });
    expect(fatal.type === "fatal" && fatal.message).toContain("needs either url or embeddedSimulator");
    expect(await core.exited).toBe(1);
  }, 60_000);
});
