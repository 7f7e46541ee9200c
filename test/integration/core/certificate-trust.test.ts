/**
 * Trust managed by a person, against a real server whose certificate the workstation never
 * trusted: the endpoint is refused and says which certificate; listCertificates shows it
 * among the rejected; an operator may not trust it (the core refuses); an engineer's trust is
 * audited with their name and the endpoint connects at once, without restarting the core
 * and before its back-off would have tried again; a reject moves it back and the endpoint is
 * refused again. The workstation's own certificate is shown and can be renewed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointId, type ActionResult, type CertificateList, type CoreToWindowMessage, type EndpointStatus } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, ownCertificateFile, previousOwnCertificatesFolder } from "../../../main/core/connections/pki";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { loadSiteConfig, type Role, type SiteConfig } from "../../../main/core/sites/site-config";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { waitFor } from "../wait-for";

const FIELD = endpointId("field-a");
/** The station acts as the simulator's supervisor demo user. */
const SUPERVISOR = { user: "supervisor", password: "supervisor-nis" };
let dir: string;
let pkiDir: string;
let sim: RunningSimulator;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-trust-"));
  pkiDir = path.join(dir, "data", "pki");
  sim = await startSimulator({ port: 0, seed: 5, pkiDir: path.join(dir, "sim-pki") });
  // The server knows the workstation; the workstation has never seen the server.
  await createClientPki(pkiDir);
  await sim.trustClientCertificate(ownCertificateFile(pkiDir));
});
afterAll(async () => {
  await sim?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A single-user station (the site file's user acts) of the given role, on this server. */
function siteAs(role: Role, name: string): SiteConfig {
  const site = loadSiteConfig(DEFAULT_SITE_FILE);
  site.endpoints = [{ ...site.endpoints[0]!, id: FIELD, embeddedSimulator: undefined, url: sim.endpointUrl, credentials: SUPERVISOR }];
  site.users = [];
  site.user = { name, role };
  return site;
}

function openWindow(service: ControlRoomService) {
  const statuses: EndpointStatus[] = [];
  const results = new Map<number, CoreToWindowMessage>();
  let next = 1;
  const link = service.connectWindow((m) => {
    if (m.kind === "event" && m.topic === "connection") statuses.push({ ...(m.payload as EndpointStatus) });
    else if (m.kind !== "event") results.set(m.id, m);
  });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const id = next++;
    await link.handle({ kind: "call", id, method, args });
    const r = results.get(id)!;
    if (r.kind === "error") throw new Error(`${r.error.code}: ${r.error.message}`);
    return (r as { result: T }).result;
  };
  return { statuses, call };
}

async function refusedFor(service: ControlRoomService): Promise<string> {
  const status = await waitFor(
    "the endpoint refused for its certificate",
    () => service.getConnections().find((s) => s.state === "error" && s.problem?.kind === "certificate-untrusted"),
    30_000,
  );
  const thumbprint = status.problem?.kind === "certificate-untrusted" ? status.problem.certificate?.thumbprint : undefined;
  expect(thumbprint).toMatch(/^[0-9a-f]{40}$/);
  return thumbprint!;
}

const state = (service: ControlRoomService) => service.getConnections()[0]?.state;

describe("certificate trust", () => {
  let thumbprint: string;

  it("shows the refused server certificate among the rejected, and an operator may not trust it", async () => {
    const service = await ControlRoomService.start({ site: siteAs("operator", "Ana Petrović"), dataDir: path.join(dir, "data") });
    const win = openWindow(service);
    try {
      thumbprint = await refusedFor(service);
      const list = await win.call<CertificateList>("listCertificates", {});
      const server = list.servers.find((c) => c.thumbprint === thumbprint);
      expect(server).toMatchObject({ status: "rejected", endpointIds: [FIELD], expired: false });
      expect(server!.subject).toMatch(/simulator/i);
      expect(server!.issuer).toBe(server!.subject); // self-signed
      expect(server!.applicationUri).toMatch(/^urn:/);
      for (const time of [server!.validFrom, server!.validTo]) expect(new Date(time).toISOString()).toBe(time);
      // The workstation's own: thumbprint, expiry and where it is; never a certificate body.
      expect(list.own).toMatchObject({ applicationUri: "urn:city-control-room:workstation", file: ownCertificateFile(pkiDir), previous: 0 });
      expect(list.own!.thumbprint).toMatch(/^[0-9a-f]{40}$/);
      expect(Date.parse(list.own!.validTo)).toBeGreaterThan(Date.now());
      expect(JSON.stringify(list)).not.toMatch(/BEGIN CERTIFICATE|MII/);

      await expect(win.call("trustCertificate", { thumbprint, endpointId: FIELD })).rejects.toThrow(/forbidden: Ana Petrović \(operator\) may not trust-certificate/);
      await expect(win.call("renewOwnCertificate", {})).rejects.toThrow(/forbidden/);
      expect((await win.call<CertificateList>("listCertificates", {})).servers.find((c) => c.thumbprint === thumbprint)?.status).toBe("rejected");
      expect((await service.audit()).filter((a) => a.action.includes("certificate"))).toEqual([]);
      await new Promise((r) => setTimeout(r, 1000));
      expect(state(service)).not.toBe("connected");
    } finally {
      await service.stop();
    }
  }, 60_000);

  it("an engineer's trust is audited and connects at once; a reject refuses it again; renewal sets the old own certificate aside", async () => {
    const service = await ControlRoomService.start({ site: siteAs("engineer", "Milica Ilić"), dataDir: path.join(dir, "data") });
    const win = openWindow(service);
    try {
      expect(await refusedFor(service)).toBe(thumbprint);
      // Three refusals: the back-off now waits 8 s before the next attempt.
      await waitFor("three refused attempts", () => win.statuses.filter((s) => s.state === "error").length >= 3, 30_000);
      const trustedAt = Date.now();
      const trusted = await win.call<ActionResult>("trustCertificate", { thumbprint: thumbprint.toUpperCase(), endpointId: FIELD });
      expect(trusted).toMatchObject({ status: "done", error: null });
      await waitFor("connected after the trust", () => state(service) === "connected", 5_000);
      expect(Date.now() - trustedAt).toBeLessThan(5_000);
      expect(await service.whenConnected(30_000)).toBe(true);

      const [audit] = await service.audit();
      expect(audit).toMatchObject({ userName: "Milica Ilić", role: "engineer", action: "trust-certificate", target: thumbprint });
      expect(audit!.detail).toContain(thumbprint);
      const [row] = await win.call<Array<{ kind: string; status: string; userName: string }>>("listActions", { statuses: ["done"] });
      expect(row).toMatchObject({ kind: "trust-certificate", status: "done", userName: "Milica Ilić" });
      const afterTrust = await win.call<CertificateList>("listCertificates", {});
      expect(afterTrust.servers.find((c) => c.thumbprint === thumbprint)).toMatchObject({ status: "trusted", endpointIds: [FIELD] });
      // Trusting it twice is refused in words.
      await expect(win.call("trustCertificate", { thumbprint })).rejects.toThrow(/already trusted/);

      // Reject: the live connection is dropped and the next one is refused, without a restart.
      expect(await win.call<ActionResult>("rejectCertificate", { thumbprint })).toMatchObject({ status: "done" });
      await refusedFor(service);
      expect((await service.audit())[0]).toMatchObject({ userName: "Milica Ilić", action: "reject-certificate", target: thumbprint });
      expect((await win.call<CertificateList>("listCertificates", {})).servers.find((c) => c.thumbprint === thumbprint)?.status).toBe("rejected");
      const refusedSince = win.statuses.length;
      await new Promise((r) => setTimeout(r, 3000));
      expect(state(service)).not.toBe("connected");
      expect(win.statuses.slice(refusedSince).some((s) => s.state === "connected")).toBe(false);

      // Renewal: a new thumbprint, the old certificate set aside, audited.
      const before = (await win.call<CertificateList>("listCertificates", {})).own!;
      expect(await win.call<ActionResult>("renewOwnCertificate", {})).toMatchObject({ status: "done" });
      const after = (await win.call<CertificateList>("listCertificates", {})).own!;
      expect(after.thumbprint).not.toBe(before.thumbprint);
      expect(after.previous).toBe(1);
      expect(fs.readdirSync(previousOwnCertificatesFolder(pkiDir)).join()).toContain(before.thumbprint);
      expect((await service.audit())[0]).toMatchObject({ userName: "Milica Ilić", action: "renew-certificate" });
      expect((await service.audit())[0]!.detail).toContain(before.thumbprint);
    } finally {
      await service.stop();
    }
  }, 90_000);
});
