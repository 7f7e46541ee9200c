/**
 * One endpoint connection on its own (no store, no windows), against a real server, for tests of
 * what the core says about an endpoint: the statuses it reports, and a wait for the first one
 * that settles (connected, or refused with a problem).
 */
import net from "node:net";
import type { OPCUACertificateManager } from "node-opcua";
import { endpointId, type EndpointStatus } from "../../../contract/api";
import { EndpointConnection } from "../../../main/core/connections/endpoint-connection";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig, type EndpointConfig } from "../../../main/core/sites/site-config";
import { waitFor } from "../wait-for";

export const SUPERVISOR = { user: "supervisor", password: "supervisor-nis" };

export interface Probe {
  connection: EndpointConnection;
  statuses: EndpointStatus[];
  /** The first status after connecting or being refused (not "connecting"). */
  settled(timeoutMs?: number): Promise<EndpointStatus>;
  stop(): Promise<void>;
}

/** The default site's first endpoint, pointed at `url`, with these settings. */
export function endpointAt(url: string, settings: Partial<EndpointConfig> = {}): EndpointConfig & { url: string } {
  const base = loadSiteConfig(DEFAULT_SITE_FILE).endpoints[0]!;
  return { ...base, id: endpointId("field-a"), embeddedSimulator: undefined, credentials: SUPERVISOR, ...settings, url };
}

export function connectEndpoint(config: EndpointConfig & { url: string }, pki: OPCUACertificateManager): Probe {
  const statuses: EndpointStatus[] = [];
  const connection = new EndpointConnection(config, pki, {
    onStatus: (s) => statuses.push(s),
    onSession: async () => undefined,
    onReconnected: async () => undefined,
  });
  connection.start();
  return {
    connection,
    statuses,
    settled: (timeoutMs = 30_000) =>
      waitFor(`a settled status of ${config.url}`, () => statuses.find((s) => s.state === "connected" || s.state === "error"), timeoutMs),
    stop: () => connection.stop(),
  };
}

/** A loopback port nobody listens on: bound, noted and closed again. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A port that accepts connections and never says a word (a hung server, a wrong service). */
export async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `opc.tcp://127.0.0.1:${port}/UA/Silent`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
