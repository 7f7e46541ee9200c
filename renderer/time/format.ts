/**
 * How times read on a control-room screen: a 24-hour clock in the SITE's time zone (a laptop
 * set to another zone must still show Niš time), in the window's locale; ages in the largest
 * sensible unit, with the units from the catalogue.
 */
import type { TFunction } from "i18next";

type Kind = "clock" | "minute" | "day" | "full" | "ymd";

function options(kind: Kind, timeZone: string): Intl.DateTimeFormatOptions {
  switch (kind) {
    case "clock":
      return { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit", second: "2-digit" };
    case "minute":
      return { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" };
    case "day":
      return { timeZone, hourCycle: "h23", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
    case "full":
      return { timeZone, hour12: false, dateStyle: "medium", timeStyle: "medium" };
    case "ymd":
      return { timeZone, year: "numeric", month: "2-digit", day: "2-digit" };
  }
}

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, timeZone: string, kind: Kind): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options(kind, timeZone));
    cache.set(key, f);
  }
  return f;
}

export interface TimeFormat {
  /** Intl locale, e.g. sr-Latn-RS. */
  locale: string;
  /** IANA zone of the site, e.g. Europe/Belgrade. */
  timeZone: string;
}

/** Today's events (in the site's zone) show the clock only; older ones the day too, so a stale alarm is obvious. */
export function formatEventTime(ms: number, f: TimeFormat, now = Date.now()): string {
  const day = dtf("en-CA", f.timeZone, "ymd");
  const sameDay = day.format(ms) === day.format(now);
  return dtf(f.locale, f.timeZone, sameDay ? "clock" : "day").format(ms);
}

/** Date and time in full, for tooltips. */
export function formatDateTime(ms: number, f: TimeFormat): string {
  return dtf(f.locale, f.timeZone, "full").format(ms);
}

/** A moment ahead (e.g. when shelving ends) to the minute: HH:MM today, with the day otherwise. */
export function formatUntil(ms: number, f: TimeFormat, now = Date.now()): string {
  const day = dtf("en-CA", f.timeZone, "ymd");
  const sameDay = day.format(ms) === day.format(now);
  return dtf(f.locale, f.timeZone, sameDay ? "minute" : "day").format(ms);
}

export function formatClock(ms: number, f: TimeFormat): string {
  return dtf(f.locale, f.timeZone, "clock").format(ms);
}

export function formatAge(ms: number, t: TFunction): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return t("age.seconds", { s });
  const m = Math.floor(s / 60);
  if (m < 60) return t("age.minutes", { m, s: s % 60 });
  const h = Math.floor(m / 60);
  if (h < 48) return t("age.hours", { h, m: m % 60 });
  return t("age.days", { d: Math.floor(h / 24) });
}
