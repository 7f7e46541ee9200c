/**
 * Each way a real server can turn the workstation away reads as its own kind of problem, with
 * what the server offers where that tells a person what to change: security it does not offer
 * (and what it does), an identity kind it does not accept (no anonymous access), our
 * certificate refused by the server, a port that accepts and never answers. A good connection
 * says who answered (application, product) and with which security.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { connectEndpoint, endpointAt, silentServer } from "./endpoint-fixture";

let dir: string;
let sim: RunningSimulator;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-problems-"));
  // SignAndEncrypt and Sign only, user names only: no None endpoint, no anonymous access.
  sim = await startSimulator({ port: 0, seed: 4, pkiDir: path.join(dir, "sim-pki"), startupScenario: null });
});
afterAll(async () => {
  await sim?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A workstation PKI that trusts the simulator; `trustedBack`: the simulator trusts it too. */
async function workstation(name: string, trustedBack = true) {
  const root = path.join(dir, name);
  const pki = await createClientPki(root);
  await trustServerCertificate(pki, sim.certificateFile);
  if (trustedBack) await sim.trustClientCertificate(ownCertificateFile(root));
  return pki;
}

describe("endpoint problems, each its own kind", () => {
  it("a good connection says who answered, with which security, and that nothing failed", async () => {
    const probe = connectEndpoint(endpointAt(sim.endpointUrl), await workstation("good"));
    try {
      const status = await probe.settled();
      expect(status).toMatchObject({
        state: "connected",
        error: null,
        problem: null,
        security: { mode: "SignAndEncrypt", policy: "Basic256Sha256" },
        attempts: 0,
        nextAttemptAt: null,
      });
      expect(status.server).toEqual({
        applicationName: "Niš field network simulator",
        applicationUri: "urn:city-control-room:nis:simulator",
        productName: "City Control Room — Niš field network simulator",
        productUri: "urn:city-control-room:simulator",
        manufacturerName: "City Control Room",
        softwareVersion: expect.stringMatching(/^\d+\.\d+/) as unknown as string,
      });
      expect(Math.abs(status.lastConnectedAt! - status.since)).toBeLessThan(1000);
    } finally {
      await probe.stop();
    }
  });

  it("asking for security the server does not offer says what it offers", async () => {
    const config = endpointAt(sim.endpointUrl, { securityMode: "None", securityPolicy: "None" });
    const probe = connectEndpoint(config, await workstation("no-none"));
    try {
      const status = await probe.settled();
      expect(status.problem?.kind).toBe("security-mismatch");
      const offered = status.problem?.kind === "security-mismatch" ? status.problem.offered : null;
      expect(offered).toContainEqual({ mode: "SignAndEncrypt", policy: "Basic256Sha256", tokens: ["username", "certificate"] });
      expect(offered?.some((e) => e.mode === "None")).toBe(false);
      expect(status.error).toMatch(/offers no endpoint with None None \(it offers: Sign Basic256Sha256, .*SignAndEncrypt Basic256Sha256/);
      expect(status.security).toEqual({ mode: "None", policy: "None" });
    } finally {
      await probe.stop();
    }
  });

  it("anonymous access on a server without it is not a wrong password: the server accepts user names only", async () => {
    const probe = connectEndpoint(endpointAt(sim.endpointUrl, { credentials: null }), await workstation("anonymous"));
    try {
      const status = await probe.settled();
      expect(status.problem).toEqual({ kind: "token-type-unsupported", tokenType: "anonymous", offered: ["username", "certificate"] });
      expect(status.error).toMatch(/accepts no anonymous access on this endpoint \(it accepts: user name and password, user certificates\)/);
    } finally {
      await probe.stop();
    }
  });

  it("a server that does not trust the workstation's certificate says so, apart from our trust of theirs", async () => {
    const probe = connectEndpoint(endpointAt(sim.endpointUrl), await workstation("not-trusted-back", false));
    try {
      const status = await probe.settled();
      expect(status.problem).toEqual({ kind: "client-certificate-rejected", code: "BadSecurityChecksFailed" });
      expect(status.error).toMatch(/refused this workstation's certificate/);
    } finally {
      await probe.stop();
    }
  });

  it("a port that accepts and never answers is a timeout, not a refusal", async () => {
    const silent = await silentServer();
    const probe = connectEndpoint(endpointAt(silent.url), await workstation("silent"));
    try {
      // node-opcua gives up on a silent server at its transport timeout (60 s).
      const status = await probe.settled(90_000);
      expect(status.problem).toEqual({ kind: "timeout" });
      expect(status.error).toMatch(/no answer in time/);
      expect(status.attempts).toBe(1);
    } finally {
      await probe.stop();
      await silent.close();
    }
  }, 100_000);
});
