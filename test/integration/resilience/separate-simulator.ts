/**
 * The simulator as a process of its own (`main/simulator/cli.ts`), on a fixed loopback port, so
 * a test can kill it outright (SIGKILL: no goodbye to any client) and start it again on the
 * same address with the same certificate. Its own event loop also keeps the server's timing
 * apart from the core's, as in the field. And the one-endpoint site that points at it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { endpointId } from "../../../contract/ids";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig, type SiteConfig } from "../../../main/core/sites/site-config";

const REPO = path.resolve(import.meta.dirname, "../../..");
export const SUPERVISOR = { user: "supervisor", password: "supervisor-nis" };

export interface SeparateSimulator {
  url: string;
  certificateFile: string;
  /** Starts it (again); resolves once every asset is live. */
  start(): Promise<void>;
  /** SIGKILL, and waits for the process to be gone. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** `args`: more simulator flags (services, scenario, scale); the port, PKI and client trust are set here. */
export async function separateSimulator(pkiDir: string, args: string[], startTimeoutMs = 120_000): Promise<SeparateSimulator> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let certificateFile = "";
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const flags = ["--port", String(port), "--pki", pkiDir, "--accept-unknown-clients", ...args];
      const proc = spawn(process.execPath, ["--import", "tsx", "main/simulator/cli.ts", ...flags], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
      child = proc;
      let out = "";
      const timer = setTimeout(() => reject(new Error(`The simulator did not get ready in ${startTimeoutMs} ms:\n${out}`)), startTimeoutMs);
      proc.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const cert = /Server certificate: (.+)/.exec(out);
        if (cert) certificateFile = cert[1]!.trim();
        if (/All assets live/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      proc.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`The simulator exited (${code ?? signal}) before it was ready:\n${out}`));
      });
    });
  const kill = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGKILL");
    await gone;
  };
  await start();
  return {
    url: `opc.tcp://127.0.0.1:${port}/UA/Nis`,
    get certificateFile() {
      return certificateFile;
    },
    start,
    kill,
    stop: kill,
  };
}

/** The default site reduced to one endpoint at `url`, a single-user station acting as the simulator's supervisor. */
export function oneEndpointSite(url: string, keepAliveMs?: number): SiteConfig {
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  site.endpoints = [{ ...site.endpoints[0]!, id: endpointId("nis-field"), embeddedSimulator: undefined, url, credentials: SUPERVISOR, keepAliveMs }];
  site.users = [];
  return site;
}
