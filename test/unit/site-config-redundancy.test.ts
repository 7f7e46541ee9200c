/** An endpoint's redundant server set in the site config: accepted as written, wrong sets refused by field. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { parseSiteConfig } from "../../main/core/sites/site-config";

const good = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
const A = "opc.tcp://scada-a.nis:4840/UA";
const B = "opc.tcp://scada-b.nis:4840/UA";

function withEndpoint(endpoint: Record<string, unknown>) {
  const site = structuredClone(good);
  site.endpoints = [{ id: "water", credentials: null, ...endpoint }];
  return site;
}

describe("site config: redundant server sets", () => {
  it("keeps the partners of url", () => {
    expect(parseSiteConfig(withEndpoint({ url: A, redundantUrls: [B] }), "site.json").endpoints[0]!.redundantUrls).toEqual([B]);
  });

  it("refuses a set without url, naming the field", () => {
    expect(() => parseSiteConfig(withEndpoint({ embeddedSimulator: {}, redundantUrls: [B] }), "site.json")).toThrow(
      /field "endpoints\.0\.redundantUrls": a redundant server set needs url/,
    );
  });

  it("refuses a partner that repeats url or another partner", () => {
    expect(() => parseSiteConfig(withEndpoint({ url: A, redundantUrls: [A] }), "site.json")).toThrow(/field "endpoints\.0\.redundantUrls": each server of the set once/);
    expect(() => parseSiteConfig(withEndpoint({ url: A, redundantUrls: [B, B] }), "site.json")).toThrow(/field "endpoints\.0\.redundantUrls"/);
  });

  it("refuses an empty set and a partner that is not an opc.tcp URL", () => {
    expect(() => parseSiteConfig(withEndpoint({ url: A, redundantUrls: [] }), "site.json")).toThrow(/field "endpoints\.0\.redundantUrls": at least one partner/);
    expect(() => parseSiteConfig(withEndpoint({ url: A, redundantUrls: ["http://b"] }), "site.json")).toThrow(/field "endpoints\.0\.redundantUrls\.0": an opc\.tcp/);
  });
});
