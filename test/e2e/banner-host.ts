/**
 * A host of its own for the alarm banner's spec, with an OPC UA server only it uses, so it can
 * set off the simulator's thunderstorm (alarm-flood) without disturbing the other specs: four
 * utilities of the Niš site, trusted both ways, the site's people and positions.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { startSimulator, type RunningSimulator } from "../../main/simulator/index";
import { startHostProcess, type HostProcess } from "./host-process";

export interface BannerHost {
  sim: RunningSimulator;
  host: HostProcess;
  /** Stops both and removes their files. */
  stop(): Promise<void>;
}

export async function startBannerHost(): Promise<BannerHost> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-banner-"));
  const dataDir = path.join(dir, "data");
  // Four utilities in one server: enough for a storm of hundreds, quicker to start than seven.
  const sim = await startSimulator({ seed: 3, pkiDir: path.join(dir, "sim-pki"), services: ["water", "lighting", "traffic", "waste"] });
  let host: HostProcess | undefined;
  const stop = async () => {
    await host?.kill();
    await sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // Trusted both ways, as the app trusts the servers it starts itself.
    const pki = await createClientPki(path.join(dataDir, "pki"));
    await trustServerCertificate(pki, sim.certificateFile);
    await sim.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
    // The Niš site with its people, reduced to this one server.
    const nis = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8")) as Record<string, unknown>;
    const site = {
      ...pick(nis, ["id", "name", "centre", "zoom", "services", "tileUrl", "user", "users", "positions", "permissions"]),
      endpoints: [
        {
          id: "nis-field",
          url: sim.endpointUrl,
          securityMode: "SignAndEncrypt",
          securityPolicy: "Basic256Sha256",
          samplingIntervalMs: 0,
          credentials: { user: "supervisor", passwordEnv: "CCR_E2E_BANNER_PASSWORD" },
        },
      ],
    };
    const siteFile = path.join(dir, "site.json");
    fs.writeFileSync(siteFile, JSON.stringify(site));
    host = await startHostProcess(["--data", dataDir, "--site", siteFile], { CCR_E2E_BANNER_PASSWORD: "supervisor-nis" });
    return { sim, host, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function pick(from: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in from).map((k) => [k, from[k]]));
}
