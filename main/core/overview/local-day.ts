/**
 * Days as the city's clock reads them (the site's IANA time zone), not UTC or the PC's zone:
 * "today" on a control-room screen in Niš starts at local midnight.
 */
import { zoneOffsetMs } from "../time/zone-clock";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instant the local wall clock reads `hour`:00 on the local day that holds t. */
export function localTimeOfDay(t: number, hour: number, timeZone: string): number {
  const localMidnight = Math.floor((t + zoneOffsetMs(t, timeZone)) / DAY) * DAY;
  const guess = localMidnight + hour * HOUR;
  // The offset at the wanted time, not at t: on a clock-change day they differ by an hour.
  return guess - zoneOffsetMs(guess - zoneOffsetMs(t, timeZone), timeZone);
}

export function startOfLocalDay(t: number, timeZone: string): number {
  return localTimeOfDay(t, 0, timeZone);
}

/** Start of the local day `days` before the one starting at dayStart (noon as the anchor, so a 23 or 25 h day lands right). */
export function localDayBefore(dayStart: number, days: number, timeZone: string): number {
  return startOfLocalDay(dayStart - days * DAY + 12 * HOUR, timeZone);
}

/** The last completed local 02:00–04:00 window before t (tonight's once it is past 04:00). */
export function lastNightWindow(t: number, timeZone: string): { from: number; to: number } {
  let to = localTimeOfDay(t, 4, timeZone);
  if (to > t) to = localTimeOfDay(t - DAY, 4, timeZone);
  return { from: localTimeOfDay(to, 2, timeZone), to };
}
