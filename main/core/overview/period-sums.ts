/**
 * Energy over a period from recorded slots, two ways, as the simulator's tags allow:
 * - a counter (lighting cabinets' Energy, kWh): what it rose by, last value minus first. A
 *   counter carries across a spell the workstation was not recording, so only the period's two
 *   ends must have been recorded;
 * - a power (heating substations' HeatPower, kW) integrated over time: each slot's mean times
 *   the recorded ms of the slot; a slot with no sample inside recorded time holds the previous
 *   slot's value (a value reported on change did not change). Time not recorded adds nothing
 *   and lowers the share the figure stands on.
 */
import type { Slot } from "./history-slots";

/** An end of the period within this much of recorded time counts as recorded (a flush, a reconnect). */
export const EDGE_TOLERANCE_MS = 5 * 60_000;
const MS_PER_HOUR = 3_600_000;

export interface PartialSum {
  /** Null when nothing usable was recorded. */
  value: number | null;
  /** Share of the period (0..1) the value stands on. */
  share: number;
}

function firstCovered(slots: readonly Slot[]): number | null {
  for (const s of slots) if (s.covered > 0) return s.start + (s.end - s.start - s.covered);
  return null;
}

/**
 * A counter's rise over [from, to): full when recording began within the tolerance of `from`
 * and still ran within it of `to`; otherwise what it rose by while recorded, as a share.
 */
export function counterRise(slots: readonly Slot[], from: number, to: number): PartialSum {
  const withData = slots.filter((s) => s.min !== null && s.max !== null);
  if (withData.length === 0) return { value: null, share: 0 };
  const low = Math.min(...withData.map((s) => s.min!));
  const high = Math.max(...withData.map((s) => s.max!));
  const began = firstCovered(slots) ?? withData[0]!.start;
  const last = [...slots].reverse().find((s) => s.covered > 0);
  const ended = last ? last.start + last.covered : withData.at(-1)!.end;
  const start = began <= from + EDGE_TOLERANCE_MS ? from : began;
  const end = ended >= to - EDGE_TOLERANCE_MS ? to : Math.min(ended, to);
  return { value: Math.max(0, high - low), share: Math.max(0, Math.min(1, (end - start) / (to - from))) };
}

/** ∫ power dt over the recorded part of [from, to), power in kW → kWh. */
export function integratePower(slots: readonly Slot[], from: number, to: number): PartialSum {
  let energy = 0;
  let usedMs = 0;
  let held: number | null = null;
  for (const s of slots) {
    if (s.mean !== null) held = s.mean;
    if (s.covered <= 0 || held === null) continue;
    energy += (held * s.covered) / MS_PER_HOUR;
    usedMs += s.covered;
  }
  if (usedMs === 0) return { value: null, share: 0 };
  const share = usedMs / (to - from);
  return { value: energy, share: share >= 1 - EDGE_TOLERANCE_MS / (to - from) ? 1 : share };
}

/** The mean over the recorded part of the period, each slot weighted by its recorded ms, values held as in integratePower. */
export function timeWeightedMean(slots: readonly Slot[]): number | null {
  let sum = 0;
  let usedMs = 0;
  let held: number | null = null;
  for (const s of slots) {
    if (s.mean !== null) held = s.mean;
    if (s.covered <= 0 || held === null) continue;
    sum += held * s.covered;
    usedMs += s.covered;
  }
  return usedMs === 0 ? null : sum / usedMs;
}
