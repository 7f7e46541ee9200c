/**
 * The site exported with its engineered model (main/core/engineering/site-export.ts) and the
 * `engineeredModel` section of a site file (site-model-section.ts).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { assetId, endpointId } from "../../contract/api";
import type { EngineeredAsset } from "../../contract/engineering";
import { exportSite, passwordVariable } from "../../main/core/engineering/site-export";
import { draftsOfSection } from "../../main/core/engineering/site-model-seed";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { parseSiteConfig } from "../../main/core/sites/site-config";

const nis = JSON.parse(fs.readFileSync(DEFAULT_SITE_FILE, "utf8"));
const water = endpointId("nis-water");
const station: EngineeredAsset = {
  id: assetId(water, "ns=2;s=PS_Medosevac"),
  endpointId: water,
  nodeId: "ns=2;s=PS_Medosevac",
  externalId: "PS-01",
  name: "Crpna stanica Medoševac",
  service: "water",
  type: "PumpingStation",
  district: "Crveni Krst",
  lat: 43.335,
  lon: 21.872,
  tags: [{ nodeId: "ns=2;s=PS_Medosevac.Flow", name: "Protok", unit: "m³/h", range: { low: 0, high: 400 }, metadataFrom: "server" }],
  version: 3,
  updatedAt: 0,
  updatedBy: "Jelena Ilić",
};

describe("site export", () => {
  it("writes the site and its engineered model so that it loads again, with the same assets", () => {
    const site = parseSiteConfig(nis, "nis.json");
    const out = exportSite(site, [station], "Jelena Ilić", Date.UTC(2026, 10, 26, 9));
    expect(out.fileName).toBe("nis-site-2026-11-26.json");
    expect(out.warnings).toEqual([]);
    const again = parseSiteConfig(JSON.parse(out.json), "exported.json");
    expect(again.engineeredModel).toMatchObject({ exportedBy: "Jelena Ilić", exportedAt: "2026-11-26T09:00:00.000Z" });
    const { version: _v, updatedAt: _u, updatedBy: _b, ...draft } = station;
    expect(draftsOfSection(again)).toEqual([draft]);
    // The generated simulator passwords stay generated: each workstation makes its own.
    expect(again.endpoints.map((e) => e.credentialsSpec)).toEqual(site.endpoints.map((e) => e.credentialsSpec));
    expect(again.positions).toEqual(site.positions);
  });

  it("never writes a password: one that was in the site file becomes an environment variable's name, and says so", () => {
    const raw = structuredClone(nis);
    raw.endpoints[0] = { id: "scada", url: "opc.tcp://scada.example:4840", credentials: { user: "station", password: "s3cret-pass" } };
    const site = parseSiteConfig(raw, "site.json");
    const out = exportSite(site, [], "Jelena Ilić", 0);
    expect(out.json).not.toContain("s3cret-pass");
    expect(passwordVariable("scada")).toBe("CCR_SCADA_PASSWORD");
    expect(JSON.parse(out.json).endpoints[0].credentials).toEqual({ user: "station", passwordEnv: "CCR_SCADA_PASSWORD" });
    expect(out.warnings).toEqual([expect.stringMatching(/Endpoint "scada": .* CCR_SCADA_PASSWORD/)]);
  });

  it("a site file's model naming an endpoint the site lacks, or one node twice, is refused by field", () => {
    const raw = structuredClone(nis);
    const asset = { endpointId: "nis-water", nodeId: "ns=2;s=X", name: "X", service: "water", type: "T", district: "Medijana", lat: 43.3, lon: 21.9, tags: [] };
    raw.engineeredModel = { assets: [asset, { ...asset, endpointId: "elsewhere" }, asset] };
    expect(() => parseSiteConfig(raw, "site.json")).toThrow(/field "engineeredModel\.assets\.1\.endpointId": "elsewhere" is not one of the site's endpoints/);
    expect(() => parseSiteConfig(raw, "site.json")).toThrow(/field "engineeredModel\.assets\.2\.nodeId": ns=2;s=X is already an asset of nis-water/);
  });
});
