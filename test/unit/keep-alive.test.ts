/** The keep-alive period of an endpoint: from the site config to the subscription's MaxKeepAliveCount, and refused by field when out of range. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { keepAliveCount } from "../../main/core/connections/keep-alive";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { parseSiteConfig } from "../../main/core/sites/site-config";

const good = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));

function withKeepAlive(keepAliveMs: unknown) {
  const site = structuredClone(good);
  site.endpoints = [{ id: "water", url: "opc.tcp://scada.nis:4840/UA", credentials: null, keepAliveMs }];
  return site;
}

describe("keep-alive period", () => {
  it("asks for as many publishing intervals as make the period, at least one", () => {
    expect(keepAliveCount({}, 250)).toBe(20);
    expect(keepAliveCount({ keepAliveMs: 2000 }, 250)).toBe(8);
    expect(keepAliveCount({ keepAliveMs: 1100 }, 250)).toBe(5);
    expect(keepAliveCount({ keepAliveMs: 100 }, 250)).toBe(1);
  });

  it("is kept from the site config, and refused out of range naming the field", () => {
    expect(parseSiteConfig(withKeepAlive(3000), "site.json").endpoints[0]!.keepAliveMs).toBe(3000);
    expect(() => parseSiteConfig(withKeepAlive(100), "site.json")).toThrow(/field "endpoints\.0\.keepAliveMs"/);
    expect(() => parseSiteConfig(withKeepAlive("5 s"), "site.json")).toThrow(/field "endpoints\.0\.keepAliveMs"/);
  });
});
