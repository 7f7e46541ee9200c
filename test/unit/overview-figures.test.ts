/**
 * The city overview's figures (main/core/overview) on a real SQLite store holding hand-written
 * history: energy from a counter's rise and from power integrated over time, today against the
 * same hours of yesterday and of the same weekday last week; what a fresh install says where
 * history does not reach; water losses from the minimum night flow; overdue containers; the
 * daily PM10 limit; parking occupancy; all per district too.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AssetInfo, TagId, TagValue } from "../../contract/api";
import { assetId, endpointId, tagId } from "../../contract/ids";
import { localTimeOfDay, lastNightWindow, startOfLocalDay } from "../../main/core/overview/local-day";
import { OverviewService } from "../../main/core/overview/overview-service";
import type { HistoryRow } from "../../main/core/store/historian-repository";
import { openStore, type Store } from "../../main/core/store/store";

const EP = endpointId("nis-field");
const LATE = endpointId("nis-late");
const TZ = "Europe/Belgrade";
const MIN = 60_000;
const HOUR = 60 * MIN;
/** Wednesday 25 November 2026, 15:31 in Niš (CET, UTC+1). */
const NOW = Date.UTC(2026, 10, 25, 14, 31);
const TODAY = Date.UTC(2026, 10, 24, 23, 0);
const YESTERDAY = TODAY - 24 * HOUR;
const LAST_WEEK = TODAY - 7 * 24 * HOUR;
const ELAPSED = NOW - TODAY; // 15 h 31 min

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-overview-"));
  store = await openStore({ file: path.join(dir, "s.sqlite") });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function asset(id: string, service: string, type: string, district: string, tags: string[], ep = EP): AssetInfo {
  const a = assetId(ep, `ns=1;s=${id}`);
  return {
    id: a,
    endpointId: ep,
    name: id,
    service,
    type,
    district,
    lat: 43.32,
    lon: 21.9,
    tags: tags.map((name) => ({ id: tagId(ep, `ns=1;s=${id}.${name}`), assetId: a, name, unit: null, range: null })),
  };
}
const tag = (a: AssetInfo, name: string): TagId => a.tags.find((t) => t.name === name)!.id;

async function write(rows: HistoryRow[], cover: { start: number; end: number }[], ep = EP) {
  await store.historian.write(null, { rows, origin: 0, cover: cover.map((c) => ({ endpointId: ep, ...c })) });
}

function service(assets: AssetInfo[], live: TagValue[] = []) {
  const byId = new Map(live.map((v) => [v.id, v]));
  return new OverviewService({ assets: () => assets, current: (id) => byId.get(id), store: store.historian, flush: async () => undefined, timeZone: TZ, now: () => NOW });
}
const liveValue = (id: TagId, value: TagValue["value"]): TagValue => ({ id, value, quality: "good", sourceTime: NOW - 1000, stale: false });

/** A counter sampled every 10 min from `from` to `to`, rising at `rate(t)` kWh per hour. */
function counterRows(id: TagId, from: number, to: number, rate: (t: number) => number, start = 1000): HistoryRow[] {
  const rows: HistoryRow[] = [];
  let value = start;
  for (let t = from; t < to; t += 10 * MIN) {
    rows.push([id, t, value, 0]);
    value += (rate(t) * 10) / 60;
  }
  return rows;
}

describe("local days in the site's time zone", () => {
  it("starts today at local midnight and finds last night's 02–04 window", () => {
    expect(startOfLocalDay(NOW, TZ)).toBe(TODAY);
    expect(lastNightWindow(NOW, TZ)).toEqual({ from: TODAY + 2 * HOUR, to: TODAY + 4 * HOUR });
    // Before 04:00 the last whole night is the one before.
    expect(lastNightWindow(TODAY + 3 * HOUR, TZ)).toEqual({ from: YESTERDAY + 2 * HOUR, to: YESTERDAY + 4 * HOUR });
    // The day the clocks go forward (29 March 2026) has 23 hours: 04:00 is 3 h after midnight.
    const springDay = Date.UTC(2026, 2, 28, 23, 0);
    expect(startOfLocalDay(springDay + 12 * HOUR, TZ)).toBe(springDay);
    expect(localTimeOfDay(springDay + 12 * HOUR, 4, TZ) - springDay).toBe(3 * HOUR);
  });
});

