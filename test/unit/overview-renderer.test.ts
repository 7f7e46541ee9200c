/**
 * What the overview's tiles say: a period history does not reach is said in words and never
 * as a number, a partial one says how much it stands on, numbers follow the language; a tile's
 * health counts the service's open alarms by priority (unacknowledged apart, shelved left out)
 * and its servers' state, for the city or one district.
 */
import { describe, expect, it } from "vitest";
import type { AlarmState, AssetInfo, CityOverview, EndpointStatus, PeriodAmount } from "../../contract/api";
import { alarmId, assetId, endpointId } from "../../contract/ids";
import { createI18n } from "../../renderer/i18n/i18n";
import { INTL_LOCALE } from "../../renderer/i18n/languages";
import { goalOf } from "../../renderer/overview/goalLines";
import { serviceHealth } from "../../renderer/overview/overviewHealth";

const sr = createI18n("sr-Latn").t;
const en = createI18n("en").t;
const SR = INTL_LOCALE["sr-Latn"];
const EN = INTL_LOCALE.en;

const amount = (value: number | null, coverage: PeriodAmount["coverage"], share = coverage === "full" ? 1 : coverage === "none" ? 0 : 0.4): PeriodAmount => ({ from: 0, to: 1, value, coverage, share });

function overview(): CityOverview {
  const energy = { today: amount(12_345.6, "full"), yesterday: amount(11_000, "full"), lastWeek: amount(null, "none"), assets: 2 };
  const none = { city: energy, districts: { Medijana: { ...energy, today: amount(50, "partial"), yesterday: amount(null, "none") } }, spark: null };
  return {
    computedAt: 0,
    districts: ["Medijana"],
    lighting: none,
    heating: none,
    water: { city: { nightFrom: 0, nightTo: 1, nightFlow: null, supply: null, share: null, zones: 3, measured: 0 }, districts: {}, spark: null },
    parking: { city: { occupied: 1297, capacity: 3680, share: 1297 / 3680, lots: 20, reporting: 20 }, districts: {}, spark: null },
    waste: { city: { meanFill: 52, full: 9, overdue: 2, overdueUnknown: 7, containers: 150, reporting: 150 }, districts: {}, spark: null },
    air: { city: { worstIndex: 4, pm10DayMean: 62.34, pm10Share: 0.5, overLimit: 4, stations: 10, reporting: 10 }, districts: {}, spark: null },
    traffic: { city: { notNormal: 0, signals: 45, reporting: 45 }, districts: {}, spark: null },
    limits: { pm10DailyLimit: 50, fullPercent: 85, overdueHours: 12 },
  };
}

describe("goal lines", () => {
  it("say 'no data' in words where history does not reach, and never a number", () => {
    const lines = goalOf("lighting", overview(), "city", en, EN)!.lines;
    expect(lines.find((l) => l.id === "lastWeek")).toMatchObject({ value: "No data for last week yet", missing: true });
    const district = goalOf("lighting", overview(), "Medijana", sr, SR)!.lines;
    expect(district.find((l) => l.id === "yesterday")).toMatchObject({ value: "Za juče još nema podataka", missing: true });
    expect(district.find((l) => l.id === "today")).toMatchObject({ value: "50 kWh", note: "zabeleženo 40% vremena" });
    expect(goalOf("water", overview(), "city", en, EN)!.lines).toEqual([{ id: "night", label: "Night flow 02–04", value: "No night (02–04) recorded yet", missing: true }]);
  });

  it("format numbers per language and compare whole days only", () => {
    const enToday = goalOf("heating", overview(), "city", en, EN)!.lines[0]!;
    const srToday = goalOf("heating", overview(), "city", sr, SR)!.lines[0]!;
    expect(enToday).toMatchObject({ value: "12.3 MWh", note: "+12% against yesterday" });
    expect(srToday.value).toBe("12,3 MWh");
    expect(srToday.note).toMatch(/^\+12\s?% u odnosu na juče$/);
    // A partial day is not set against a whole one.
    expect(goalOf("heating", overview(), "Medijana", en, EN)!.lines[0]!.note).toBe("recorded 40% of the time");
    expect(goalOf("parking", overview(), "city", sr, SR)!.lines[0]).toMatchObject({ label: "Zauzeto 1.297 od 3.680 mesta", value: "35%" });
  });

  it("colour only what is abnormal, and say a part day's PM10 mean is one", () => {
    const air = goalOf("air", overview(), "city", en, EN)!.lines;
    expect(air.find((l) => l.id === "index")).toMatchObject({ value: "4 · Poor", abnormal: true });
    expect(air.find((l) => l.id === "pm10")).toMatchObject({ value: "62.3 µg/m³", note: "daily limit 50 µg/m³ · recorded 50% of the time", abnormal: true });
    const waste = goalOf("waste", overview(), "city", en, EN)!.lines;
    expect(waste.find((l) => l.id === "overdue")).toMatchObject({ value: "2", abnormal: true, note: "Full, not recorded long enough to tell: 7" });
    expect(goalOf("traffic", overview(), "city", en, EN)!.lines[0]).toMatchObject({ value: "0", abnormal: false });
  });
});

describe("tile health", () => {
  const EP = endpointId("nis-water");
  const EP2 = endpointId("nis-water-2");
  const asset = (id: string, district: string, ep = EP): AssetInfo => ({ id: assetId(ep, id), endpointId: ep, name: id, service: "water", type: "PressureZone", district, lat: 0, lon: 0, tags: [] });
  const a1 = asset("ZN-1", "Medijana");
  const a2 = asset("ZN-2", "Palilula", EP2);
  const alarm = (n: number, a: AssetInfo, over: Partial<AlarmState>): AlarmState =>
    ({ id: alarmId(a.endpointId, `c${n}`), endpointId: a.endpointId, assetId: a.id, priority: "high", active: true, acked: false, shelved: false, suppressed: false, enabled: true, ...over }) as AlarmState;
  const alarms = new Map(
    [
      alarm(1, a1, { priority: "high" }),
      alarm(2, a1, { priority: "high", acked: true }),
      alarm(3, a2, { priority: "low", active: false }), // returned, still unacknowledged: open
      alarm(4, a2, { priority: "low", active: false, acked: true }), // returned and acknowledged: closed
      alarm(5, a2, { priority: "critical", shelved: true }),
    ].map((a) => [a.id, a]),
  );
  const status = (endpointId: typeof EP, state: EndpointStatus["state"]) => ({ endpointId, state, since: 0 }) as EndpointStatus;
  const byId = new Map([a1, a2].map((a) => [a.id, a]));

  it("counts open alarms by priority with the unacknowledged apart, shelved left out, and the servers in words", () => {
    const h = serviceHealth(["water", "air"], [a1, a2], byId, alarms, new Map([[EP, status(EP, "connected")], [EP2, status(EP2, "disconnected")]])).get("water")!;
    expect(h.alarms.high).toEqual({ open: 2, unacked: 1 });
    expect(h.alarms.low).toEqual({ open: 1, unacked: 1 });
    expect(h.alarms.critical).toEqual({ open: 0, unacked: 0 });
    expect([h.open, h.unacked]).toEqual([3, 2]);
    expect([h.endpoints, h.up, h.worst]).toEqual([2, 1, "disconnected"]);
  });

  it("narrows the alarms to a district's assets", () => {
    const h = serviceHealth(["water"], [a1, a2], byId, alarms, new Map(), "Palilula").get("water")!;
    expect([h.open, h.unacked]).toEqual([1, 1]);
    // No status known yet for the servers: still connecting, not connected.
    expect(h.worst).toBe("connecting");
  });
});
