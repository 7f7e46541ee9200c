/**
 * What a trend chart draws, as plain functions a test can hold: the pens' histories on one
 * time axis (uPlot wants one x array; a pen with no point at a time is null there, and its line
 * spans the gap only where the historian had no sample to show), one scale per engineering unit,
 * and the alarm limits of the pens' tags as bands.
 */
import type { AlarmState, HistoryValues, TagId, TagInfo } from "../../contract/api";
import { TREND_PRESETS, type TrendPreset } from "../../contract/trend-pens";

export { TREND_PRESETS, type TrendPreset };

export interface Pen {
  tag: TagInfo;
  assetName: string;
}

/** Raw samples as numbers (booleans 0/1; text has no place on a chart), aggregates by their mean. */
export function penPoints(answer: HistoryValues): { time: number; value: number }[] {
  if (answer.resolution === "raw") {
    const out: { time: number; value: number }[] = [];
    for (const p of answer.points) {
      if (p.quality === "bad") continue;
      const v = typeof p.value === "boolean" ? (p.value ? 1 : 0) : p.value;
      if (typeof v === "number" && Number.isFinite(v)) out.push({ time: p.time, value: v });
    }
    return out;
  }
  return answer.points.filter((p) => p.mean !== null).map((p) => ({ time: p.time, value: p.mean as number }));
}

/**
 * A value holds until the next one (the historian records changes, not a clock): each pen's last
 * value is drawn on to `until`, so a tag that has not changed in the range is a flat line, not a dot.
 */
export function holdLast(points: readonly { time: number; value: number }[], until: number): { time: number; value: number }[] {
  const last = points[points.length - 1];
  return last && last.time < until ? [...points, { time: until, value: last.value }] : [...points];
}

/** uPlot's aligned data: seconds on x, one array per pen, null where that pen has no point then. */
export function alignPens(series: readonly { time: number; value: number }[][]): (number | null)[][] {
  const times = [...new Set(series.flatMap((s) => s.map((p) => p.time)))].sort((a, b) => a - b);
  const index = new Map(times.map((t, i) => [t, i]));
  const columns = series.map((s) => {
    const col: (number | null)[] = new Array<number | null>(times.length).fill(null);
    for (const p of s) col[index.get(p.time)!] = p.value;
    return col;
  });
  return [times.map((t) => t / 1000), ...columns];
}

/** One scale per unit in the order pens bring them; a pen without a unit shares the "" scale. */
export function unitScales(pens: readonly Pen[]): { scaleOf: string[]; units: string[] } {
  const units: string[] = [];
  const scaleOf = pens.map((p) => {
    const unit = p.tag.unit ?? "";
    if (!units.includes(unit)) units.push(unit);
    return `u${units.indexOf(unit)}`;
  });
  return { scaleOf, units };
}

export interface LimitBand {
  scale: string;
  /** Values above `from` (high limits) or below `to` (low limits) are the band. */
  from: number | null;
  to: number | null;
  level: "high" | "highHigh" | "low" | "lowLow";
}

/** The limits of every limit alarm watching a pen's tag, on that pen's scale. */
export function limitBands(pens: readonly Pen[], scaleOf: readonly string[], alarms: Iterable<AlarmState>): LimitBand[] {
  const scaleByTag = new Map<TagId, string>(pens.map((p, i) => [p.tag.id, scaleOf[i]!]));
  const out: LimitBand[] = [];
  const seen = new Set<string>();
  for (const a of alarms) {
    const scale = a.inputTagId ? scaleByTag.get(a.inputTagId) : undefined;
    const l = a.limits;
    if (!scale || !l) continue;
    const add = (band: LimitBand) => {
      const key = `${band.scale}|${band.level}|${band.from}|${band.to}`;
      if (!seen.has(key)) out.push(band);
      seen.add(key);
    };
    if (l.highHigh != null) add({ scale, from: l.highHigh, to: null, level: "highHigh" });
    if (l.high != null) add({ scale, from: l.high, to: l.highHigh ?? null, level: "high" });
    if (l.low != null) add({ scale, from: l.lowLow ?? null, to: l.low, level: "low" });
    if (l.lowLow != null) add({ scale, from: null, to: l.lowLow, level: "lowLow" });
  }
  return out;
}

export const PRESET_MS: Record<TrendPreset, number> = { "15m": 15 * 60_000, "1h": 3_600_000, "8h": 8 * 3_600_000, "24h": 24 * 3_600_000, "7d": 7 * 24 * 3_600_000 };
