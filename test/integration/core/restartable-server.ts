/**
 * A simulator on a fixed loopback port that a test can stop and start again (a SCADA server
 * restarting under the workstation), trusted both ways, and a site pointing at it.
 */
import net from "node:net";
import path from "node:path";
import type { OPCUACertificateManager } from "node-opcua";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { endpointId } from "../../../contract/ids";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig, type SiteConfig } from "../../../main/core/sites/site-config";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

export interface RestartableServer {
  sim: RunningSimulator;
  /** The workstation's PKI, trusting this server; the server trusts it back. */
  pki: OPCUACertificateManager;
  /**
   * The default site reduced to one endpoint, "nis-field", pointed at this server (which serves
   * every utility), as a single-user station.
   */
  site: SiteConfig;
  /** A fresh server on the same address (every EventId changes). */
  restart(): Promise<RunningSimulator>;
}

export async function restartableServer(dir: string, seed: number): Promise<RestartableServer> {
  const port = await freePort();
  const start = () => startSimulator({ port, seed, pkiDir: path.join(dir, "sim-pki") });
  const sim = await start();
  const pki = await createClientPki(path.join(dir, "pki"));
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(path.join(dir, "pki")));
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  // The station acts as the simulator's supervisor demo user.
  const credentials = { user: "supervisor", password: "supervisor-nis" };
  site.endpoints = [{ ...site.endpoints[0]!, id: endpointId("nis-field"), embeddedSimulator: undefined, url: sim.endpointUrl, credentials }];
  // A single-user station (the site file's user acts): tests of sign-in add the people back.
  site.users = [];
  const server: RestartableServer = {
    sim,
    pki,
    site,
    async restart() {
      server.sim = await start();
      return server.sim;
    },
  };
  return server;
}
