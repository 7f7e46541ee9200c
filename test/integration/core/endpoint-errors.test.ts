/**
 * Bad input at an endpoint gets a sentence a person can act on, naming the endpoint: a wrong
 * password, a server whose certificate nobody trusted (never accepted silently), a port nothing
 * listens at and a host name that does not resolve. Each also comes as data (`problem`), which a window puts in its language.
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
import { endpointId, type CoreToWindowMessage, type EndpointStatus } from "../../../contract/api";
import { waitFor } from "../wait-for";

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

/** Calls the contract as a window of the service does, answering the result or throwing "code: message". */
function windowCaller(service: ControlRoomService) {
  const results = new Map<number, CoreToWindowMessage>();
  let next = 1;
  const link = service.connectWindow((m) => {
    if (m.kind !== "event") results.set(m.id, m);
  });
  return async <T>(method: string, args: unknown): Promise<T> => {
    const id = next++;
    await link.handle({ kind: "call", id, method, args });
    const r = results.get(id)!;
    if (r.kind === "error") throw new Error(`${r.error.code}: ${r.error.message}`);
    return (r as { result: T }).result;
  };
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

  it("says nothing listens at a closed port (refused), counts the attempt and says when the next one is due", async () => {
    const url = `opc.tcp://127.0.0.1:${await closedPort()}/UA/Nis`;
    const dataDir = path.join(dir, "refused");
    // A single-user station: the site file's user is the person on duty, who may ask for a retry.
    const site = { ...siteWith({ user: "supervisor", password: "supervisor-nis" }, url), users: [] };
    const service = await ControlRoomService.start({ site, dataDir });
    try {
      const status = await firstErrorStatus(service);
      expect(status.error).toContain('Endpoint "field-a"');
      expect(status.error).toContain(url);
      expect(status.error).toMatch(/connection refused/);
      expect(status.problem).toEqual({ kind: "refused" });
      expect(status).toMatchObject({ security: { mode: "SignAndEncrypt", policy: "Basic256Sha256" }, server: null, lastConnectedAt: null });
      expect(status.attempts).toBeGreaterThanOrEqual(1);
      expect(status.nextAttemptAt).toBeGreaterThan(status.since);
      // Refused again and again: the attempts add up, and "since" stays when the trouble began.
      const later = await waitFor("a third refused attempt", () => {
        const s = service.getConnections()[0];
        return s && (s.attempts ?? 0) >= 3 && s.state === "error" ? s : null;
      }, 20_000);
      expect(later.since).toBe(status.since);
      expect(later.nextAttemptAt! - Date.now()).toBeGreaterThan(2000);

      // "Retry now" from a window: an attempt at once, not at the back-off's time.
      const call = windowCaller(service);
      const before = later.attempts!;
      const answer = await call<EndpointStatus>("retryEndpoint", { endpointId: "field-a" });
      expect(answer.endpointId).toBe("field-a");
      await waitFor("the asked-for attempt", () => (service.getConnections()[0]!.attempts ?? 0) > before, 1500);
      await expect(call("retryEndpoint", { endpointId: "no-such-endpoint" })).rejects.toThrow(/not-found: No endpoint "no-such-endpoint"/);
    } finally {
      await service.stop();
    }
  }, 30_000);

  it("says a host name that does not resolve is unknown", async () => {
    const url = "opc.tcp://no-such-host.invalid:4840";
    const dataDir = path.join(dir, "unknown-host");
    const service = await ControlRoomService.start({ site: siteWith({ user: "supervisor", password: "supervisor-nis" }, url), dataDir });
    try {
      const status = await firstErrorStatus(service);
      expect(status.problem).toEqual({ kind: "host-unknown", host: "no-such-host.invalid" });
      expect(status.error).toMatch(/host name "no-such-host.invalid" is not known/);
      // A station that lists its people, nobody signed in: nobody to ask for a retry.
      await expect(windowCaller(service)("retryEndpoint", { endpointId: "field-a" })).rejects.toThrow(/forbidden: Nobody is signed in/);
    } finally {
      await service.stop();
    }
  });
});
