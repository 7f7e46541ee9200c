/**
 * Times on a control-room screen (renderer/time/format.ts). Event times are local: the
 * expectations are built from local Date fields, so they hold in any TZ the tests run in.
 */
import { describe, expect, it } from "vitest";
import { formatAge, formatEventTime } from "../../renderer/time/format";

const local = (y: number, mo: number, d: number, h: number, mi: number, s: number) => new Date(y, mo, d, h, mi, s).getTime();

describe("formatEventTime", () => {
  it("shows today's events as a 24-hour clock with seconds", () => {
    const now = local(2025, 0, 15, 23, 0, 0);
    expect(formatEventTime(local(2025, 0, 15, 6, 5, 9), now)).toBe("06:05:09");
    expect(formatEventTime(local(2025, 0, 15, 18, 30, 0), now)).toBe("18:30:00");
  });

  it("shows an older event with its day, so a stale alarm is obvious — even one from just before midnight", () => {
    const now = local(2025, 0, 15, 0, 0, 1);
    expect(formatEventTime(local(2025, 0, 14, 23, 59, 59), now)).toBe("14 Jan, 23:59");
    expect(formatEventTime(local(2024, 11, 31, 7, 15, 0), now)).toBe("31 Dec, 07:15");
  });
});

describe("formatAge", () => {
  it("uses seconds under a minute, never negative", () => {
    expect(formatAge(0)).toBe("0 s");
    expect(formatAge(59_999)).toBe("59 s");
    expect(formatAge(-5_000)).toBe("0 s");
  });

  it("uses minutes and seconds under an hour, hours and minutes under two days, then days", () => {
    expect(formatAge(60_000)).toBe("1 min 0 s");
    expect(formatAge(61_500)).toBe("1 min 1 s");
    expect(formatAge(3_599_999)).toBe("59 min 59 s");
    expect(formatAge(3_600_000)).toBe("1 h 0 min");
    expect(formatAge((47 * 60 + 59) * 60_000)).toBe("47 h 59 min");
    expect(formatAge(48 * 3_600_000)).toBe("2 d");
    expect(formatAge(10 * 24 * 3_600_000 + 5_000)).toBe("10 d");
  });
});