describe("energy used by public lighting (counter) and heating (power over time)", () => {
  it("takes today's rise of the lighting counters against the same hours of yesterday and of last Wednesday, per district", async () => {
    const a = asset("RO-1", "lighting", "LightingCabinet", "Medijana", ["Energy", "Power"]);
    const b = asset("RO-2", "lighting", "LightingCabinet", "Palilula", ["Energy", "Power"]);
    // 10 kWh/h today, 12 yesterday, 8 on every earlier day; cabinet b uses half as much.
    const rate = (t: number) => (t >= TODAY ? 10 : t >= YESTERDAY ? 12 : 8);
    await write([...counterRows(tag(a, "Energy"), LAST_WEEK - HOUR, NOW, rate), ...counterRows(tag(b, "Energy"), LAST_WEEK - HOUR, NOW, (t) => rate(t) / 2)], [{ start: LAST_WEEK - HOUR, end: NOW }]);

    const o = await service([a, b]).compute(NOW);
    const hours = 15.5; // samples every 10 min: the last one in the period is at 15:30
    expect(o.lighting.city.today).toMatchObject({ from: TODAY, to: NOW, coverage: "full", share: 1 });
    expect(o.lighting.city.today.value).toBeCloseTo(1.5 * 10 * hours, 6);
    expect(o.lighting.city.yesterday).toMatchObject({ from: YESTERDAY, to: YESTERDAY + ELAPSED, coverage: "full" });
    expect(o.lighting.city.yesterday.value).toBeCloseTo(1.5 * 12 * hours, 6);
    expect(o.lighting.city.lastWeek).toMatchObject({ from: LAST_WEEK, to: LAST_WEEK + ELAPSED, coverage: "full" });
    expect(o.lighting.city.lastWeek.value).toBeCloseTo(1.5 * 8 * hours, 6);
    expect(o.lighting.districts.Medijana!.today.value).toBeCloseTo(10 * hours, 6);
    expect(o.lighting.districts.Palilula!.yesterday.value).toBeCloseTo(6 * hours, 6);
    expect(o.districts).toEqual(["Medijana", "Palilula"]);
  });

  it("on a fresh install says there is no data for yesterday or last week, and what part of today the figure stands on", async () => {
    const a = asset("RO-1", "lighting", "LightingCabinet", "Medijana", ["Energy", "Power"]);
    const since = TODAY + 8 * HOUR;
    await write(counterRows(tag(a, "Energy"), since, NOW, () => 10), [{ start: since, end: NOW }]);

    const o = await service([a]).compute(NOW);
    expect(o.lighting.city.yesterday).toMatchObject({ value: null, coverage: "none", share: 0 });
    expect(o.lighting.city.lastWeek).toMatchObject({ value: null, coverage: "none" });
    expect(o.lighting.city.today.coverage).toBe("partial");
    expect(o.lighting.city.today.share).toBeCloseTo((NOW - since) / ELAPSED, 3);
    expect(o.lighting.city.today.value).toBeCloseTo(10 * 7.5, 6);
  });

  it("integrates the substations' heat power over time, holding a value reported on change through hours without samples", async () => {
    const s = asset("TP-1", "heating", "Substation", "Pantelej", ["HeatPower"]);
    // 400 kW from midnight, 600 kW from noon; nothing else reported (the value did not change).
    await write([[tag(s, "HeatPower"), TODAY, 400, 0], [tag(s, "HeatPower"), TODAY + 12 * HOUR, 600, 0]], [{ start: TODAY - HOUR, end: NOW }]);

    const o = await service([s]).compute(NOW);
    const afterNoon = (NOW - (TODAY + 12 * HOUR)) / HOUR;
    expect(o.heating.city.today.coverage).toBe("full");
    expect(o.heating.city.today.value).toBeCloseTo(400 * 12 + 600 * afterNoon, 6);
    expect(o.heating.districts.Pantelej!.today.value).toBeCloseTo(400 * 12 + 600 * afterNoon, 6);
    // Nothing was recorded a day or a week ago.
    expect(o.heating.city.yesterday.coverage).toBe("none");
  });

  it("leaves time the workstation was not recording out of the heat figure and says it is partial", async () => {
    const s = asset("TP-1", "heating", "Substation", "Pantelej", ["HeatPower"]);
    await write([[tag(s, "HeatPower"), TODAY, 400, 0], [tag(s, "HeatPower"), TODAY + 12 * HOUR, 600, 0]], [
      { start: TODAY - HOUR, end: TODAY + 6 * HOUR },
      { start: TODAY + 8 * HOUR, end: NOW },
    ]);
    const o = await service([s]).compute(NOW);
    const afterNoon = (NOW - (TODAY + 12 * HOUR)) / HOUR;
    expect(o.heating.city.today.coverage).toBe("partial");
    expect(o.heating.city.today.value).toBeCloseTo(400 * 10 + 600 * afterNoon, 6);
    expect(o.heating.city.today.share).toBeCloseTo((ELAPSED - 2 * HOUR) / ELAPSED, 6);
  });
});

