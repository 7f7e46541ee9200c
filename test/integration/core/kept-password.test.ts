/**
 * A station password the workstation keeps (site file: `{ user, passwordKept: true }`), against
 * a real server that requires it. Until one is entered the endpoint says so and tries nothing
 * (no wrong-password attempts to lock the account); an operator may not enter it; an engineer's
 * entry is audited without the password, kept in an owner-only key file (host mode's keeper) and
 * used at once; a wrong one is the server's refusal in words; after a restart it connects with no
 * one entering anything. The password is nowhere in the SQLite files or the site file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointId, type ActionResult, type CoreToWindowMessage, type KeptPassword } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { KeyFileKeeper } from "../../../main/core/credentials/key-file-keeper";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { parseSiteConfig, type Role } from "../../../main/core/sites/site-config";
import { startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { waitFor } from "../wait-for";

const FIELD = endpointId("field-a");
/** The simulator's supervisor demo user stands in for the utility's station account. */
const STATION = { user: "supervisor", password: "supervisor-nis" };
let dir: string;
let dataDir: string;
let siteFile: string;
let sim: RunningSimulator;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-kept-password-"));
  dataDir = path.join(dir, "data");
  sim = await startSimulator({ port: 0, seed: 5, pkiDir: path.join(dir, "sim-pki"), allowAnonymous: false });
  const pki = await createClientPki(path.join(dataDir, "pki"));
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(path.join(dataDir, "pki")));
  siteFile = path.join(dir, "site.json");
}, 60_000);
afterAll(async () => {
  await sim?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The site file as an engineer writes it: the user is named, the password is not. */
function writeSite(role: Role, name: string): string {
  const nis = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
  const endpoint = { ...nis.endpoints[0], id: FIELD, embeddedSimulator: undefined, url: sim.endpointUrl, credentials: { user: STATION.user, passwordKept: true } };
  fs.writeFileSync(siteFile, JSON.stringify({ ...nis, users: [], user: { name, role }, endpoints: [endpoint] }));
  return siteFile;
}

async function start(role: Role, name: string) {
  const site = parseSiteConfig(JSON.parse(fs.readFileSync(writeSite(role, name), "utf8")), siteFile);
  const service = await ControlRoomService.start({ site, dataDir, pki: await createClientPki(path.join(dataDir, "pki")) });
  const results = new Map<number, CoreToWindowMessage>();
  let next = 1;
  const link = service.connectWindow((m) => {
    if (m.kind !== "event") results.set(m.id, m);
  });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const id = next++;
    await link.handle({ kind: "call", id, method, args });
    const r = results.get(id)!;
    if (r.kind === "error") throw new Error(`${r.error.code}: ${r.error.message}`);
    return (r as { result: T }).result;
  };
  const status = () => service.getConnections()[0]!;
  return { service, call, status };
}

/** Every byte the store wrote (database, WAL, journal), to look for a password in. */
function storeBytes(): string {
  return fs
    .readdirSync(dataDir)
    .filter((f) => f.startsWith("control-room.sqlite"))
    .map((f) => fs.readFileSync(path.join(dataDir, f)).toString("latin1"))
    .join("");
}

describe("a station password the workstation keeps", () => {
  it("waits for it without trying the server, and an operator may not enter it", async () => {
    const { service, call, status } = await start("operator", "Ana Petrović");
    try {
      await waitFor("the endpoint waiting for its password", () => status().problem?.kind === "password-not-kept", 10_000);
      expect(status()).toMatchObject({ state: "error", problem: { kind: "password-not-kept", user: "supervisor" }, nextAttemptAt: null });
      expect(status().error).toMatch(/no password for user "supervisor" is kept/);
      expect(await call<KeptPassword[]>("listKeptPasswords", {})).toEqual([{ endpointId: FIELD, user: "supervisor", kept: false, keeper: "key-file" }]);
      await expect(call("keepEndpointPassword", { endpointId: FIELD, password: STATION.password })).rejects.toThrow(/forbidden: Ana Petrović \(operator\) may not keep-password/);
      await new Promise((r) => setTimeout(r, 1500));
      expect(status().attempts).toBe(0);
      expect(fs.existsSync(new KeyFileKeeper(dataDir).fileOf(FIELD))).toBe(false);
    } finally {
      await service.stop();
    }
  }, 60_000);

  it("an engineer enters it once: a wrong one is refused by the server, the right one connects and survives a restart", async () => {
    const first = await start("engineer", "Milica Ilić");
    try {
      await waitFor("the endpoint waiting for its password", () => first.status().problem?.kind === "password-not-kept", 10_000);
      expect(await first.call<ActionResult>("keepEndpointPassword", { endpointId: FIELD, password: "pogresna" })).toMatchObject({ status: "done" });
      await waitFor("the server refusing the wrong password", () => first.status().problem?.kind === "user-refused", 30_000);

      expect(await first.call<ActionResult>("keepEndpointPassword", { endpointId: FIELD, password: STATION.password })).toMatchObject({ status: "done", error: null });
      expect(await first.service.whenConnected(30_000)).toBe(true);
      expect(await first.call<KeptPassword[]>("listKeptPasswords", {})).toEqual([{ endpointId: FIELD, user: "supervisor", kept: true, keeper: "key-file" }]);

      const [audit] = await first.service.audit();
      expect(audit).toMatchObject({ userName: "Milica Ilić", role: "engineer", action: "keep-password", target: FIELD });
      expect(audit!.detail).toMatch(/user "supervisor" for endpoint "field-a".*owner-only key file/);
      const keyFile = new KeyFileKeeper(dataDir).fileOf(FIELD);
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(keyFile, "utf8")).toBe(`${STATION.password}\n`);
    } finally {
      await first.service.stop();
    }
    // Neither the audit, the outbox nor anything else in the store holds it; nor does the site file.
    expect(storeBytes()).not.toContain(STATION.password);
    expect(storeBytes()).not.toContain("pogresna");
    expect(fs.readFileSync(siteFile, "utf8")).not.toContain(STATION.password);

    const again = await start("operator", "Ana Petrović");
    try {
      expect(await again.service.whenConnected(30_000)).toBe(true);
    } finally {
      await again.service.stop();
    }
  }, 120_000);
});
