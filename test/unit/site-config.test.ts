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

  it("says which file is not JSON", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ccr-site-")), "broken.json");
    fs.writeFileSync(file, "{ nope");
    expect(() => loadSiteConfig(file)).toThrow(/broken\.json is not JSON/);
  });
});
