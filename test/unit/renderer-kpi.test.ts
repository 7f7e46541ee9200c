/**
 * The KPI screen's figures: every figure the core computes is shown, beside its target, with met
 * or not met decided by the core's comparison; numbers in the window's language. The KPIs come
 * from the core's own pure computation over a hand-made journal.
 */
import { describe, expect, it } from "vitest";
import type { AlarmKpis, KpiCondition } from "../../contract/api";
import { computeAlarmKpis, type KpiActivation } from "../../main/core/alarms/alarm-kpis";
import { createFormats } from "../../renderer/i18n/formats";
import { createI18n } from "../../renderer/i18n/i18n";
import { figureStatus, kpiFigures, SERVICE_COLUMNS, serviceFigures } from "../../renderer/kpi/kpiFigures";
import { formatFigure } from "../../renderer/kpi/kpiFormat";
import { AL } from "./fixtures/ids";

const HOUR = 3_600_000;
const FROM = Date.UTC(2025, 6, 15, 4, 0);
const TO = FROM + 8 * HOUR;

const condition = (n: number, priority: KpiCondition["priority"] = "low"): KpiCondition & { district: string } => ({
  alarmId: AL(`nis-water|ns=1;s=C${n}`),
  sourceName: `Izvor ${n}`,
  conditionName: "Limit",
  priority,
  service: "water",
  district: "Medijana",
});

/** A flood: 15 conditions in 5 minutes, one of them chattering (3 in 30 s); otherwise quiet. */
function floodShift(): AlarmKpis {
  const activations: KpiActivation[] = [];
  for (let i = 0; i < 15; i++) activations.push({ ...condition(i, i === 0 ? "high" : "low"), time: FROM + HOUR + i * 20_000 });
  for (let k = 1; k < 3; k++) activations.push({ ...condition(0, "high"), time: FROM + HOUR + k * 10_000 });
  return computeAlarmKpis({ from: FROM, to: TO, service: null, position: null, scope: { services: null, districts: null }, activations, endStates: [] });
}

function quietShift(): AlarmKpis {
  return computeAlarmKpis({ from: FROM, to: TO, service: "water", position: null, scope: { services: ["water"], districts: null }, activations: [{ ...condition(1), time: FROM + HOUR }], endStates: [] });
}

describe("KPI figures", () => {
  it("show every figure the core computes, in review order, each with its target", () => {
    const lines = kpiFigures(floodShift());
    expect(lines.map((l) => l.id)).toEqual(["activations", "avg10", "peak10", "avgHour", "peakHour", "flood", "chattering", "stale", "standing", "shelved", "badActors"]);
    const targets = Object.fromEntries(lines.map((l) => [l.id, l.figure.target]));
    expect(targets).toEqual({ activations: null, avg10: 1, peak10: 10, avgHour: 6, peakHour: null, flood: 1, chattering: 0, stale: 5, standing: 10, shelved: null, badActors: 5 });
  });

  it("mark a flood shift's peak, flood time and chattering as not met, and a quiet one as met", () => {
    const status = (k: AlarmKpis) => Object.fromEntries(kpiFigures(k).map((l) => [l.id, figureStatus(l.figure)]));
    expect(status(floodShift())).toMatchObject({ peak10: "not-met", flood: "not-met", chattering: "not-met", stale: "met", activations: "no-target", shelved: "no-target" });
    expect(status(quietShift())).toMatchObject({ avg10: "met", peak10: "met", flood: "met", chattering: "met", standing: "met" });
  });

  it("give the per-service table the same figures as the cards", () => {
    const k = floodShift();
    const cards = new Map(kpiFigures(k).map((l) => [l.id, l]));
    const row = serviceFigures(k);
    for (const c of SERVICE_COLUMNS) expect(row[c]).toEqual(cards.get(c));
  });

  it("print counts whole, rates to two decimals and shares as percent, in Serbian and English", () => {
    const sr = createI18n("sr-Latn").t;
    const en = createI18n("en").t;
    const srFormats = createFormats("sr-Latn", "Europe/Belgrade", sr);
    const enFormats = createFormats("en", "Europe/Belgrade", en);
    expect(formatFigure(1234, "count", srFormats, sr)).toBe("1.234");
    expect(formatFigure(1234, "count", enFormats, en)).toBe("1,234");
    expect(formatFigure(0.16666, "rate", srFormats, sr)).toBe("0,17");
    expect(formatFigure(2.5, "rate", enFormats, en)).toBe("2.5");
    expect(formatFigure(3, "rate", srFormats, sr)).toBe("3");
    expect(formatFigure(12.345, "percent", srFormats, sr)).toBe("12,35 %");
    expect(formatFigure(12.345, "percent", enFormats, en)).toBe("12.35%");
  });
});

describe("shares", () => {
  it("print a bad actor's or a priority's share to one decimal", async () => {
    const { formatShare } = await import("../../renderer/kpi/kpiFormat");
    const sr = createI18n("sr-Latn").t;
    expect(formatShare(12.345, createFormats("sr-Latn", "Europe/Belgrade", sr), sr)).toBe("12,3 %");
    expect(formatShare(80, createFormats("sr-Latn", "Europe/Belgrade", sr), sr)).toBe("80 %");
  });
});
