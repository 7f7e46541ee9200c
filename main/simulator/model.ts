/**
 * The plant as data: what assets exist, which tags and alarms they carry, and how a tag's value
 * follows from (seed, simulated time, scenario effects). The OPC UA address space is built from
 * this, and tests can reason about it without a server.
 */
import type { District } from "./districts";
import type { Weather } from "./weather";

export const SERVICE_KEYS = ["water", "heating", "waste", "parking", "lighting", "traffic", "air"] as const;
export type ServiceKey = (typeof SERVICE_KEYS)[number];

export type TagValue = number | boolean | string;

export type UnitKey =
  | "bar"
  | "cubicMetrePerHour"
  | "litrePerSecond"
  | "metre"
  | "percent"
  | "milligramPerLitre"
  | "degreeCelsius"
  | "kilowatt"
  | "kilowattHour"
  | "megawatt"
  | "volt"
  | "ampere"
  | "microgramPerCubicMetre"
  | "vehiclesPerHour"
  | "count"
  | "hertz"
  | "metrePerSecond"
  | "second";

interface TagBase {
  /** BrowseName and the last part of the NodeId. */
  name: string;
  description?: string;
  /** Kept in the server's history so HistoryRead answers. */
  historize?: boolean;
  /**
   * An operator command: the variable is writable (AccessLevel CurrentWrite) by the roles allowed
   * to command, and `values` (as text) are what may be written; commands.ts says what a write does.
   */
  command?: { values: readonly string[] };
}
export interface AnalogTag extends TagBase {
  kind: "analog";
  unit: UnitKey;
  range: [number, number];
  decimals: number;
}
export interface BooleanTag extends TagBase {
  kind: "boolean";
  trueText?: string;
  falseText?: string;
}
export interface IntegerTag extends TagBase {
  kind: "integer";
  unit?: UnitKey;
  range?: [number, number];
}
export interface TextTag extends TagBase {
  kind: "text";
  /** The values it can take, documented for clients. */
  values: readonly string[];
}
export type TagSpec = AnalogTag | BooleanTag | IntegerTag | TextTag;

/**
 * Severity (1..1000) bands map to the four priorities clients show:
 * low 1–399, medium 400–699, high 700–899, critical 900–1000.
 */
export const SEVERITY = { low: 250, medium: 550, high: 800, critical: 950 } as const;
export type PriorityName = keyof typeof SEVERITY;

export interface LimitAlarmSpec {
  kind: "limit";
  tag: string;
  /** A short name: "LevelLimit" becomes the condition's BrowseName. */
  name: string;
  highHigh?: number;
  high?: number;
  low?: number;
  lowLow?: number;
  /** Priority of the outer (HH/LL) and inner (H/L) states. */
  outer: PriorityName;
  inner: PriorityName;
}
export interface OffNormalAlarmSpec {
  kind: "offNormal";
  tag: string;
  name: string;
  normal: boolean | string;
  priority: PriorityName;
  /** What an operator reads when it trips, e.g. "Pump fault". */
  text: string;
}
/** A discrete alarm active while a predicate over the tag holds (e.g. 5 or more failed lamps). */
export interface DiscreteAlarmSpec {
  kind: "discrete";
  tag: string;
  name: string;
  activeWhen: (value: TagValue) => boolean;
  priority: PriorityName;
  text: string;
}
export type AlarmSpec = LimitAlarmSpec | OffNormalAlarmSpec | DiscreteAlarmSpec;

/** What a tag computation sees at one sample instant. */
export interface Sample {
  seed: number;
  /** Simulated time of the sample, ms since the epoch; a multiple of the asset's period. */
  t: number;
  weather: Weather;
  /** Smooth noise in [-1, 1] for this asset, wandering over `periodMs`; `channel` separates signals. */
  wander(periodMs: number, channel: number): number;
  /** Fresh noise in [-1, 1] for this asset at this sample; `channel` separates signals. */
  jitter(channel: number): number;
  /**
   * True during rare, short episodes (a pump trip, a door left open): on average once every
   * `meanEveryHours`, lasting `lastsMinutes`. Deterministic like everything else.
   */
  occasional(channel: number, meanEveryHours: number, lastsMinutes: number): boolean;
  /** Strength (0 = none, 1 = full) of a scenario effect on this asset at this instant, e.g. "burst". */
  effect(name: string): number;
}

export interface AssetSpec {
  /** Stable id, e.g. PS-MED-01; NodeIds are `${service}.${id}` and `${service}.${id}.${tag}`. */
  id: string;
  service: ServiceKey;
  type: string;
  name: string;
  district: District;
  lat: number;
  lon: number;
  /** Simulated seconds between samples; every tag of an asset is sampled together. */
  periodS: number;
  tags: TagSpec[];
  alarms: AlarmSpec[];
  compute(sample: Sample): Record<string, TagValue>;
}

export interface ServiceDefinition {
  key: ServiceKey;
  displayName: string;
  /** `factor` 1 is the default size; the scale option multiplies asset counts by it. */
  build(seed: number, factor: number): AssetSpec[];
}
