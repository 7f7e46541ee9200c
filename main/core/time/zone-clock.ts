/**
 * A named time zone's wall clock (the site's, e.g. Europe/Belgrade), whatever zone the
 * workstation's own clock is set to: the city's "today" and its shifts start by the city's clock.
 * Shared by the overview's local days and the handover's shift calendar.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock's reading at instant t: year, month (1–12), day, hour, minute, second. */
export function wallParts(t: number, timeZone: string): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(t)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** Local time minus UTC at instant t, in ms. */
export function zoneOffsetMs(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  const p = wallParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}
