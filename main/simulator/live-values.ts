/**
 * Drives the tags: on every real-time tick, each asset whose sample instant has moved gets its
 * values recomputed and written with the simulated sample time as SourceTimestamp. Assets a
 * scenario is acting on are sampled every simulated second so incidents show up at once.
 */
import { StatusCodes, type Variant } from "node-opcua";
import { dataTypeOf, type BuiltAsset } from "./address-space";
import type { SimClock } from "./clock";
import type { TagValue } from "./model";
import { sampleTime, valuesAt } from "./sampling";
import type { ScenarioBook } from "./scenarios";

export class LiveValues {
  private timer: NodeJS.Timeout | null = null;
  private readonly sampledAt = new Map<string, number>();
  /** Tag writes done so far, for benchmarks and the CLI's status line. */
  writes = 0;

  constructor(
    private readonly seed: number,
    private readonly assets: Map<string, BuiltAsset>,
    private readonly scenarios: ScenarioBook,
    private readonly clock: SimClock,
    private readonly onTick: (t: number) => void,
    /** Lays what operators commanded over the computed values (commands.ts). */
    private readonly adjust: (spec: BuiltAsset["spec"], values: Record<string, TagValue>) => Record<string, TagValue> = (_spec, v) => v,
  ) {}

  start(intervalMs: number): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Forget what was sampled so the next tick rewrites every asset (after a reset or a scenario start). */
  invalidate(assetIds?: Iterable<string>): void {
    if (!assetIds) this.sampledAt.clear();
    else for (const id of assetIds) this.sampledAt.delete(id);
  }

  tick(): void {
    const now = this.clock.now();
    this.scenarios.prune(now);
    for (const asset of this.assets.values()) {
      if (!asset.live) continue;
      const id = asset.spec.id;
      const period = this.scenarios.touches(id, now) ? 1 : asset.spec.periodS;
      const t = sampleTime(now, period);
      if (this.sampledAt.get(id) === t) continue;
      this.sampledAt.set(id, t);
      this.write(asset, this.adjust(asset.spec, valuesAt(this.seed, asset.spec, t, this.scenarios)), t);
    }
    this.onTick(now);
  }

  private write(asset: BuiltAsset, values: Record<string, TagValue>, t: number): void {
    const sourceTimestamp = new Date(t);
    for (const tag of asset.spec.tags) {
      const value = values[tag.name];
      if (value === undefined || asset.last.get(tag.name) === value) continue;
      asset.last.set(tag.name, value);
      const variant = { dataType: dataTypeOf(tag), value } as unknown as Variant;
      asset.variables.get(tag.name)!.setValueFromSource(variant, StatusCodes.Good, sourceTimestamp);
      this.writes++;
    }
  }
}
