/**
 * Training and test scenarios: named incidents that push chosen assets off normal for a while
 * and then clear by themselves (or on reset). A scenario only names assets and effect strengths
 * over simulated time; the service models decide what an effect does to their tags, so values
 * stay a pure function of (seed, tag, simulated time, scenario state).
 */
import type { AssetSpec } from "./model";
import { hashString, Rng } from "./noise";
import type { Plant } from "./plan";

export interface ScenarioTarget {
  assetId: string;
  /** Simulated seconds after the start before this asset is hit (storms spread over a minute). */
  delayS: number;
  effects: Record<string, number>;
}

export interface ScenarioDefinition {
  name: string;
  description: string;
  /** How long each hit lasts, simulated seconds, before the asset recovers by itself. */
  durationS: number;
  /** Seconds from nothing to full strength. */
  rampS: number;
  targets(plant: Plant, rng: Rng): ScenarioTarget[];
}

const ofType = (plant: Plant, type: string) => plant.assets.filter((a) => a.type === type);
const pick = <T>(items: T[], rng: Rng): T[] => (items.length ? [rng.pick(items)] : []);
const hit = (assets: AssetSpec[], effects: Record<string, number>, delayS = 0): ScenarioTarget[] =>
  assets.map((a) => ({ assetId: a.id, delayS, effects }));

export const SCENARIOS: readonly ScenarioDefinition[] = [
  {
    name: "water-main-burst",
    description: "A trunk main bursts in one pressure zone: pressure collapses, flow and night flow spike, the feeding pumping station and reservoir follow.",
    durationS: 20 * 60,
    rampS: 8,
    targets(plant, rng) {
      const zone = pick(ofType(plant, "PressureZone"), rng)[0];
      if (!zone) return [];
      const near = (type: string) => ofType(plant, type).filter((a) => a.district === zone.district).slice(0, 1);
      return [...hit([zone], { burst: 1 }), ...hit(near("PumpingStation"), { burst: 0.7 }, 5), ...hit(near("Reservoir"), { burst: 0.8 }, 20)];
    },
  },
  {
    name: "heating-substation-failure",
    description: "A district heating substation's circulation pump fails: secondary supply temperature and pressure fall, fault alarm.",
    durationS: 30 * 60,
    rampS: 60,
    targets: (plant, rng) => hit(pick(ofType(plant, "Substation"), rng), { failure: 1 }),
  },
  {
    name: "garage-full",
    description: "A central garage fills up (a concert or a fair): occupancy reaches 100 %, the entry barrier stays closed.",
    durationS: 45 * 60,
    rampS: 30,
    targets: (plant, rng) => hit(pick(ofType(plant, "Garage"), rng), { full: 1 }),
  },
  {
    name: "overflowing-containers",
    description: "A collection truck breaks down: a cluster of containers in one district overflows within two minutes.",
    durationS: 60 * 60,
    rampS: 5,
    targets(plant, rng) {
      const all = ofType(plant, "Container");
      const first = pick(all, rng)[0];
      if (!first) return [];
      const cluster = all
        .filter((a) => a.district === first.district)
        .sort((a, b) => distance(a, first) - distance(b, first))
        .slice(0, 8);
      return cluster.map((a, i) => ({ assetId: a.id, delayS: i * 15, effects: { overfill: 1 } }));
    },
  },
  {
    name: "pollution-episode",
    description: "A winter inversion traps smoke and exhaust over the Niš valley: PM10, PM2.5 and NO2 rise at every station.",
    durationS: 3 * 3600,
    rampS: 10 * 60,
    targets: (plant) => hit(ofType(plant, "AirStation"), { episode: 1 }),
  },
  {
    name: "lighting-cabinet-outage",
    description: "A street lighting cabinet loses supply: the circuit goes dark and its supply fault alarm trips.",
    durationS: 30 * 60,
    rampS: 2,
    targets: (plant, rng) => hit(pick(ofType(plant, "LightingCabinet"), rng), { outage: 1 }),
  },
  {
    name: "pump-trip",
    description: "A water pumping station's duty pump trips: pump fault, outlet pressure falls until the fault is reset.",
    durationS: 30 * 60,
    rampS: 1,
    targets: (plant, rng) => hit(pick(ofType(plant, "PumpingStation"), rng), { trip: 1 }),
  },
  {
    name: "dark-traffic-signal",
    description: "A signal controller goes dark at a junction: mode Dark, controller fault.",
    durationS: 20 * 60,
    rampS: 2,
    targets: (plant, rng) => hit(pick(ofType(plant, "SignalController"), rng), { dark: 1 }),
  },
  {
    name: "alarm-flood",
    description: "A thunderstorm sweeps the city: power dips trip lighting cabinets, signals, pumps and substations, hundreds of alarms within a minute.",
    durationS: 10 * 60,
    rampS: 1,
    targets(plant, rng) {
      const out: ScenarioTarget[] = [];
      const storm: Record<string, Record<string, number>> = {
        LightingCabinet: { outage: 1 },
        SignalController: { dark: 1 },
        PumpingStation: { trip: 1 },
        Substation: { failure: 1 },
        Garage: { barrier: 1 },
        StreetZone: { terminal: 1 },
        Container: { overfill: 1 },
      };
      for (const asset of plant.assets) {
        const effects = storm[asset.type];
        // Most, not all, of the city is hit; the storm crosses it from west to east in a minute.
        if (!effects || rng.next() > 0.85) continue;
        const delayS = Math.round(((asset.lon - 21.85) / 0.18) * 55 + rng.between(0, 5));
        out.push({ assetId: asset.id, delayS: Math.max(0, Math.min(60, delayS)), effects });
      }
      return out;
    },
  },
  {
    name: "missed-collection",
    description: "Started at every boot: the first container in Medijana missed its round and is overflowing (an alarm to acknowledge from the first seconds).",
    durationS: 2 * 3600,
    rampS: 0,
    targets(plant) {
      const containers = ofType(plant, "Container");
      const first = containers.find((a) => a.district === "Medijana") ?? containers[0];
      return first ? hit([first], { overfill: 1 }) : [];
    },
  },
];

