import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { loadSiteConfig, parseSiteConfig } from "../../main/core/sites/site-config";

const good = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));

describe("site config", () => {
  it("accepts the default Niš site", () => {
    const site = loadSiteConfig(DEFAULT_SITE_FILE);
    expect(site.services).toHaveLength(7);
    expect(site.endpoints[0]?.embeddedSimulator?.seed).toBe(1);
  });

  it("names the wrong field", () => {
    const bad = structuredClone(good);
    bad.endpoints[0].url = "http://example";
    bad.centre.lat = 123;
    expect(() => parseSiteConfig(bad, "site.json")).toThrow(/field "endpoints\.0\.url"/);
    expect(() => parseSiteConfig(bad, "site.json")).toThrow(/field "centre\.lat"/);
  });

  it("rejects unknown fields rather than ignoring a typo", () => {
    const bad = { ...structuredClone(good), tileURL: "x" };
    expect(() => parseSiteConfig(bad, "site.json")).toThrow(/tileURL/);
  });

  it("rejects a second endpoint with the same id, naming it", () => {
    const bad = structuredClone(good);
    bad.endpoints = [bad.endpoints[0], { ...structuredClone(bad.endpoints[0]), embeddedSimulator: undefined, url: "opc.tcp://scada:4840", credentials: null }];
    expect(() => parseSiteConfig(bad, "site.json")).toThrow(
      new RegExp(`field "endpoints\\.1\\.id": duplicate endpoint id "${good.endpoints[0].id}"`),
    );
    bad.endpoints[1].id = "second";
    expect(parseSiteConfig(bad, "site.json").endpoints.map((e) => e.id)).toEqual([good.endpoints[0].id, "second"]);
  });

  it.each([
    "javascript:alert(1)//{z}/{x}/{y}",
    "file:///etc/tiles/{z}/{x}/{y}.png",
    "data:image/png;base64,{z}{x}{y}",
    "ftp://tiles.example.org/{z}/{x}/{y}.png",
    "https://tiles.example.org/tile.png",
    "https://tiles.example.org/{z}/{x}/{y}.png\" onerror=\"x",
    "not a url",
  ])("refuses the tile URL %s", (tileUrl) => {
    expect(() => parseSiteConfig({ ...structuredClone(good), tileUrl }, "site.json")).toThrow(/field "tileUrl": an http\(s\) tile URL/);
  });

  it.each([
    "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
    "http://tiles.nis.local:8080/osm/{z}/{x}/{y}{r}.png",
    "HTTPS://tiles.example.org/{z}/{x}/{y}.png?key=abc",
  ])("accepts the tile URL %s", (tileUrl) => {
    expect(parseSiteConfig({ ...structuredClone(good), tileUrl }, "site.json").tileUrl).toBe(tileUrl);
  });

  it("reads a file saved with a UTF-8 byte-order mark", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ccr-site-")), "bom.json");
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(DEFAULT_SITE_FILE, "utf8")}`);
    expect(loadSiteConfig(file)).toEqual(loadSiteConfig(DEFAULT_SITE_FILE));
  });

  it("says which file is not JSON", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ccr-site-")), "broken.json");
    fs.writeFileSync(file, "{ nope");
    expect(() => loadSiteConfig(file)).toThrow(/broken\.json is not JSON/);
  });
});

describe("site config: operator positions", () => {
  it("the Niš site has desks covering every service once, and Ana sits at one", () => {
    const site = loadSiteConfig(DEFAULT_SITE_FILE);
    expect(site.positions.flatMap((p) => p.services).sort()).toEqual([...site.services].sort());
    expect(site.users.find((u) => u.login === "operator")?.position).toBe(site.positions[0]?.id);
  });

  it("names a position's unknown service, a duplicate id and a person's unknown position", () => {
    const bad = structuredClone(good);
    bad.services = bad.services.filter((s: string) => s !== "air");
    bad.endpoints = bad.endpoints.filter((e: { embeddedSimulator?: { services?: string[] } }) => !e.embeddedSimulator?.services?.includes("air"));
    expect(() => parseSiteConfig(bad, "site.json")).toThrow(/field "positions\.2\.services\.2": "air" is not one of the site's services/);
    const dup = structuredClone(good);
    dup.positions[1].id = dup.positions[0].id;
    expect(() => parseSiteConfig(dup, "site.json")).toThrow(/field "positions\.1\.id": duplicate position id/);
    const seat = structuredClone(good);
    seat.users[1].position = "nowhere";
    expect(() => parseSiteConfig(seat, "site.json")).toThrow(/field "users\.1\.position": "nowhere" is not one of the site's positions/);
  });
});
