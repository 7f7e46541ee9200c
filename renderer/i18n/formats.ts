/**
 * Everything a component needs to put numbers and times on screen in the window's language and
 * the site's time zone, bundled so one hook hands it out.
 */
import type { TFunction } from "i18next";
import type { TagValue } from "../../contract/api";
import { formatAge, formatClock, formatDateTime, formatEventTime, formatUntil } from "../time/format";
import { formatNumber, formatValue } from "../values/formatValue";
import { INTL_LOCALE, type Language } from "./languages";

export interface Formats {
  language: Language;
  locale: string;
  timeZone: string;
  eventTime(ms: number, now?: number): string;
  dateTime(ms: number): string;
  clock(ms: number): string;
  /** When something ends (shelving): HH:MM today, with the day otherwise. */
  until(ms: number, now?: number): string;
  age(ms: number): string;
  number(n: number): string;
  value(value: TagValue["value"] | undefined, unit: string | null): string;
}

export function createFormats(language: Language, timeZone: string, t: TFunction): Formats {
  const locale = INTL_LOCALE[language];
  const tf = { locale, timeZone };
  return {
    language,
    locale,
    timeZone,
    eventTime: (ms, now) => formatEventTime(ms, tf, now),
    dateTime: (ms) => formatDateTime(ms, tf),
    clock: (ms) => formatClock(ms, tf),
    until: (ms, now) => formatUntil(ms, tf, now),
    age: (ms) => formatAge(ms, t),
    number: (n) => formatNumber(n, locale),
    value: (v, unit) => formatValue(v, unit, locale, t),
  };
}
