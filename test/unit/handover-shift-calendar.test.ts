/**
 * The shift calendar: which shift is on and which was handed over before it, in the site's zone
 * (Niš, Europe/Belgrade) whatever the machine's zone, across midnight and both DST changes; and a
 * site's `shifts` that are not "HH:MM" are refused naming the field.
 */
import { describe, expect, it } from "vitest";
import { knownShift, shiftAt } from "../../main/core/handover/shift-calendar";
import { shiftLabel } from "../../main/core/handover/shift-label";
import { parseSiteConfig } from "../../main/core/sites/site-config";
import { loadSiteConfig } from "../../main/core/sites/site-config";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";

const NIS = "Europe/Belgrade";
const STARTS = ["07:00", "15:00", "23:00"];
const iso = (ms: number) => new Date(ms).toISOString();

describe("shift calendar", () => {
  it("finds the night shift across midnight and the afternoon before it (winter, UTC+1)", () => {
    const now = Date.parse("2026-11-26T03:32:00Z"); // 04:32 in Niš
    const current = shiftAt(STARTS, NIS, now, "current");
    expect([iso(current.from), iso(current.to), current.startsAt, current.endsAt]).toEqual(["2026-11-25T22:00:00.000Z", "2026-11-26T06:00:00.000Z", "23:00", "07:00"]);
    const previous = shiftAt(STARTS, NIS, now, "previous");
    expect([iso(previous.from), iso(previous.to), previous.startsAt]).toEqual(["2026-11-25T14:00:00.000Z", "2026-11-25T22:00:00.000Z", "15:00"]);
    expect(shiftLabel(current, NIS)).toBe("23:00–07:00 on 2026-11-25");
  });

  it("starts a shift exactly at its start and ends it exactly at the next", () => {
    const seven = Date.parse("2026-07-01T05:00:00Z"); // 07:00 summer time
    expect(iso(shiftAt(STARTS, NIS, seven, "current").from)).toBe("2026-07-01T05:00:00.000Z");
    expect(iso(shiftAt(STARTS, NIS, seven - 1, "current").from)).toBe("2026-06-30T21:00:00.000Z");
  });

  it("gives the night of the spring change 7 hours and the autumn one 9", () => {
    const spring = shiftAt(STARTS, NIS, Date.parse("2026-03-29T03:00:00Z"), "current");
    expect([iso(spring.from), iso(spring.to)]).toEqual(["2026-03-28T22:00:00.000Z", "2026-03-29T05:00:00.000Z"]);
    const autumn = shiftAt(STARTS, NIS, Date.parse("2026-10-25T03:00:00Z"), "current");
    expect((autumn.to - autumn.from) / 3_600_000).toBe(9);
  });

  it("follows a site's own starts, and knows only the current and previous shift for a note", () => {
    const twelve = ["06:00", "18:00"];
    const now = Date.parse("2026-11-26T12:00:00Z");
    const day = shiftAt(twelve, NIS, now, "current");
    expect([day.startsAt, day.endsAt, (day.to - day.from) / 3_600_000]).toEqual(["06:00", "18:00", 12]);
    expect(knownShift(twelve, NIS, now, day.from)).toEqual(day);
    const before = shiftAt(twelve, NIS, now, "previous");
    expect(knownShift(twelve, NIS, now, before.from)?.which).toBe("previous");
    expect(knownShift(twelve, NIS, now, before.from - 12 * 3_600_000)).toBeNull();
  });

  it("defaults to 07/15/23 and refuses a start that is not HH:MM, naming the field", () => {
    const site = loadSiteConfig(DEFAULT_SITE_FILE);
    expect(site.shifts).toEqual(STARTS);
    const raw = JSON.parse(JSON.stringify({ ...site, endpoints: [] }));
    delete raw.shifts;
    expect(() => parseSiteConfig({ ...raw, shifts: ["07:00", "7 pm"] }, "site.json")).toThrow(/field "shifts\.1": a shift start as "HH:MM"/);
    expect(() => parseSiteConfig({ ...raw, shifts: ["07:00", "07:00"] }, "site.json")).toThrow(/field "shifts": each shift start once/);
  });
});
