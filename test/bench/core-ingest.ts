/**
 * The whole core on a live simulator: discovery, monitored-item creation and value
 * notifications reaching the tag cache, with the heap it holds, at the default size (the
 * baseline) and at --scale 100k, in the same run. The simulator runs in the same process, so
 * the figures are for core + server together on this machine's 2 cores.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../main/core/connections/pki";
import { ControlRoomService } from "../../main/core/composition/control-room";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { loadSiteConfig } from "../../main/core/sites/site-config";
import { startSimulator } from "../../main/simulator/index";

const WINDOW_MS = 15_000;

export interface IngestFigures {
  tags: number;
  readyS: number;
  perSecond: number;
  heapMB: number;
}

export async function measureIngest(scale: number | undefined): Promise<IngestFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-ingest-"));
  const sim = await startSimulator({ port: 0, seed: 1, scale, pkiDir: path.join(dir, "sim-pki") });
  await sim.ready();
  const pki = await createClientPki(path.join(dir, "pki"));
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(path.join(dir, "pki")));
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  site.endpoints = [{ ...site.endpoints[0]!, embeddedSimulator: undefined, url: sim.endpointUrl, credentials: { user: "supervisor", password: "supervisor-nis" } }];
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki });
  try {
    // Ready = connected, discovered, and the first value of most tags arrived.
    const tags = () => service.listAssets().reduce((n, a) => n + a.tags.length, 0);
    const count = () => service.valueNotifications();
    while (!(await service.whenConnected(1000)) || count() < tags() * 0.9) await new Promise((r) => setTimeout(r, 200));
    const readyS = (performance.now() - t0) / 1000;
    const before = count();
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const perSecond = (count() - before) / (WINDOW_MS / 1000);
    global.gc?.();
    const heapMB = (process.memoryUsage().heapUsed - heap0) / 1e6;
    return { tags: tags(), readyS, perSecond, heapMB };
  } finally {
    await service.stop();
    await sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
