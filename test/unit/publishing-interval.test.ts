/** An endpoint's publishing interval: kept from the site config, refused by field when out of range, 250 ms when not set. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { parseSiteConfig } from "../../main/core/sites/site-config";

const good = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));

function withPublishing(publishingIntervalMs: unknown) {
  const site = structuredClone(good);
  site.endpoints = [{ id: "water", url: "opc.tcp://scada.nis:4840/UA", credentials: null, publishingIntervalMs }];
  return site;
}

describe("publishing interval", () => {
  it("is kept from the site config and left unset by default", () => {
    expect(parseSiteConfig(withPublishing(100), "site.json").endpoints[0]!.publishingIntervalMs).toBe(100);
    expect(parseSiteConfig(withPublishing(undefined), "site.json").endpoints[0]!.publishingIntervalMs).toBeUndefined();
  });

  it("is refused out of range or not a number, naming the field", () => {
    expect(() => parseSiteConfig(withPublishing(10), "site.json")).toThrow(/field "endpoints\.0\.publishingIntervalMs"/);
    expect(() => parseSiteConfig(withPublishing("fast"), "site.json")).toThrow(/field "endpoints\.0\.publishingIntervalMs"/);
  });
});
