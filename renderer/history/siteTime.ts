/**
 * Wall-clock time in the site's zone, both ways. The history and KPI screens take ranges typed
 * by a person in Niš time and write CSV times a spreadsheet reads as dates, whatever zone the
 * workstation's own clock is set to.
 */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();
function partFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormats.set(timeZone, f);
  }
  return f;
}

export function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of partFormat(timeZone).formatToParts(ms)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

const DAY_MS = 86_400_000;

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return asUtc(wallTime(whole, timeZone)) - whole;
}

/**
 * The instant a wall-clock time in the zone names. In the autumn hour that happens twice, the
 * first (summer-time) one; a time skipped in spring lands just after the gap.
 */
export function fromWallTime(w: WallTime, timeZone: string): number {
  const naive = asUtc(w);
  // Zone offsets change at most once within a day: the ones a day either side cover both readings.
  const before = naive - offsetAt(naive - DAY_MS, timeZone);
  const after = naive - offsetAt(naive + DAY_MS, timeZone);
  const matching = [before, after].filter((ms) => asUtc(wallTime(ms, timeZone)) === naive);
  return matching.length > 0 ? Math.min(...matching) : before;
}

/** The calendar day `days` away from the wall time's day (the time of day kept). */
export function shiftDays(w: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return { ...w, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2025-03-14 09:05:03": sortable, and what spreadsheets in any locale read as a date and time. */
export function localIso(ms: number, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** The value of an `<input type="datetime-local">` showing this instant in the zone. */
export function toInputValue(ms: number, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** An `<input type="datetime-local">` value read as wall-clock time in the zone; null when it is not one. */
export function fromInputValue(value: string, timeZone: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  // 31 February is not a day: Date.UTC would roll it into March.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  return fromWallTime({ year, month, day, hour, minute, second }, timeZone);
}

const tableFormats = new Map<string, Intl.DateTimeFormat>();
/** Date and time to the second in the window's locale and the site's zone, for history rows. */
export function rowTime(ms: number, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let f = tableFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    tableFormats.set(key, f);
  }
  return f.format(ms);
}
