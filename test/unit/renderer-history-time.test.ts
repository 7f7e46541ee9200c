/**
 * Ranges typed and shown in the site's zone (Niš, Europe/Belgrade) whatever the workstation's
 * own zone: wall clock both ways across both DST changes, this shift's start, and the presets.
 */
import { describe, expect, it } from "vitest";
import { fromInputValue, fromWallTime, localIso, toInputValue, wallTime } from "../../renderer/history/siteTime";
import { resolveRange, shiftStart } from "../../renderer/history/timeRange";

const NIS = "Europe/Belgrade";
const HOUR = 3_600_000;

describe("the site's wall clock", () => {
  it("reads an instant as Niš time in winter (UTC+1) and summer (UTC+2)", () => {
    expect(localIso(Date.UTC(2025, 0, 15, 12, 0, 0), NIS)).toBe("2025-01-15 13:00:00");
    expect(localIso(Date.UTC(2025, 6, 15, 12, 0, 0), NIS)).toBe("2025-07-15 14:00:00");
    // Another zone gives another wall clock for the same instant: the zone is what decides.
    expect(localIso(Date.UTC(2025, 6, 15, 12, 0, 0), "America/New_York")).toBe("2025-07-15 08:00:00");
  });

  it("turns a typed date and time back into the instant, in both seasons", () => {
    expect(fromInputValue("2025-01-15T13:00", NIS)).toBe(Date.UTC(2025, 0, 15, 12, 0, 0));
    expect(fromInputValue("2025-07-15T14:00", NIS)).toBe(Date.UTC(2025, 6, 15, 12, 0, 0));
    expect(fromInputValue("2025-07-15T14:00:30", NIS)).toBe(Date.UTC(2025, 6, 15, 12, 0, 30));
    const now = Date.UTC(2025, 9, 1, 8, 17, 0);
    expect(fromInputValue(toInputValue(now, NIS), NIS)).toBe(now);
  });

  it("refuses what is not a date and time", () => {
    for (const bad of ["", "2025-07-15", "15.07.2025. 14:00", "2025-02-30T10:00", "2025-13-01T10:00", "2025-07-15T24:00"]) {
      expect(fromInputValue(bad, NIS)).toBeNull();
    }
  });

  it("takes the first of the autumn hour that happens twice, and lands after the spring gap", () => {
    // 26 Oct 2025: 03:00 CEST becomes 02:00 CET, so 02:30 happens at 00:30 and 01:30 UTC.
    expect(fromWallTime({ year: 2025, month: 10, day: 26, hour: 2, minute: 30, second: 0 }, NIS)).toBe(Date.UTC(2025, 9, 26, 0, 30));
    // 30 Mar 2025: 02:00 CET becomes 03:00 CEST; 02:30 does not exist.
    const skipped = fromWallTime({ year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0 }, NIS);
    expect(wallTime(skipped, NIS)).toMatchObject({ hour: 3, minute: 30 });
  });
});

describe("time ranges", () => {
  it("starts this shift at 06:00, 14:00 or 22:00 Niš time, the night shift on the previous day", () => {
    expect(localIso(shiftStart(Date.UTC(2025, 6, 15, 8, 0), NIS), NIS)).toBe("2025-07-15 06:00:00"); // 10:00 local
    expect(localIso(shiftStart(Date.UTC(2025, 6, 15, 12, 0), NIS), NIS)).toBe("2025-07-15 14:00:00"); // 14:00 local
    expect(localIso(shiftStart(Date.UTC(2025, 6, 15, 21, 0), NIS), NIS)).toBe("2025-07-15 22:00:00"); // 23:00 local
    expect(localIso(shiftStart(Date.UTC(2025, 0, 1, 2, 0), NIS), NIS)).toBe("2024-12-31 22:00:00"); // 03:00 local, 1 Jan
  });

  it("ends the presets now, and the night shift across a DST change is 9 hours long", () => {
    const now = Date.UTC(2025, 6, 15, 10, 0);
    expect(resolveRange({ preset: "24h", customFrom: "", customTo: "" }, now, NIS)).toEqual({ ok: true, from: now - 24 * HOUR, to: now });
    expect(resolveRange({ preset: "7d", customFrom: "", customTo: "" }, now, NIS)).toEqual({ ok: true, from: now - 7 * 24 * HOUR, to: now });
    // 06:00 CET on 26 Oct is 05:00 UTC; the shift began at 22:00 CEST the day before (20:00 UTC).
    const autumnMorning = Date.UTC(2025, 9, 26, 4, 59);
    expect(shiftStart(autumnMorning, NIS)).toBe(Date.UTC(2025, 9, 25, 20, 0));
  });

  it("reads a custom range in the site's zone, open-ended to now, and says what is wrong with a bad one", () => {
    const now = Date.UTC(2025, 6, 15, 10, 0);
    expect(resolveRange({ preset: "custom", customFrom: "2025-07-14T06:00", customTo: "2025-07-14T14:00" }, now, NIS)).toEqual({
      ok: true,
      from: Date.UTC(2025, 6, 14, 4, 0),
      to: Date.UTC(2025, 6, 14, 12, 0),
    });
    expect(resolveRange({ preset: "custom", customFrom: "2025-07-14T06:00", customTo: "" }, now, NIS)).toEqual({ ok: true, from: Date.UTC(2025, 6, 14, 4, 0), to: now });
    expect(resolveRange({ preset: "custom", customFrom: "", customTo: "" }, now, NIS)).toEqual({ ok: false, problem: "incomplete" });
    expect(resolveRange({ preset: "custom", customFrom: "2025-07-14T14:00", customTo: "2025-07-14T06:00" }, now, NIS)).toEqual({ ok: false, problem: "from-after-to" });
  });
});
