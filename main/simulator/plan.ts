/**
 * The whole field network as data, before any OPC UA node exists: every asset of the chosen
 * services, sized so the tag count lands near the requested scale.
 */
import { SERVICE_KEYS, type AssetSpec, type ServiceDefinition, type ServiceKey } from "./model";
import { SERVICES } from "./services";

export interface Plant {
  seed: number;
  services: ServiceKey[];
  assets: AssetSpec[];
  byId: Map<string, AssetSpec>;
}

function tagCount(assets: AssetSpec[]): number {
  return assets.reduce((n, a) => n + a.tags.length, 0);
}

export function parseServices(keys: readonly string[] | undefined): ServiceKey[] {
  if (!keys) return [...SERVICE_KEYS];
  const unknown = keys.filter((k) => !(SERVICE_KEYS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`Unknown service ${unknown.join(", ")}; valid: ${SERVICE_KEYS.join(", ")}`);
  return SERVICE_KEYS.filter((k) => keys.includes(k));
}

function build(seed: number, definitions: ServiceDefinition[], factor: number): AssetSpec[] {
  return definitions.flatMap((d) => d.build(seed, factor));
}

export function buildPlant(seed: number, services: ServiceKey[], scale?: number): Plant {
  const definitions = services.map((k) => SERVICES[k]);
  let assets = build(seed, definitions, 1);
  if (scale && scale > 0) {
    // Asset counts scale linearly, so one correction lands within a few percent of the target.
    const factor = scale / tagCount(assets);
    if (Math.abs(factor - 1) > 0.02) assets = build(seed, definitions, factor);
  }
  return { seed, services, assets, byId: new Map(assets.map((a) => [a.id, a])) };
}

export function countsOf(plant: Plant): Record<string, { assets: number; tags: number }> {
  const out: Record<string, { assets: number; tags: number }> = {};
  for (const key of plant.services) out[key] = { assets: 0, tags: 0 };
  for (const a of plant.assets) {
    const c = out[a.service]!;
    c.assets++;
    c.tags += a.tags.length;
  }
  return out;
}
