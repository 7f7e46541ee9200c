/**
 * Bad input at an endpoint gets a sentence a person can act on, naming the endpoint: a wrong
 * password, a server whose certificate nobody trusted (never accepted silently), and a server
 * that is not there. Each also comes as data (`problem`), which a window puts in its language.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig, type SiteConfig } from "../../../main/core/sites/site-config";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { endpointId, type EndpointStatus } from "../../../contract/api";

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

function siteWith(credentials: { user: string; password: string }, url = sim.endpointUrl): SiteConfig {
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  site.endpoints = [{ ...site.endpoints[0]!, id: endpointId("field-a"), embeddedSimulator: undefined, url, credentials }];
  return site;
}

async function firstErrorStatus(service: ControlRoomService): Promise<EndpointStatus & { error: string }> {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const s = service.getConnections()[0];
    if (s?.state === "error" && s.error) return { ...s, error: s.error };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no error status; last: ${JSON.stringify(service.getConnections())}`);
}

/** A loopback port nobody listens on: bound, noted and closed again. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("endpoint errors", () => {
  it("names the endpoint and the user when the password is wrong", async () => {
    const dataDir = path.join(dir, "wrong-password");
    const pki = await createClientPki(path.join(dataDir, "pki"));
    await trustServerCertificate(pki, sim.certificateFile);
    await sim.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
    const service = await ControlRoomService.start({ site: siteWith({ user: "supervisor", password: "nope" }), dataDir, pki });
    try {
      const status = await firstErrorStatus(service);
      expect(status.error).toContain('Endpoint "field-a"');
      expect(status.error).toContain(sim.endpointUrl);
      expect(status.error).toMatch(/user "supervisor"/);
      expect(status.problem).toEqual({ kind: "user-refused", user: "supervisor" });
    } finally {
      await service.stop();
    }
  });

  it("refuses a server certificate nobody trusted and shows its thumbprint", async () => {
    const dataDir = path.join(dir, "untrusted");
    const service = await ControlRoomService.start({ site: siteWith({ user: "supervisor", password: "supervisor-nis" }), dataDir });
    try {
      const status = await firstErrorStatus(service);
      const error = status.error;
      expect(error).toContain('Endpoint "field-a"');
      expect(error).toMatch(/not trusted/);
      expect(error).toMatch(/thumbprint [0-9a-f]{40}/);
      expect(service.getConnections()[0]?.state).not.toBe("connected");
      // The same certificate as data: the thumbprint of the sentence, and validity a window can format.
      const thumbprint = /thumbprint ([0-9a-f]{40})/.exec(error)![1];
      expect(status.problem?.kind).toBe("certificate-untrusted");
      const certificate = status.problem?.kind === "certificate-untrusted" ? status.problem.certificate : null;
      expect(certificate).toMatchObject({ thumbprint });
      expect(error).toContain(`subject ${certificate!.subject}`);
      expect(certificate!.subject).toMatch(/simulator/i);
      for (const time of [certificate!.validFrom, certificate!.validTo]) expect(new Date(time).toISOString()).toBe(time);
      expect(Date.parse(certificate!.validFrom)).toBeLessThan(Date.parse(certificate!.validTo));
    } finally {
      await service.stop();
    }
  });

  it("says a server that does not answer is unreachable", async () => {
    const url = `opc.tcp://127.0.0.1:${await closedPort()}/UA/Nis`;
    const dataDir = path.join(dir, "unreachable");
    const service = await ControlRoomService.start({ site: siteWith({ user: "supervisor", password: "supervisor-nis" }, url), dataDir });
    try {
      const status = await firstErrorStatus(service);
      expect(status.error).toContain('Endpoint "field-a"');
      expect(status.error).toContain(url);
      expect(status.problem).toEqual({ kind: "unreachable" });
    } finally {
      await service.stop();
    }
  });
});
