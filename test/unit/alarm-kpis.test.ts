import { describe, expect, it } from "vitest";
import type { AlarmId, Priority } from "../../contract/api";
import { busiestWindow, computeAlarmKpis, floodTime, type KpiActivation, type KpiEndState } from "../../main/core/alarms/alarm-kpis";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

/** One activation of condition `id` at `time`. */
const act = (id: string, time: number, priority: Priority = "low", service: string | null = "water", district: string | null = "Medijana"): KpiActivation => ({
  alarmId: `sim|${id}` as AlarmId,
  sourceName: `Source ${id}`,
  conditionName: `${id}Alarm`,
  priority,
  service,
  district,
  time,
});

const end = (id: string, over: Partial<KpiEndState>): KpiEndState => ({
  alarmId: `sim|${id}` as AlarmId,
  sourceName: `Source ${id}`,
  conditionName: `${id}Alarm`,
  priority: "low",
  service: "water",
  district: "Medijana",
  active: true,
  shelved: false,
  enabled: true,
  activeSince: null,
  time: 0,
  ...over,
});

const kpis = (activations: KpiActivation[], endStates: KpiEndState[] = [], from = 0, to = H, service: string | null = null) =>
  computeAlarmKpis({ from, to, service, position: null, scope: { services: service === null ? null : [service], districts: null }, activations, endStates });

