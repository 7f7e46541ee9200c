/**
 * Wall-clock dates in a named time zone, for the shift calendar: a control room's shifts start
 * at 07:00 in Niš whatever zone the workstation's own clock is set to.
 */
import { wallParts, zoneOffsetMs } from "../time/zone-clock";

export interface WallDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export function wallDate(ms: number, timeZone: string): WallDate {
  const p = wallParts(ms, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

/**
 * The instant a wall-clock time names in the zone. In the autumn hour that happens twice, the
 * first reading; a time skipped in spring lands just after the gap.
 */
export function fromWallDate(d: WallDate, hour: number, minute: number, timeZone: string): number {
  const naive = Date.UTC(d.year, d.month - 1, d.day, hour, minute);
  // An offset changes at most once a day: the offsets a day either side give both readings.
  const candidates = [naive - zoneOffsetMs(naive - 86_400_000, timeZone), naive - zoneOffsetMs(naive + 86_400_000, timeZone)];
  const exact = candidates.filter((ms) => ms + zoneOffsetMs(ms, timeZone) === naive);
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}
