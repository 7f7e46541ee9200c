/**
 * Where a station identity's password comes from: never required in the site file. An
 * environment variable, a file only its owner reads (relative to the site file), or a secret
 * the workstation makes for its own embedded simulator; every mistake names its field.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stationSecret } from "../../main/core/identity/station-secret";
import { parseSiteConfig } from "../../main/core/sites/site-config";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-credentials-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const siteFile = path.join(dir, "site.json");

function site(credentials: unknown, endpoint: Record<string, unknown> = { url: "opc.tcp://scada.nis.local:4840" }) {
  return { id: "t", name: "T", centre: { lat: 43.3, lon: 21.9 }, services: ["water"], user: { name: "Station", role: "operator" }, endpoints: [{ id: "water", ...endpoint, credentials }] };
}

describe("station credentials", () => {
  it("reads the password from the environment variable the file names", () => {
    const parsed = parseSiteConfig(site({ user: "station", passwordEnv: "NIS_WATER_PASSWORD" }), siteFile, { NIS_WATER_PASSWORD: "s3cret" });
    expect(parsed.endpoints[0]!.credentials).toEqual({ user: "station", password: "s3cret" });
    expect(parsed.endpoints[0]!.plainTextPassword).toBe(false);
    expect(() => parseSiteConfig(site({ user: "station", passwordEnv: "NIS_WATER_PASSWORD" }), siteFile, {})).toThrow(
      /field "endpoints\.0\.credentials\.passwordEnv": the environment variable NIS_WATER_PASSWORD is not set/,
    );
  });

  it("reads the first line of a password file next to the site file, only when others cannot read it", () => {
    fs.writeFileSync(path.join(dir, "water.password"), "\uFEFFfrom-file\r\nignored\n", { mode: 0o600 });
    const parsed = parseSiteConfig(site({ user: "station", passwordFile: "water.password" }), siteFile, {});
    expect(parsed.endpoints[0]!.credentials).toEqual({ user: "station", password: "from-file" });

    fs.chmodSync(path.join(dir, "water.password"), 0o644);
    expect(() => parseSiteConfig(site({ user: "station", passwordFile: "water.password" }), siteFile, {})).toThrow(
      /field "endpoints\.0\.credentials\.passwordFile": .*water\.password can be read by other users.*chmod 600/,
    );
    expect(() => parseSiteConfig(site({ user: "station", passwordFile: "missing.password" }), siteFile, {})).toThrow(
      /field "endpoints\.0\.credentials\.passwordFile": cannot read .*missing\.password: ENOENT/,
    );
    fs.writeFileSync(path.join(dir, "empty.password"), "\n", { mode: 0o600 });
    expect(() => parseSiteConfig(site({ user: "station", passwordFile: "empty.password" }), siteFile, {})).toThrow(/is empty/);
  });

  it("accepts a password written in the file, and marks it so the core can warn", () => {
    const parsed = parseSiteConfig(site({ user: "station", password: "plain" }), siteFile, {});
    expect(parsed.endpoints[0]).toMatchObject({ credentials: { user: "station", password: "plain" }, plainTextPassword: true });
  });

  it("generates a password only for the app's own embedded simulator", () => {
    expect(() => parseSiteConfig(site({ user: "station", generated: true }), siteFile, {})).toThrow(
      /field "endpoints\.0\.credentials\.generated": a generated password works only for the app's own embeddedSimulator/,
    );
    const parsed = parseSiteConfig(site({ user: "station", generated: true }, { embeddedSimulator: { seed: 1 } }), siteFile, {});
    expect(parsed.endpoints[0]).toMatchObject({ credentials: { user: "station", password: "" }, generatedPassword: true });
  });

  it("refuses a credentials object that mixes two sources", () => {
    expect(() => parseSiteConfig(site({ user: "station", password: "a", passwordEnv: "B" }), siteFile, {})).toThrow(/field "endpoints\.0\.credentials/);
  });
});

describe("station secret", () => {
  it("is made once per workstation and endpoint, readable by its owner only, and kept", () => {
    const data = path.join(dir, "data");
    const first = stationSecret(data, "nis-water");
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(stationSecret(data, "nis-water")).toBe(first);
    expect(stationSecret(data, "nis-air")).not.toBe(first);
    expect(fs.statSync(path.join(data, "secrets", "nis-water.secret")).mode & 0o777).toBe(0o600);
  });
});
