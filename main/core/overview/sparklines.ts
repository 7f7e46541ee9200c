/**
 * A sparkline per figure: one point per hour over the last 24 h (the current hour so far last),
 * from the hour aggregates, folded across the figure's assets (a sum of power, a mean of fill,
 * the worst station). An hour nobody recorded is null: a gap in the line, not a zero.
 */
import type { Sparkline } from "../../../contract/api";
import { bucketStart, HOUR_MS } from "../store/historian-aggregates";
import type { AssetTags } from "./overview-assets";
import type { HistorySlots } from "./history-slots";

export const SPARK_HOURS = 24;

export type SparkFold = "sum" | "mean" | "max";

export function foldHour(values: readonly number[], how: SparkFold): number | null {
  if (values.length === 0) return null;
  if (how === "max") return Math.max(...values);
  const sum = values.reduce((a, b) => a + b, 0);
  return how === "sum" ? sum : sum / values.length;
}

export async function sparkline(items: readonly AssetTags[], tagName: string, how: SparkFold, unit: string, now: number, slots: HistorySlots): Promise<Sparkline | null> {
  if (items.length === 0) return null;
  const to = bucketStart(now, HOUR_MS) + HOUR_MS;
  const start = to - SPARK_HOURS * HOUR_MS;
  const perAsset = await Promise.all(items.map(({ asset, tags }) => slots.hourly(asset.endpointId, tags[tagName]!, start, to)));
  const values: (number | null)[] = [];
  for (let h = 0; h < SPARK_HOURS; h++) {
    const seen = perAsset.map((list) => list[h]?.mean ?? null).filter((v): v is number => v !== null);
    values.push(foldHour(seen, how));
  }
  return { start, stepMs: HOUR_MS, values, unit };
}
