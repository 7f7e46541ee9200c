/**
 * Niš keeps Central European Time with EU summer time. Daily rhythms (rush hours, heating
 * schedules, collection rounds) follow the clock on the wall, not UTC.
 */

/** Last Sunday of a month at 01:00 UTC, when the EU changes its clocks. */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const back = lastDay.getUTCDay();
  return Date.UTC(year, month, lastDay.getUTCDate() - back, 1);
}

export function utcOffsetHours(t: number): number {
  const year = new Date(t).getUTCFullYear();
  const summer = t >= lastSundayAt0100Utc(year, 2) && t < lastSundayAt0100Utc(year, 9);
  return summer ? 2 : 1;
}

export interface LocalClock {
  /** Hour of day with fraction, 0 <= hour < 24. */
  hour: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  /** 0 = 1 January. */
  dayOfYear: number;
  /** Whole local days since the epoch, to key once-a-day events. */
  dayNumber: number;
}

export function localClock(t: number): LocalClock {
  const local = t + utcOffsetHours(t) * 3_600_000;
  const date = new Date(local);
  const dayNumber = Math.floor(local / 86_400_000);
  const startOfYear = Date.UTC(date.getUTCFullYear(), 0, 1);
  return {
    hour: (local - dayNumber * 86_400_000) / 3_600_000,
    weekday: date.getUTCDay(),
    dayOfYear: Math.floor((local - startOfYear) / 86_400_000),
    dayNumber,
  };
}
