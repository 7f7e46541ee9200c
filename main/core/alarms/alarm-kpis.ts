/**
 * Alarm-system KPIs (EEMUA 191 / ISA-18.2) from the journal, as a pure function: the store hands
 * over the activations in the range and the state of each condition at the range's end, this
 * module counts. Nothing here reads a clock or the store, so hand-made journals have known answers.
 *
 * Definitions:
 * - an activation is a journaled state of a condition with `active` true whose previous journaled
 *   state was inactive or absent (the store finds them); only activations inside [from, to] count;
 * - a window of length W holds the activations a with start ≤ a < start + W (half-open), so "within
 *   60 s" means the last of three came less than 60 s after the first;
 * - flood: an instant t is in flood when (t − 10 min, t] holds more than 10 activations; the share
 *   of [from, to] spent so is the flood percentage;
 * - averages are activations per window length over the whole range; peaks are the busiest
 *   sliding window that starts at an activation;
 * - standing: active (and in service) at the range's end; stale: standing and active since more
 *   than 24 h before the end; shelved: shelved at the end.
 */
import type { AlarmKpis, KpiCondition, KpiFigure, KpiRate, Priority } from "../../../contract/api";

export interface KpiActivation extends KpiCondition {
  district: string | null;
  /** The event's time, ms since epoch. */
  time: number;
}

/** A condition's last journaled state at the range's end (the store sends only active or shelved ones). */
export interface KpiEndState extends KpiCondition {
  district: string | null;
  active: boolean;
  shelved: boolean;
  enabled: boolean;
  activeSince: number | null;
  /** The state's event time. */
  time: number;
}

/** Which alarms count: conditions of these services and districts (null = any). */
export interface KpiScope {
  services: readonly string[] | null;
  districts: readonly string[] | null;
}

export interface KpiInput {
  from: number;
  to: number;
  /** Named in the answer: the service and the position the figures were asked for. */
  service: string | null;
  position: string | null;
  scope: KpiScope;
  activations: readonly KpiActivation[];
  endStates: readonly KpiEndState[];
}

export const TEN_MINUTES = 10 * 60_000;
export const HOUR = 60 * 60_000;
export const DAY = 24 * HOUR;
/** More than this many activations in 10 minutes is a flood. */
export const FLOOD_THRESHOLD = 10;
/** This many activations of one condition within CHATTER_WINDOW is chattering. */
export const CHATTER_COUNT = 3;
export const CHATTER_WINDOW = 60_000;

/** The standards' targets (upper limits), each beside its figure on the KPI screen. */
export const KPI_TARGETS = {
  averagePer10Minutes: 1,
  peakPer10Minutes: 10,
  averagePerHour: 6,
  floodPercent: 1,
  chattering: 0,
  stale: 5,
  standing: 10,
  badActorShare: 5,
  split: { low: 80, medium: 15, highAndCritical: 5 },
} as const;

const atMost = (value: number, target: number): KpiFigure => ({ value, target, comparison: "at-most", meets: value <= target });
const tracked = (value: number): KpiFigure => ({ value, target: null, comparison: null, meets: null });

/** The most activations in any window [a, a + length) starting at an activation, and where it starts. */
export function busiestWindow(sortedTimes: readonly number[], length: number): { count: number; start: number | null } {
  let best = 0;
  let start: number | null = null;
  let j = 0;
  for (let i = 0; i < sortedTimes.length; i++) {
    if (j < i) j = i;
    while (j < sortedTimes.length && sortedTimes[j]! - sortedTimes[i]! < length) j++;
    if (j - i > best) {
      best = j - i;
      start = sortedTimes[i]!;
    }
  }
  return { count: best, start };
}

/**
 * Time (ms) within [from, to] during which the trailing window of `length` held more than
 * `threshold` activations, and how many separate periods that makes. Activation a counts for
 * every instant in [a, a + length).
 */
export function floodTime(sortedTimes: readonly number[], from: number, to: number, length = TEN_MINUTES, threshold = FLOOD_THRESHOLD) {
  const edges: [number, number][] = [];
  for (const a of sortedTimes) edges.push([a, +1], [a + length, -1]);
  // At equal times, leaving before entering: [a, a + length) is half-open.
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let count = 0;
  let ms = 0;
  let periods = 0;
  let inFlood = false;
  for (let i = 0; i < edges.length; i++) {
    const [t, step] = edges[i]!;
    count += step;
    const next = edges[i + 1]?.[0] ?? t;
    const flooding = count > threshold;
    if (flooding && next > t) {
      const start = Math.max(t, from);
      const end = Math.min(next, to);
      if (end > start) {
        ms += end - start;
        if (!inFlood) periods++;
        inFlood = true;
        continue;
      }
    }
    if (next > t) inFlood = false;
  }
  return { ms, periods };
}

