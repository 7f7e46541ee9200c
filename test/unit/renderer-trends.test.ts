/**
 * Trends (renderer/trends): histories on one time axis, scales per unit, alarm limits as bands,
 * and the pens saved per window role read back safely.
 */
import { describe, expect, it } from "vitest";
import type { HistoryValues, TagInfo } from "../../contract/api";
import { alignPens, holdLast, limitBands, penPoints, unitScales, type Pen } from "../../renderer/trends/trendData";
import { MAX_PENS, parseTrendPrefs } from "../../renderer/trends/trendPrefs";
import { alarmState } from "./fixtures/alarm-state";
import { A, T } from "./fixtures/ids";

const tag = (id: string, unit: string | null): TagInfo => ({ id: T(`nis-water|${id}`), assetId: A("nis-water|PS"), name: id, unit, range: null });
const pen = (id: string, unit: string | null): Pen => ({ tag: tag(id, unit), assetName: "PS Medoševac" });
const base = { tagId: T("nis-water|p"), from: 0, to: 10_000, truncated: false, gaps: [], serverFill: { asked: [], points: 0, problem: null } };

describe("trend data", () => {
  it("raw samples as numbers: booleans 0/1, text and bad quality left out; aggregates by their mean", () => {
    const raw: HistoryValues = {
      ...base,
      resolution: "raw",
      points: [
        { time: 1000, value: 4.5, quality: "good", fromServer: false },
        { time: 2000, value: true, quality: "good", fromServer: false },
        { time: 3000, value: "Auto", quality: "good", fromServer: false },
        { time: 4000, value: 9, quality: "bad", fromServer: false },
        { time: 5000, value: 5, quality: "uncertain", fromServer: true },
      ],
    };
    expect(penPoints(raw)).toEqual([
      { time: 1000, value: 4.5 },
      { time: 2000, value: 1 },
      { time: 5000, value: 5 },
    ]);
    const minute: HistoryValues = {
      ...base,
      resolution: "minute",
      points: [
        { time: 0, min: 1, max: 3, mean: 2, count: 3, firstTime: 0, lastTime: 50_000 },
        { time: 60_000, min: null, max: null, mean: null, count: 1, firstTime: 60_000, lastTime: 60_000 },
      ],
    };
    expect(penPoints(minute)).toEqual([{ time: 0, value: 2 }]);
  });

  it("pens on one time axis in seconds, null where a pen has no point", () => {
    expect(
      alignPens([
        [
          { time: 1000, value: 1 },
          { time: 3000, value: 3 },
        ],
        [
          { time: 2000, value: 20 },
          { time: 3000, value: 30 },
        ],
      ]),
    ).toEqual([
      [1, 2, 3],
      [1, null, 3],
      [null, 20, 30],
    ]);
    expect(alignPens([])).toEqual([[]]);
  });

  it("one scale per unit, in the order the pens bring them", () => {
    expect(unitScales([pen("p1", "bar"), pen("f", "m³/h"), pen("p2", "bar"), pen("run", null)])).toEqual({ scaleOf: ["u0", "u1", "u0", "u2"], units: ["bar", "m³/h", ""] });
  });

  it("limits of alarms watching a pen's tag become bands on its scale; others are ignored", () => {
    const pens = [pen("p", "bar"), pen("f", "m³/h")];
    const { scaleOf } = unitScales(pens);
    const watching = alarmState("PS.PressureHigh", { inputTagId: T("nis-water|p"), limits: { highHigh: 8, high: 6, low: 2, lowLow: null } });
    const other = alarmState("PS.Elsewhere", { inputTagId: T("nis-water|x"), limits: { highHigh: 1, high: null, low: null, lowLow: null } });
    expect(limitBands(pens, scaleOf, [watching, other, watching])).toEqual([
      { scale: "u0", from: 8, to: null, level: "highHigh" },
      { scale: "u0", from: 6, to: 8, level: "high" },
      { scale: "u0", from: null, to: 2, level: "low" },
    ]);
  });
});

describe("trend prefs", () => {
  it("reads back pens and preset, dropping what is not a tag id, at most eight pens", () => {
    const pens = Array.from({ length: 12 }, (_, i) => `nis-water|ns=1;s=T${i}`);
    expect(parseTrendPrefs(JSON.stringify({ pens: [...pens, 42, "no id"], preset: "8h" }))).toEqual({ pens: pens.slice(0, MAX_PENS), preset: "8h" });
    expect(parseTrendPrefs("{")).toEqual({ pens: [], preset: "1h" });
    expect(parseTrendPrefs(JSON.stringify({ preset: "1y" })).preset).toBe("1h");
  });
});

describe("trend hold", () => {
  it("a pen's last value holds to the range's end, so an unchanged tag is a line", () => {
    expect(holdLast([{ time: 1000, value: 5 }], 61_000)).toEqual([
      { time: 1000, value: 5 },
      { time: 61_000, value: 5 },
    ]);
    expect(holdLast([{ time: 61_000, value: 5 }], 61_000)).toEqual([{ time: 61_000, value: 5 }]);
    expect(holdLast([], 61_000)).toEqual([]);
  });
});
