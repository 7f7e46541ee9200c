/**
 * Times on a control-room screen (renderer/time/format.ts): always the site's wall clock
 * (Europe/Belgrade for Niš), whatever zone the machine running the tests or the window is in.
 * Instants are written in UTC, so the expectations hold in any TZ.
 */
import { describe, expect, it } from "vitest";
import { createI18n } from "../../renderer/i18n/i18n";
import { formatAge, formatEventTime } from "../../renderer/time/format";

const BELGRADE = { locale: "en-GB", timeZone: "Europe/Belgrade" };
const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number) => Date.UTC(y, mo, d, h, mi, s);

describe("formatEventTime", () => {
  it("shows today's events as a 24-hour clock with seconds, in Belgrade time (UTC+1 in winter, +2 in summer)", () => {
    const now = utc(2025, 0, 15, 21, 0, 0);
    expect(formatEventTime(utc(2025, 0, 15, 5, 5, 9), BELGRADE, now)).toBe("06:05:09");
    expect(formatEventTime(utc(2025, 0, 15, 17, 30, 0), BELGRADE, now)).toBe("18:30:00");
    expect(formatEventTime(utc(2025, 6, 15, 17, 30, 0), BELGRADE, utc(2025, 6, 15, 20, 0, 0))).toBe("19:30:00");
  });

  it("shows an older event with its day, so a stale alarm is obvious — even one from just before Belgrade's midnight", () => {
    // 23:30 UTC on the 14th is already 00:30 on the 15th in Belgrade: today, not yesterday.
    const now = utc(2025, 0, 15, 8, 0, 0);
    expect(formatEventTime(utc(2025, 0, 14, 23, 30, 0), BELGRADE, now)).toBe("00:30:00");
    expect(formatEventTime(utc(2025, 0, 14, 22, 59, 59), BELGRADE, now)).toBe("14 Jan, 23:59");
    expect(formatEventTime(utc(2024, 11, 31, 6, 15, 0), BELGRADE, now)).toBe("31 Dec, 07:15");
  });
});

describe("formatAge", () => {
  const t = createI18n("en").t;
  it("uses seconds under a minute, never negative", () => {
    expect(formatAge(0, t)).toBe("0 s");
    expect(formatAge(59_999, t)).toBe("59 s");
    expect(formatAge(-5_000, t)).toBe("0 s");
  });

  it("uses minutes and seconds under an hour, hours and minutes under two days, then days", () => {
    expect(formatAge(60_000, t)).toBe("1 min 0 s");
    expect(formatAge(61_500, t)).toBe("1 min 1 s");
    expect(formatAge(3_599_999, t)).toBe("59 min 59 s");
    expect(formatAge(3_600_000, t)).toBe("1 h 0 min");
    expect(formatAge((47 * 60 + 59) * 60_000, t)).toBe("47 h 59 min");
    expect(formatAge(48 * 3_600_000, t)).toBe("2 d");
    expect(formatAge(10 * 24 * 3_600_000 + 5_000, t)).toBe("10 d");
  });

  it("writes hours the Cyrillic way in Cyrillic", () => {
    expect(formatAge(3_660_000, createI18n("sr-Cyrl").t)).toBe("1 ч 1 мин");
    expect(formatAge(3_660_000, createI18n("sr-Latn").t)).toBe("1 h 1 min");
  });
});
