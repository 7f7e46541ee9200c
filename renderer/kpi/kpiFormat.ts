/**
 * KPI numbers in the window's language: counts whole, rates and shares to at most two decimals
 * (0.17 alarms per 10 minutes, not 0.167; 2.5, not 2.50), shares with the language's percent.
 */
import type { TFunction } from "i18next";
import type { Formats } from "../i18n/formats";
import type { FigureUnit } from "./kpiFigures";

const cache = new Map<string, Intl.NumberFormat>();
function upTo(digits: number, locale: string): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}
const upTo2 = (locale: string) => upTo(2, locale);

export function formatFigure(value: number, unit: FigureUnit, formats: Pick<Formats, "number" | "locale">, t: TFunction): string {
  switch (unit) {
    case "count":
      return formats.number(Math.round(value));
    case "rate":
      return upTo2(formats.locale).format(value);
    case "percent":
      return t("kpi.percent", { value: upTo2(formats.locale).format(value) });
  }
}

/** A share already in percent (a bad actor's, a priority's), to one decimal. */
export function formatShare(percent: number, formats: Pick<Formats, "locale">, t: TFunction): string {
  return t("kpi.percent", { value: upTo(1, formats.locale).format(percent) });
}