function rate(sortedTimes: readonly number[], from: number, to: number, length: number, averageTarget: number, peakTarget: number | null): KpiRate {
  const span = to - from;
  const average = span > 0 ? (sortedTimes.length * length) / span : sortedTimes.length;
  const peak = busiestWindow(sortedTimes, length);
  return {
    average: atMost(average, averageTarget),
    peak: peakTarget === null ? tracked(peak.count) : atMost(peak.count, peakTarget),
    peakAt: peak.start,
  };
}

const conditionOf = (c: KpiCondition): KpiCondition => ({
  alarmId: c.alarmId,
  sourceName: c.sourceName,
  conditionName: c.conditionName,
  priority: c.priority,
  service: c.service,
});

/** The store filters in SQL already; this keeps the figures right for any input (and testable by hand). */
function inScope(scope: KpiScope, c: { service: string | null; district: string | null }): boolean {
  return (
    (scope.services === null || (c.service !== null && scope.services.includes(c.service))) &&
    (scope.districts === null || (c.district !== null && scope.districts.includes(c.district)))
  );
}

export function computeAlarmKpis(input: KpiInput): AlarmKpis {
  const { from, to } = input;
  const inRange = input.activations
    .filter((a) => a.time >= from && a.time <= to && inScope(input.scope, a))
    .slice()
    .sort((x, y) => x.time - y.time);
  const times = inRange.map((a) => a.time);
  const total = inRange.length;

  // Per condition: its activations in order, and what we know of it (its latest activation's facts).
  const byCondition = new Map<string, { condition: KpiCondition; times: number[] }>();
  for (const a of inRange) {
    const entry = byCondition.get(a.alarmId);
    if (entry) {
      entry.times.push(a.time);
      entry.condition = conditionOf(a);
    } else byCondition.set(a.alarmId, { condition: conditionOf(a), times: [a.time] });
  }

  const chatteringConditions = [...byCondition.values()]
    .map(({ condition, times: t }) => ({ ...condition, activations: busiestWindow(t, CHATTER_WINDOW).count }))
    .filter((c) => c.activations >= CHATTER_COUNT)
    .sort((x, y) => y.activations - x.activations || x.sourceName.localeCompare(y.sourceName));

  const badActors = [...byCondition.values()]
    .map(({ condition, times: t }) => ({ ...condition, activations: t.length, percent: (t.length / total) * 100 }))
    .sort((x, y) => y.activations - x.activations || x.sourceName.localeCompare(y.sourceName) || x.alarmId.localeCompare(y.alarmId))
    .slice(0, 10);
  const badActorShare = total ? (badActors.reduce((n, b) => n + b.activations, 0) / total) * 100 : 0;

  const counts: Record<Priority, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const a of inRange) counts[a.priority]++;
  const pct = (n: number) => (total ? (n / total) * 100 : 0);
  const percent: Record<Priority, number> = { low: pct(counts.low), medium: pct(counts.medium), high: pct(counts.high), critical: pct(counts.critical) };
  const important = percent.high + percent.critical;
  const split = KPI_TARGETS.split;

  const ends = input.endStates.filter((s) => inScope(input.scope, s));
  const standing = ends.filter((s) => s.active && s.enabled);
  const staleConditions = standing
    .map((s) => ({ ...conditionOf(s), activeSince: s.activeSince ?? s.time }))
    .filter((s) => to - s.activeSince > DAY)
    .sort((x, y) => x.activeSince - y.activeSince);

  const flood = floodTime(times, from, to);
  return {
    from,
    to,
    service: input.service,
    position: input.position,
    activations: total,
    per10Minutes: rate(times, from, to, TEN_MINUTES, KPI_TARGETS.averagePer10Minutes, KPI_TARGETS.peakPer10Minutes),
    perHour: rate(times, from, to, HOUR, KPI_TARGETS.averagePerHour, null),
    floodPercent: atMost(to > from ? (flood.ms / (to - from)) * 100 : 0, KPI_TARGETS.floodPercent),
    floods: flood.periods,
    chattering: atMost(chatteringConditions.length, KPI_TARGETS.chattering),
    chatteringConditions,
    stale: atMost(staleConditions.length, KPI_TARGETS.stale),
    staleConditions,
    standing: atMost(standing.length, KPI_TARGETS.standing),
    shelved: tracked(ends.filter((s) => s.shelved).length),
    prioritySplit: {
      counts,
      percent,
      target: { ...split },
      meets: total ? important <= split.highAndCritical && important + percent.medium <= split.highAndCritical + split.medium : null,
    },
    badActors,
    badActorShare: atMost(badActorShare, KPI_TARGETS.badActorShare),
  };
}
