/**
 * The site's shifts: each starts at a wall-clock time in the site's zone and runs to the next
 * start (the last to the first one next day). Which shift is on now and which was handed over
 * before it are plain functions of the clock, so tests can put "now" anywhere, DST days included.
 */
import { z } from "zod";
import type { ShiftChoice, ShiftSpan } from "../../../contract/handover";
import { fromWallDate, wallDate, type WallDate } from "./zoned-time";

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Niš's control room works three eight-hour shifts. */
export const DEFAULT_SHIFT_STARTS = ["07:00", "15:00", "23:00"] as const;

/** The site config's optional `shifts`: the start of each shift, "HH:MM" in the site's zone. */
export const shiftsSchema = z
  .array(z.string().regex(HHMM, 'a shift start as "HH:MM" (24-hour), e.g. "07:00"'))
  .min(1, "at least one shift start")
  .max(12)
  .refine((starts) => new Set(starts).size === starts.length, "each shift start once")
  .default(() => [...DEFAULT_SHIFT_STARTS]);

const minutesOf = (hhmm: string) => {
  const m = HHMM.exec(hhmm)!;
  return Number(m[1]) * 60 + Number(m[2]);
};

interface Boundary {
  at: number;
  label: string;
}

/** Every shift start on the days around `now`, oldest first. */
function boundariesAround(starts: readonly string[], timeZone: string, now: number): Boundary[] {
  const today = wallDate(now, timeZone);
  const out: Boundary[] = [];
  for (let days = -2; days <= 1; days++) {
    for (const label of starts) {
      const minutes = minutesOf(label);
      out.push({ at: fromWallDate(addDays(today, days), Math.floor(minutes / 60), minutes % 60, timeZone), label });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function addDays(d: WallDate, days: number): WallDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The shift on at `now` (its start ≤ now < its end), or the one before it. */
export function shiftAt(starts: readonly string[], timeZone: string, now: number, which: ShiftChoice): ShiftSpan {
  const b = boundariesAround(starts, timeZone, now);
  const current = b.findLastIndex((x) => x.at <= now);
  // Two days back always holds a start at or before now, and one day ahead one after it.
  const index = which === "current" ? current : current - 1;
  const start = b[index]!;
  const end = b[index + 1]!;
  return { which, from: start.at, to: end.at, startsAt: start.label, endsAt: end.label };
}

/** The shift a note signed for `shiftFrom` hands over, if it is the current or the previous one at `now`. */
export function knownShift(starts: readonly string[], timeZone: string, now: number, shiftFrom: number): ShiftSpan | null {
  for (const which of ["current", "previous"] as const) {
    const span = shiftAt(starts, timeZone, now, which);
    if (span.from === shiftFrom) return span;
  }
  return null;
}