describe("water losses from the minimum night flow", () => {
  it("takes each zone's lowest minute of 02–04 against its average flow over the day before", async () => {
    const z = asset("ZN-1", "water", "PressureZone", "Crveni Krst", ["Flow"]);
    const flow = tag(z, "Flow");
    const rows: HistoryRow[] = [];
    const nightFrom = TODAY + 2 * HOUR;
    const nightTo = TODAY + 4 * HOUR;
    for (let t = nightTo - 24 * HOUR; t < NOW; t += MIN) {
      const night = t >= nightFrom && t < nightTo;
      rows.push([flow, t, night ? (t === TODAY + 3 * HOUR + 10 * MIN ? 30 : 40) : 100, 0]);
    }
    await write(rows, [{ start: nightTo - 25 * HOUR, end: NOW }]);

    const o = await service([z]).compute(NOW);
    const supply = (22 * 100 + 40 + (59 * 40 + 30) / 60) / 24;
    expect(o.water.city).toMatchObject({ nightFrom, nightTo, nightFlow: 30, zones: 1, measured: 1 });
    expect(o.water.city.supply).toBeCloseTo(supply, 6);
    expect(o.water.city.share).toBeCloseTo(30 / supply, 6);
    expect(o.water.districts["Crveni Krst"]!.nightFlow).toBe(30);
  });

  it("says no night was recorded when the workstation started after 04:00", async () => {
    const z = asset("ZN-1", "water", "PressureZone", "Crveni Krst", ["Flow"]);
    await write([[tag(z, "Flow"), TODAY + 5 * HOUR, 100, 0]], [{ start: TODAY + 5 * HOUR, end: NOW }]);
    const o = await service([z]).compute(NOW);
    expect(o.water.city).toMatchObject({ nightFlow: null, supply: null, share: null, zones: 1, measured: 0 });
  });
});

