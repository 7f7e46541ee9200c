/** A tag value as an operator reads it: sensible decimals in the window's locale, unit attached, nothing empty. */
import type { TFunction } from "i18next";
import type { TagValue } from "../../contract/api";

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(n: number, locale: string): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return nf(locale, 0).format(n);
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return nf(locale, digits).format(n);
}

export function formatValue(value: TagValue["value"] | undefined, unit: string | null, locale: string, t: TFunction): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? t("values.on") : t("values.off");
  if (typeof value === "number") return unit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale);
  // Text values are server text, shown as sent.
  return unit ? `${value} ${unit}` : value;
}

/** Where a number sits in its engineering range, 0..1, for the small bar under the value. */
export function rangeFraction(value: TagValue["value"] | undefined, range: { low: number; high: number } | null): number | null {
  if (typeof value !== "number" || !range || range.high <= range.low) return null;
  return Math.min(1, Math.max(0, (value - range.low) / (range.high - range.low)));
}
