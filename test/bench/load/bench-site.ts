/**
 * The Niš site file with one endpoint: the bench server (security None, anonymous) and nobody to
 * sign in (the station's own user acts, as operator — supervisor for the flood's acknowledgements).
 */
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { parseSiteConfig, type SiteConfig } from "../../../main/core/sites/site-config";

export interface BenchEndpoint {
  url: string;
  samplingIntervalMs?: number;
  publishingIntervalMs?: number;
}

export function benchSiteJson(endpoint: BenchEndpoint): Record<string, unknown> {
  const site = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
  site.users = [];
  site.user = { name: "Bench station", role: "supervisor" };
  site.endpoints = [{ id: "bench", securityMode: "None", securityPolicy: "None", credentials: null, samplingIntervalMs: 0, ...endpoint }];
  return site;
}

export function benchSite(endpoint: BenchEndpoint): SiteConfig {
  return parseSiteConfig(benchSiteJson(endpoint), "bench site");
}

/** Writes the site file for host mode; returns its path. */
export function writeBenchSite(dir: string, endpoint: BenchEndpoint): string {
  const file = path.join(dir, "bench-site.json");
  fs.writeFileSync(file, JSON.stringify(benchSiteJson(endpoint)));
  return file;
}