export const SCENARIO_NAMES = SCENARIOS.map((s) => s.name);
export const STARTUP_SCENARIO = "missed-collection";

function distance(a: AssetSpec, b: AssetSpec): number {
  return Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos((43.3 * Math.PI) / 180));
}

interface Run {
  definition: ScenarioDefinition;
  startT: number;
  targets: Map<string, ScenarioTarget>;
}

/** The scenarios started so far, as data: part of the input that values are a function of. */
export class ScenarioBook {
  private runs: Run[] = [];

  constructor(
    private readonly plant: Plant,
    private readonly seed: number,
  ) {}

  static definition(name: string): ScenarioDefinition {
    const found = SCENARIOS.find((s) => s.name === name);
    if (!found) throw new Error(`Unknown scenario "${name}"; valid scenarios: ${SCENARIO_NAMES.join(", ")}`);
    return found;
  }

  /** Starts a scenario at simulated time `t`; returns the ids of the assets it touches. */
  start(name: string, t: number): string[] {
    const definition = ScenarioBook.definition(name);
    const targets = definition.targets(this.plant, new Rng(this.seed, hashString(`scenario:${name}`)));
    this.runs.push({ definition, startT: t, targets: new Map(targets.map((x) => [x.assetId, x])) });
    return targets.map((x) => x.assetId);
  }

  reset(): void {
    this.runs = [];
  }

  /** Drops runs that have fully cleared, so the book does not grow forever. */
  prune(t: number): void {
    this.runs = this.runs.filter((r) => t < r.startT + (maxDelay(r) + r.definition.durationS + 60) * 1000);
  }

  active(t: number): string[] {
    return this.runs.filter((r) => t >= r.startT && t < r.startT + (maxDelay(r) + r.definition.durationS) * 1000).map((r) => r.definition.name);
  }

  /** True while a run could still change this asset, so it is sampled every second. */
  touches(assetId: string, t: number): boolean {
    for (const r of this.runs) {
      const target = r.targets.get(assetId);
      if (target && t >= r.startT && t < r.startT + (target.delayS + r.definition.durationS + 5) * 1000) return true;
    }
    return false;
  }

  effect(assetId: string, name: string, t: number): number {
    let strength = 0;
    for (const r of this.runs) {
      const target = r.targets.get(assetId);
      const wanted = target?.effects[name];
      if (!target || !wanted) continue;
      const elapsedS = (t - r.startT) / 1000 - target.delayS;
      if (elapsedS < 0 || elapsedS >= r.definition.durationS) continue;
      const ramp = r.definition.rampS > 0 ? Math.min(1, (elapsedS + 1) / r.definition.rampS) : 1;
      strength = Math.max(strength, wanted * ramp);
    }
    return strength;
  }
}

function maxDelay(r: Run): number {
  let m = 0;
  for (const t of r.targets.values()) m = Math.max(m, t.delayS);
  return m;
}