describe("alarm KPIs on hand-made journals", () => {
  it("a flood: 15 conditions trip 10 s apart from minute 10", () => {
    // Activations at 600 s, 610 s, … 740 s. The 11th (700 s) starts the flood; it lasts until the
    // 5th has left the 10-minute window (640 s + 600 s = 1240 s): 540 s of a 3600 s hour = 15 %.
    const storm = Array.from({ length: 15 }, (_, i) => act(`c${i}`, 10 * MIN + i * 10 * S));
    const k = kpis(storm);
    expect(k.activations).toBe(15);
    expect(k.floodPercent.value).toBeCloseTo(15, 10);
    expect(k.floodPercent).toMatchObject({ target: 1, meets: false });
    expect(k.floods).toBe(1);
    expect(k.per10Minutes.peak).toMatchObject({ value: 15, target: 10, meets: false });
    expect(k.per10Minutes.peakAt).toBe(10 * MIN);
    expect(k.per10Minutes.average.value).toBeCloseTo(2.5, 10);
    expect(k.perHour.average).toMatchObject({ value: 15, target: 6, meets: false });
    expect(k.perHour.peak).toMatchObject({ value: 15, target: null, meets: null });
    expect(k.chattering.value).toBe(0);
  });

  it("ten activations in ten minutes are no flood; eleven are, for as long as they stay within 10 minutes", () => {
    const ten = Array.from({ length: 10 }, (_, i) => act(`c${i}`, i * S));
    expect(kpis(ten).floodPercent.value).toBe(0);
    expect(kpis(ten).floods).toBe(0);
    const eleven = Array.from({ length: 11 }, (_, i) => act(`c${i}`, i * S));
    // From the 11th (10 s) until the first leaves (600 s): 590 s.
    expect(floodTime(eleven.map((a) => a.time), 0, H)).toEqual({ ms: 590 * S, periods: 1 });
    // Two storms an hour apart are two floods.
    const two = [...eleven, ...eleven.map((a) => ({ ...a, time: a.time + 30 * MIN }))];
    expect(kpis(two).floods).toBe(2);
    expect(kpis(two).floodPercent.value).toBeCloseTo((2 * 590 * 100) / 3600, 10);
    // Only the part of a flood inside the range counts.
    expect(floodTime(eleven.map((a) => a.time), 0, 300 * S).ms).toBe(290 * S);
  });

  it("a chattering alarm: three activations of one condition within 60 s, not 60 s apart", () => {
    const journal = [
      act("chatter", 0),
      act("chatter", 20 * S),
      act("chatter", 50 * S),
      // Three in exactly 60 s (0, 30, 60): not within 60 s.
      act("slow", 0),
      act("slow", 30 * S),
      act("slow", 60 * S),
      act("other", 10 * S),
    ];
    const k = kpis(journal);
    expect(k.chattering).toMatchObject({ value: 1, target: 0, meets: false });
    expect(k.chatteringConditions).toEqual([expect.objectContaining({ alarmId: "sim|chatter", activations: 3 })]);
    expect(busiestWindow([0, 30 * S, 60 * S], 60 * S).count).toBe(2);
  });

  it("a stale alarm: standing for more than 24 h at the range's end; standing and shelved counted", () => {
    const to = 100 * H;
    const k = kpis(
      [],
      [
        end("stale", { activeSince: to - 25 * H }),
        end("standing", { activeSince: to - 23 * H }),
        // No activeSince: the state's own time stands in.
        end("stale-by-time", { activeSince: null, time: to - 48 * H }),
        end("shelved", { active: false, shelved: true }),
        end("out-of-service", { activeSince: to - 50 * H, enabled: false }),
      ],
      to - 8 * H,
      to,
    );
    expect(k.stale).toMatchObject({ value: 2, target: 5, meets: true });
    expect(k.staleConditions.map((c) => c.alarmId)).toEqual(["sim|stale-by-time", "sim|stale"]);
    expect(k.standing).toMatchObject({ value: 3, target: 10, meets: true });
    expect(k.shelved).toMatchObject({ value: 1, target: null, meets: null });
  });

  it("the priority split against 80 / 15 / 5", () => {
    const good = [
      ...Array.from({ length: 16 }, (_, i) => act(`l${i}`, i * MIN, "low")),
      ...Array.from({ length: 3 }, (_, i) => act(`m${i}`, i * MIN, "medium")),
      act("h", 0, "high"),
    ];
    const k = kpis(good);
    expect(k.prioritySplit.counts).toEqual({ low: 16, medium: 3, high: 1, critical: 0 });
    expect(k.prioritySplit.percent).toEqual({ low: 80, medium: 15, high: 5, critical: 0 });
    expect(k.prioritySplit.target).toEqual({ low: 80, medium: 15, highAndCritical: 5 });
    expect(k.prioritySplit.meets).toBe(true);

    const bad = [
      ...Array.from({ length: 10 }, (_, i) => act(`l${i}`, i * MIN, "low")),
      ...Array.from({ length: 5 }, (_, i) => act(`m${i}`, i * MIN, "medium")),
      ...Array.from({ length: 5 }, (_, i) => act(`c${i}`, i * MIN, "critical")),
    ];
    expect(kpis(bad).prioritySplit.percent).toEqual({ low: 50, medium: 25, high: 0, critical: 25 });
    expect(kpis(bad).prioritySplit.meets).toBe(false);
    expect(kpis([]).prioritySplit.meets).toBeNull();
  });

  it("top 10 bad actors, most first, and their share; one service; only the range", () => {
    const journal: KpiActivation[] = [];
    for (let c = 0; c < 12; c++) for (let n = 0; n <= c; n++) journal.push(act(`c${c}`, n * 5 * MIN + c * S));
    const k = kpis(journal);
    const total = (12 * 13) / 2;
    expect(k.activations).toBe(total);
    expect(k.badActors).toHaveLength(10);
    expect(k.badActors.map((b) => b.activations)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(k.badActors[0]).toMatchObject({ alarmId: "sim|c11", sourceName: "Source c11", conditionName: "c11Alarm" });
    expect(k.badActorShare.value).toBeCloseTo(((total - 3) / total) * 100, 10);

    const mixed = [act("w", 0, "low", "water"), act("h", S, "high", "heating"), act("h", 2 * H, "high", "heating")];
    const heating = kpis(mixed, [end("w", {}), end("h", { service: "heating" })], 0, H, "heating");
    expect(heating).toMatchObject({ service: "heating", activations: 1, standing: { value: 1 } });
    expect(heating.badActors.map((b) => b.alarmId)).toEqual(["sim|h"]);
  });

  it("one operator position: its services in its districts only, named in the answer", () => {
    const journal = [
      act("w-med", 0, "low", "water", "Medijana"),
      act("h-med", S, "high", "heating", "Medijana"),
      act("w-pal", 2 * S, "low", "water", "Palilula"),
      act("t-med", 3 * S, "low", "traffic", "Medijana"),
      act("w-none", 4 * S, "low", "water", null),
    ];
    const ends = [end("w-med", {}), end("w-pal", { district: "Palilula" }), end("t-med", { service: "traffic" })];
    const desk = computeAlarmKpis({
      from: 0,
      to: H,
      service: null,
      position: "centre-utilities",
      scope: { services: ["water", "heating"], districts: ["Medijana"] },
      activations: journal,
      endStates: ends,
    });
    expect(desk).toMatchObject({ position: "centre-utilities", service: null, activations: 2, standing: { value: 1 } });
    expect(desk.badActors.map((b) => b.alarmId).sort()).toEqual(["sim|h-med", "sim|w-med"]);
    // The whole city for the same services: every district, and no asset without one left out of "any".
    const city = computeAlarmKpis({ from: 0, to: H, service: null, position: "utilities", scope: { services: ["water", "heating"], districts: null }, activations: journal, endStates: ends });
    expect(city.activations).toBe(4);
    expect(city.standing.value).toBe(2);
  });
});
