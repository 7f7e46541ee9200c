/**
 * Turning (seed, asset, simulated time, scenario state) into tag values. Pure: no clock, no
 * server, so the determinism promise can be checked without OPC UA.
 */
import type { AssetSpec, Sample, TagValue } from "./model";
import { hashString, signed, smooth, uniform } from "./noise";
import type { ScenarioBook } from "./scenarios";
import { weatherAt } from "./weather";

const CHANNEL = 0x9e3779b1;

/** The sample instant for an asset: simulated time rounded down to its period. */
export function sampleTime(t: number, periodS: number): number {
  const p = periodS * 1000;
  return Math.floor(t / p) * p;
}

export function makeSample(seed: number, asset: AssetSpec, t: number, scenarios: ScenarioBook | null): Sample {
  const stream = hashString(`${asset.service}.${asset.id}`);
  return {
    seed,
    t,
    weather: weatherAt(seed, t),
    wander: (periodMs, channel) => smooth(seed, stream ^ Math.imul(channel, CHANNEL), t, periodMs),
    jitter: (channel) => signed(seed, stream ^ Math.imul(channel + 101, CHANNEL), Math.floor(t / 1000)),
    occasional(channel, meanEveryHours, lastsMinutes) {
      const slotMs = lastsMinutes * 60_000;
      const p = lastsMinutes / 60 / meanEveryHours;
      return uniform(seed, stream ^ Math.imul(channel + 211, CHANNEL), Math.floor(t / slotMs)) < p;
    },
    effect: (name) => (scenarios ? scenarios.effect(asset.id, name, t) : 0),
  };
}

export function valuesAt(seed: number, asset: AssetSpec, t: number, scenarios: ScenarioBook | null): Record<string, TagValue> {
  return asset.compute(makeSample(seed, asset, t, scenarios));
}
