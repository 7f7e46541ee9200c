/**
 * Bad input at an endpoint gets a sentence a person can act on, naming the endpoint: a wrong
 * password, and a server whose certificate nobody trusted (never accepted silently).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig, type SiteConfig } from "../../../main/core/sites/site-config";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { endpointId } from "../../../contract/api";

let dir: string;
let sim: RunningSimulator;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-errors-"));
  sim = await startSimulator({ port: 0, seed: 3, pkiDir: path.join(dir, "sim-pki") });
});
afterAll(async () => {
  await sim?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function siteWith(credentials: { user: string; password: string }): SiteConfig {
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  site.endpoints = [{ ...site.endpoints[0]!, id: endpointId("field-a"), embeddedSimulator: undefined, url: sim.endpointUrl, credentials }];
  return site;
}

async function firstError(service: ControlRoomService): Promise<string> {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const s = service.getConnections()[0];
    if (s?.state === "error" && s.error) return s.error;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no error status; last: ${JSON.stringify(service.getConnections())}`);
}

describe("endpoint errors", () => {
  it("names the endpoint and the user when the password is wrong", async () => {
    const dataDir = path.join(dir, "wrong-password");
    const pki = await createClientPki(path.join(dataDir, "pki"));
    await trustServerCertificate(pki, sim.certificateFile);
    await sim.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
    const service = await ControlRoomService.start({ site: siteWith({ user: "supervisor", password: "nope" }), dataDir, pki });
    try {
      const error = await firstError(service);
      expect(error).toContain('Endpoint "field-a"');
      expect(error).toContain(sim.endpointUrl);
      expect(error).toMatch(/user "supervisor"/);
    } finally {
      await service.stop();
    }
  });

  it("refuses a server certificate nobody trusted and shows its thumbprint", async () => {
    const dataDir = path.join(dir, "untrusted");
    const service = await ControlRoomService.start({ site: siteWith({ user: "supervisor", password: "supervisor-nis" }), dataDir });
    try {
      const error = await firstError(service);
      expect(error).toContain('Endpoint "field-a"');
      expect(error).toMatch(/not trusted/);
      expect(error).toMatch(/thumbprint [0-9a-f]{40}/);
      expect(service.getConnections()[0]?.state).not.toBe("connected");
    } finally {
      await service.stop();
    }
  });
});
