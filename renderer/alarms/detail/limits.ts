/**
 * A limit alarm's limits as the detail lists them (most severe high first, as on a bar graph),
 * and which of them a value is past. Pure, so the rules are unit-tested.
 */
import type { AlarmLimits } from "../../../contract/api";
import { tk } from "../../i18n/keys";

export type LimitKey = keyof AlarmLimits;

const ORDER: readonly LimitKey[] = ["highHigh", "high", "low", "lowLow"];

export const LIMIT_LABEL = {
  highHigh: tk("detail.limits.highHigh"),
  high: tk("detail.limits.high"),
  low: tk("detail.limits.low"),
  lowLow: tk("detail.limits.lowLow"),
} as const satisfies Record<LimitKey, string>;

/** The limits the server has, high-high first; empty for an alarm without limits. */
export function limitList(limits: AlarmLimits | null | undefined): { key: LimitKey; value: number }[] {
  if (!limits) return [];
  return ORDER.flatMap((key) => (limits[key] === null ? [] : [{ key, value: limits[key] }]));
}

/**
 * The most severe limit `value` is past (a high limit when above it, a low one when below), or
 * null when it is within them, not a number, or there are no limits. Equal to a limit is not past
 * it: Part 9's ExclusiveLimitAlarm goes active above a high limit and below a low one.
 */
export function limitPassed(value: unknown, limits: AlarmLimits | null | undefined): LimitKey | null {
  if (typeof value !== "number" || !Number.isFinite(value) || !limits) return null;
  if (limits.highHigh !== null && value > limits.highHigh) return "highHigh";
  if (limits.lowLow !== null && value < limits.lowLow) return "lowLow";
  if (limits.high !== null && value > limits.high) return "high";
  if (limits.low !== null && value < limits.low) return "low";
  return null;
}
