// The desktop CSP carries the site's tile server (the map is blank without it), and nothing else.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, tileSources } from "../../main/core/csp";
import { desktopCsp } from "../../main/electron/desktop-csp";

const imgSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("img-src "));

describe("contentSecurityPolicy with a tile server", () => {
  it("adds the tile origin for an https tile URL", () => {
    const csp = contentSecurityPolicy({ connect: [], tileUrl: "https://tiles.example.org/osm/{z}/{x}/{y}.png" });
    expect(imgSrc(csp)).toBe("img-src 'self' data: https://tiles.example.org");
  });

  it("adds nothing for null", () => {
    const csp = contentSecurityPolicy({ connect: [], tileUrl: null });
    expect(imgSrc(csp)).toBe("img-src 'self' data:");
    expect(csp).not.toMatch(/https?:/);
  });

  it("keeps the rest of the policy strict", () => {
    const csp = contentSecurityPolicy({ connect: [], tileUrl: "https://tiles.example.org/{z}/{x}/{y}.png" });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("tiles.example.org/");
  });
});

describe("tileSources", () => {
  it("turns {s} as the leftmost label into a wildcard, since Leaflet rotates a., b., c.", () => {
    expect(tileSources("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toEqual(["https://*.tile.openstreetmap.org"]);
  });
  it("lists Leaflet's subdomains when {s} sits inside a label", () => {
    expect(tileSources("https://tile{s}.example.org/{z}/{x}/{y}{r}.png")).toEqual([
      "https://tilea.example.org",
      "https://tileb.example.org",
      "https://tilec.example.org",
    ]);
  });
  it("keeps a port and allows plain http (an on-premises tile server)", () => {
    expect(tileSources("http://10.20.0.5:8080/tiles/{z}/{x}/{y}.png")).toEqual(["http://10.20.0.5:8080"]);
  });
  it.each([
    "javascript:alert(1)//{z}",
    "data:image/png;base64,AAAA",
    "file:///etc/tiles/{z}.png",
    "ftp://tiles.example.org/{z}.png",
    "https://a;b.example.org/{z}.png",
    "https://tiles.example.org'/{z}.png",
    "https://user:pw@tiles.example.org/{z}.png",
    "https://*.example.org/{z}.png",
    "not a url",
    "",
  ])("adds nothing for %j", (tileUrl) => {
    expect(tileSources(tileUrl)).toEqual([]);
    expect(imgSrc(contentSecurityPolicy({ connect: [], tileUrl }))).toBe("img-src 'self' data:");
  });
});

describe("desktopCsp reads the tile URL from the site file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-csp-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const nis = JSON.parse(fs.readFileSync(path.resolve("resources/sites/nis.json"), "utf8"));

  it("puts the site's online tile server in the CSP", () => {
    const file = path.join(dir, "online.json");
    fs.writeFileSync(file, JSON.stringify({ ...nis, tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" }));
    const result = desktopCsp(file);
    expect(result.problem).toBeNull();
    expect(result.tileUrl).toBe("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(imgSrc(result.csp)).toBe("img-src 'self' data: https://*.tile.openstreetmap.org");
  });

  it("has no tile server for the shipped offline site", () => {
    const result = desktopCsp(path.resolve("resources/sites/nis.json"));
    expect(result.problem).toBeNull();
    expect(imgSrc(result.csp)).toBe("img-src 'self' data:");
  });

  it("falls back to no tiles, with the reason, when the site file does not load", () => {
    const result = desktopCsp(path.join(dir, "missing.json"));
    expect(result.tileUrl).toBeNull();
    expect(result.problem).toMatch(/missing\.json/);
    expect(imgSrc(result.csp)).toBe("img-src 'self' data:");
  });
});
