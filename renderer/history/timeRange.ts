/**
 * The ranges the history and KPI screens offer: this shift, the last 24 hours, the last 7 days,
 * or from/to typed in the site's time zone. Presets are resolved when the person searches, so
 * "24 h" always ends now.
 */
import { fromInputValue, fromWallTime, shiftDays, wallTime } from "./siteTime";

export const RANGE_PRESETS = ["shift", "24h", "7d", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/**
 * Three 8-hour shifts a day, as Serbian utilities' control rooms run them (06–14, 14–22, 22–06,
 * site time). The site config does not name shift times yet; when it does, they belong there.
 */
export const SHIFT_START_HOURS = [6, 14, 22] as const;

export interface RangeChoice {
  preset: RangePreset;
  /** `<input type="datetime-local">` values in the site's zone, used when preset is custom. */
  customFrom: string;
  customTo: string;
}

export type ResolvedRange = { ok: true; from: number; to: number } | { ok: false; problem: "incomplete" | "from-after-to" };

/** When the shift that is on at `now` began. */
export function shiftStart(now: number, timeZone: string): number {
  const w = wallTime(now, timeZone);
  const today = [...SHIFT_START_HOURS].reverse().find((h) => h <= w.hour);
  // Before the first start of the day the night shift began yesterday.
  const day = today === undefined ? shiftDays(w, -1) : w;
  const hour = today ?? SHIFT_START_HOURS[SHIFT_START_HOURS.length - 1];
  return fromWallTime({ ...day, hour, minute: 0, second: 0 }, timeZone);
}

const HOUR_MS = 3_600_000;

export function resolveRange(choice: RangeChoice, now: number, timeZone: string): ResolvedRange {
  switch (choice.preset) {
    case "shift":
      return { ok: true, from: shiftStart(now, timeZone), to: now };
    case "24h":
      return { ok: true, from: now - 24 * HOUR_MS, to: now };
    case "7d":
      return { ok: true, from: now - 7 * 24 * HOUR_MS, to: now };
    case "custom": {
      const from = fromInputValue(choice.customFrom, timeZone);
      // An empty "to" means up to now, as an open-ended search usually does.
      const to = choice.customTo.trim() === "" ? now : fromInputValue(choice.customTo, timeZone);
      if (from === null || to === null) return { ok: false, problem: "incomplete" };
      if (from > to) return { ok: false, problem: "from-after-to" };
      return { ok: true, from, to };
    }
  }
}
