/** A tag value as an operator reads it: sensible decimals, unit attached, nothing empty. */
import type { TagValue } from "../../contract/api";

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString("en-GB");
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatValue(value: TagValue["value"] | undefined, unit: string | null): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "On" : "Off";
  if (typeof value === "number") return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
  return unit ? `${value} ${unit}` : value;
}

/** Where a number sits in its engineering range, 0..1, for the small bar under the value. */
export function rangeFraction(value: TagValue["value"] | undefined, range: { low: number; high: number } | null): number | null {
  if (typeof value !== "number" || !range || range.high <= range.low) return null;
  return Math.min(1, Math.max(0, (value - range.low) / (range.high - range.low)));
}
