/**
 * Station passwords the workstation keeps (site config `passwordKept`): the site file names the
 * user only; host mode keeps the password in an owner-only key file, the desktop app through its
 * main process (ShellKeeper), which answers whether it kept it; the core puts a kept password in
 * the endpoint's credentials before the first connect and when an engineer enters a new one.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { endpointId } from "../../contract/api";
import { KeyFileKeeper } from "../../main/core/credentials/key-file-keeper";
import { KeptPasswords } from "../../main/core/credentials/kept-passwords";
import { ShellKeeper, type KeepRequest } from "../../main/core/credentials/shell-keeper";
import { parseSiteConfig } from "../../main/core/sites/site-config";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-kept-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const WATER = endpointId("water");

function site(credentials: unknown) {
  return { id: "t", name: "T", centre: { lat: 43.3, lon: 21.9 }, services: ["water"], user: { name: "Station", role: "operator" }, endpoints: [{ id: "water", url: "opc.tcp://scada.nis.local:4840", credentials }] };
}

describe("passwordKept in the site file", () => {
  it("names the user only; the password starts empty and is marked kept", () => {
    const parsed = parseSiteConfig(site({ user: "station", passwordKept: true }), path.join(dir, "site.json"), {});
    expect(parsed.endpoints[0]).toMatchObject({ credentials: { user: "station", password: "" }, keptPassword: true, plainTextPassword: false });
  });
  it("refuses a passwordKept that is not true, and a password beside it, naming the field", () => {
    expect(() => parseSiteConfig(site({ user: "station", passwordKept: false }), "site.json", {})).toThrow(/field "endpoints\.0\.credentials/);
    expect(() => parseSiteConfig(site({ user: "station", passwordKept: true, password: "x" }), "site.json", {})).toThrow(/field "endpoints\.0\.credentials/);
  });
});

describe("host mode's key files", () => {
  it("keeps the password in a file only its owner reads, in a folder only its owner opens", async () => {
    const keeper = new KeyFileKeeper(path.join(dir, "data"));
    expect(keeper.get(WATER)).toBeNull();
    await keeper.keep(WATER, "first");
    await keeper.keep(WATER, "s3cret");
    expect(keeper.get(WATER)).toBe("s3cret");
    const file = keeper.fileOf(WATER);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["water.key"]);
  });
  it("refuses a key file others can read, saying what to do", async () => {
    const keeper = new KeyFileKeeper(path.join(dir, "widened"));
    await keeper.keep(WATER, "s3cret");
    fs.chmodSync(keeper.fileOf(WATER), 0o644);
    expect(() => keeper.get(WATER)).toThrow(/can be read by other users.*chmod 600/);
  });
  it("never turns an endpoint id into a path elsewhere", () => {
    const keeper = new KeyFileKeeper(path.join(dir, "data"));
    expect(path.dirname(keeper.fileOf(endpointId("../../etc/passwd")))).toBe(path.join(dir, "data", "credentials"));
  });
});

describe("the desktop app's keeper (through the main process)", () => {
  it("uses a new password only once the main process said it is kept", async () => {
    const asked: KeepRequest[] = [];
    const keeper = new ShellKeeper({ water: "old" }, null, (r) => asked.push(r));
    expect(keeper.get(WATER)).toBe("old");
    const kept = keeper.keep(WATER, "new");
    expect(asked).toEqual([{ requestId: 1, endpointId: "water", password: "new" }]);
    expect(keeper.get(WATER)).toBe("old");
    keeper.answered(99, null); // an answer to nothing asked changes nothing
    keeper.answered(1, null);
    await kept;
    expect(keeper.get(WATER)).toBe("new");
  });
  it("passes on the main process's refusal and keeps the old password", async () => {
    const keeper = new ShellKeeper({ water: "old" }, null, () => undefined);
    const kept = keeper.keep(WATER, "new");
    keeper.answered(1, "the key store is locked");
    await expect(kept).rejects.toThrow("the key store is locked");
    expect(keeper.get(WATER)).toBe("old");
  });
  it("refuses at once on a workstation without a key store, asking nothing", async () => {
    const asked: KeepRequest[] = [];
    const keeper = new ShellKeeper({}, "this computer has no key store", (r) => asked.push(r));
    await expect(keeper.keep(WATER, "new")).rejects.toThrow("no key store");
    expect(asked).toEqual([]);
  });
});

describe("the core's kept passwords", () => {
  it("fills the endpoint's credentials in place, lists which are kept, and keeps a new one", async () => {
    const parsed = parseSiteConfig(site({ user: "station", passwordKept: true }), path.join(dir, "site.json"), {});
    const keeper = new KeyFileKeeper(path.join(dir, "core"));
    const kept = new KeptPasswords(parsed.endpoints, keeper);
    const credentials = parsed.endpoints[0]!.credentials!;
    expect(kept.fill()).toEqual([]);
    expect(kept.list()).toEqual([{ endpointId: WATER, user: "station", kept: false, keeper: "key-file" }]);
    await kept.keep(WATER, "s3cret");
    expect(credentials.password).toBe("s3cret");
    expect(kept.list()[0]!.kept).toBe(true);
    // A restart reads it back.
    const again = parseSiteConfig(site({ user: "station", passwordKept: true }), path.join(dir, "site.json"), {});
    new KeptPasswords(again.endpoints, keeper).fill();
    expect(again.endpoints[0]!.credentials!.password).toBe("s3cret");
  });
  it("keeps nothing for an endpoint whose password comes from elsewhere", async () => {
    const parsed = parseSiteConfig(site({ user: "station", passwordEnv: "P" }), path.join(dir, "site.json"), { P: "env" });
    const kept = new KeptPasswords(parsed.endpoints, new KeyFileKeeper(path.join(dir, "other")));
    expect(kept.list()).toEqual([]);
    expect(kept.userOf(WATER)).toBeNull();
    await expect(kept.keep(WATER, "x")).rejects.toThrow(/does not take a kept password/);
  });
});
