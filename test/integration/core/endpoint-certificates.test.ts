/**
 * A server certificate outside its validity is its own problem, apart from one nobody trusted:
 * trusted but expired, and trusted but not valid yet, each with the certificate the server
 * presents (read from the server, so it is this endpoint's, whatever else sits in rejected/).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { OPCUACertificateManager } from "node-opcua";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientPki, ownCertificateFile, thumbprintOf, trustServerCertificate } from "../../../main/core/connections/pki";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { connectEndpoint, endpointAt } from "./endpoint-fixture";

const DAY = 24 * 3600_000;
let dir: string;
const running: RunningSimulator[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-cert-time-"));
});
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Our simulator, with a certificate made beforehand for the given validity (it keeps one it finds). */
async function simulatorValid(name: string, from: Date, days: number): Promise<RunningSimulator> {
  const pkiDir = path.join(dir, name);
  const manager = new OPCUACertificateManager({ rootFolder: pkiDir, automaticallyAcceptUnknownCertificate: false });
  await manager.initialize();
  await manager.createSelfSignedCertificate({
    applicationUri: "urn:city-control-room:nis:simulator",
    subject: `/CN=${name}`,
    dns: ["localhost"],
    startDate: from,
    validity: days,
    outputFile: path.join(pkiDir, "own", "certs", "certificate.pem"),
  });
  const sim = await startSimulator({ port: 0, seed: 6, pkiDir, startupScenario: null, services: ["air"] });
  running.push(sim);
  return sim;
}

/** A workstation that trusts the server's certificate, and is trusted back: only the time is wrong. */
async function trustingWorkstation(name: string, sim: RunningSimulator) {
  const root = path.join(dir, `ws-${name}`);
  const pki = await createClientPki(root);
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(root));
  return pki;
}

describe("server certificates outside their validity", () => {
  it("an expired certificate, trusted, is refused as expired, with its thumbprint and end", async () => {
    const sim = await simulatorValid("expired", new Date(Date.now() - 30 * DAY), 10);
    const probe = connectEndpoint(endpointAt(sim.endpointUrl), await trustingWorkstation("expired", sim));
    try {
      const status = await probe.settled();
      expect(status.problem?.kind).toBe("certificate-time-invalid");
      const problem = status.problem?.kind === "certificate-time-invalid" ? status.problem : null;
      expect(problem?.validity).toBe("expired");
      expect(problem?.certificate?.thumbprint).toBe(thumbprintOf(fs.readFileSync(sim.certificateFile)));
      expect(problem?.certificate?.subject).toContain("CN=expired");
      expect(Date.parse(problem!.certificate!.validTo)).toBeLessThan(Date.now());
      expect(status.error).toMatch(/certificate is expired \(thumbprint [0-9a-f]{40}/);
    } finally {
      await probe.stop();
    }
  });

  it("a certificate not valid yet is refused as such", async () => {
    const sim = await simulatorValid("future", new Date(Date.now() + 10 * DAY), 365);
    const probe = connectEndpoint(endpointAt(sim.endpointUrl), await trustingWorkstation("future", sim));
    try {
      const status = await probe.settled();
      expect(status.problem).toMatchObject({ kind: "certificate-time-invalid", validity: "not-yet-valid" });
      expect(status.error).toMatch(/certificate is not valid yet/);
    } finally {
      await probe.stop();
    }
  });
});