describe("live figures with history where the goal needs time", () => {
  it("counts a container overdue only when it was full through the last 12 recorded hours", async () => {
    const full = asset("KN-1", "waste", "Container", "Medijana", ["FillLevel"]);
    const emptiedThisMorning = asset("KN-2", "waste", "Container", "Medijana", ["FillLevel"]);
    const notLongEnough = asset("KN-3", "waste", "Container", "Palilula", ["FillLevel"], LATE);
    const half = asset("KN-4", "waste", "Container", "Palilula", ["FillLevel"]);
    const rows: HistoryRow[] = [];
    for (let t = NOW - 20 * HOUR; t < NOW; t += 30 * MIN) {
      rows.push([tag(full, "FillLevel"), t, 88, 0]);
      rows.push([tag(emptiedThisMorning, "FillLevel"), t, t < NOW - 6 * HOUR ? 20 : 90, 0]);
    }
    await write(rows, [{ start: NOW - 20 * HOUR, end: NOW }]);
    const live = [liveValue(tag(full, "FillLevel"), 90), liveValue(tag(emptiedThisMorning, "FillLevel"), 92), liveValue(tag(notLongEnough, "FillLevel"), 96), liveValue(tag(half, "FillLevel"), 50)];
    // KN-3's server has been recorded for the last three hours only (a second endpoint, connected later).
    await write([], [{ start: NOW - 3 * HOUR, end: NOW }], LATE);
    const o = await service([full, emptiedThisMorning, notLongEnough, half], live).compute(NOW);
    expect(o.waste.city).toMatchObject({ containers: 4, reporting: 4, full: 3, overdue: 1, overdueUnknown: 1 });
    expect(o.waste.city.meanFill).toBeCloseTo((90 + 92 + 96 + 50) / 4, 6);
    expect(o.waste.districts.Medijana).toMatchObject({ full: 2, overdue: 1, overdueUnknown: 0 });
    expect(o.waste.districts.Palilula).toMatchObject({ full: 1, overdue: 0, overdueUnknown: 1 });
  });

  it("sets each station's PM10 mean of today against the daily limit, and takes the worst index band now", async () => {
    const clean = asset("AQ-1", "air", "AirStation", "Medijana", ["PM10", "AirQualityIndex"]);
    const smoky = asset("AQ-2", "air", "AirStation", "Niška Banja", ["PM10", "AirQualityIndex"]);
    const rows: HistoryRow[] = [];
    for (let t = TODAY; t < NOW; t += 10 * MIN) {
      rows.push([tag(clean, "PM10"), t, 20, 0]);
      // Smoke on the morning only: 90 until 08:00, 30 after.
      rows.push([tag(smoky, "PM10"), t, t < TODAY + 8 * HOUR ? 90 : 30, 0]);
    }
    await write(rows, [{ start: TODAY, end: NOW }]);
    const o = await service([clean, smoky], [liveValue(tag(clean, "AirQualityIndex"), 2), liveValue(tag(smoky, "AirQualityIndex"), 4)]).compute(NOW);
    const smokyMean = (90 * 8 + 30 * (ELAPSED / HOUR - 8)) / (ELAPSED / HOUR);
    expect(o.air.city.worstIndex).toBe(4);
    expect(o.air.city.pm10Share).toBeCloseTo(1, 6);
    expect(o.air.city.pm10DayMean).toBeCloseTo(smokyMean, 1);
    expect(o.air.city.overLimit).toBe(smokyMean > 50 ? 1 : 0);
    expect(smokyMean).toBeGreaterThan(50);
    expect(o.air.districts.Medijana).toMatchObject({ worstIndex: 2, overLimit: 0 });
    expect(o.air.districts.Medijana!.pm10DayMean).toBeCloseTo(20, 6);
  });

  it("sums occupied and capacity of the lots that report, leaving stale ones out", async () => {
    const g = asset("GA-1", "parking", "Garage", "Medijana", ["Occupied", "Capacity", "Occupancy"]);
    const z = asset("PZ-1", "parking", "StreetZone", "Medijana", ["Occupied", "Capacity", "Occupancy"]);
    const dark = asset("PZ-2", "parking", "StreetZone", "Pantelej", ["Occupied", "Capacity", "Occupancy"]);
    const live = [liveValue(tag(g, "Occupied"), 300), liveValue(tag(g, "Capacity"), 400), liveValue(tag(z, "Occupied"), 50), liveValue(tag(z, "Capacity"), 100)];
    live.push({ ...liveValue(tag(dark, "Occupied"), 10), stale: true }, { ...liveValue(tag(dark, "Capacity"), 100), stale: true });
    const o = await service([g, z, dark], live).compute(NOW);
    expect(o.parking.city).toEqual({ occupied: 350, capacity: 500, share: 0.7, lots: 3, reporting: 2 });
    expect(o.parking.districts.Pantelej).toEqual({ occupied: 0, capacity: 0, share: null, lots: 1, reporting: 0 });
  });

  it("draws an hourly sparkline over the last 24 h with a gap, not a zero, where nothing was recorded", async () => {
    const a = asset("GA-1", "parking", "Garage", "Medijana", ["Occupied", "Capacity", "Occupancy"]);
    const rows: HistoryRow[] = [];
    for (let t = NOW - 5 * HOUR; t < NOW; t += 10 * MIN) rows.push([tag(a, "Occupancy"), t, 60, 0]);
    await write(rows, [{ start: NOW - 5 * HOUR, end: NOW }]);
    const o = await service([a]).compute(NOW);
    const spark = o.parking.spark!;
    expect(spark.values).toHaveLength(24);
    expect(spark.start + 24 * spark.stepMs).toBe(Date.UTC(2026, 10, 25, 15, 0));
    expect(spark.values.slice(-6)).toEqual([60, 60, 60, 60, 60, 60]);
    expect(spark.values.slice(0, 18).every((v) => v === null)).toBe(true);
  });
});
