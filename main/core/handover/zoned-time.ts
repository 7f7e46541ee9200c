/**
 * Wall-clock dates in a named time zone, for the shift calendar: a control room's shifts start
 * at 07:00 in Niš whatever zone the workstation's own clock is set to.
 */

export interface WallDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formats.set(timeZone, f);
  }
  return f;
}

function wallParts(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of format(timeZone).formatToParts(ms)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts;
}

export function wallDate(ms: number, timeZone: string): WallDate {
  const p = wallParts(ms, timeZone);
  return { year: p.year!, month: p.month!, day: p.day! };
}

/** How far the zone's clock is ahead of UTC at this instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = wallParts(whole, timeZone);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - whole;
}

/**
 * The instant a wall-clock time names in the zone. In the autumn hour that happens twice, the
 * first reading; a time skipped in spring lands just after the gap.
 */
export function fromWallDate(d: WallDate, hour: number, minute: number, timeZone: string): number {
  const naive = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  // An offset changes at most once a day: the offsets a day either side give both readings.
  const candidates = [naive - offsetAt(naive - 86_400_000, timeZone), naive - offsetAt(naive + 86_400_000, timeZone)];
  const exact = candidates.filter((ms) => ms + offsetAt(ms, timeZone) === naive);
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}
