/**
 * The handover summary's plain parts: activations counted by priority and by service (most
 * first, alarms of no known service last), who shelved a condition and why from its audit rows,
 * and what counts as standing at handover.
 */
import { describe, expect, it } from "vitest";
import type { AlarmHistoryAuditRow, AlarmId, Priority } from "../../contract/api";
import type { KpiActivation } from "../../main/core/alarms/alarm-kpis";
import { countByPriority, countByService, isOpen, lastShelve, writtenText } from "../../main/core/handover/handover-summary";

const act = (service: string | null, priority: Priority, time = 1): KpiActivation => ({
  alarmId: `e|${service}-${priority}-${time}` as AlarmId,
  sourceName: "s",
  conditionName: "c",
  priority,
  service,
  district: null,
  time,
});

const audit = (action: string, detail: string, time: number, userName = "Marko Jovanović"): AlarmHistoryAuditRow => ({
  kind: "audit",
  key: `audit-${time}`,
  time,
  userName,
  role: "supervisor",
  action,
  target: "e|a",
  targetLabel: null,
  detail,
  worded: null,
  alarmId: null,
  priority: null,
  service: null,
  district: null,
});

describe("handover summary parts", () => {
  it("counts activations by priority and by service, busiest service first and no service last", () => {
    const acts = [act("water", "low", 1), act(null, "high", 2), act("heating", "critical", 3), act("water", "medium", 4), act(null, "low", 5), act(null, "low", 6)];
    expect(countByPriority(acts)).toEqual({ low: 3, medium: 1, high: 1, critical: 1 });
    expect(countByService(acts)).toEqual([
      { service: "water", counts: { low: 1, medium: 1, high: 0, critical: 0 }, total: 2 },
      { service: "heating", counts: { low: 0, medium: 0, high: 0, critical: 1 }, total: 1 },
      { service: null, counts: { low: 2, medium: 0, high: 1, critical: 0 }, total: 3 },
    ]);
    expect(countByService([])).toEqual([]);
  });

  it("takes who shelved, when and why from the newest shelve in the trail, the reason whole", () => {
    const rows = [
      audit("unshelve", 'Unshelve "Pumpa P1: pressure"', 30),
      audit("shelve", 'Shelve for 60 min "Pumpa P1: pressure — low" — Radovi — ekipa na terenu', 20, "Ana Petrović"),
      audit("shelve", 'Shelve until normal "Pumpa P1: pressure" — staro', 10),
    ];
    expect(lastShelve(rows)).toEqual({ by: "Ana Petrović", at: 20, reason: "Radovi — ekipa na terenu" });
    expect(lastShelve([audit("acknowledge", "Acknowledge", 5)])).toBeNull();
  });

  it("counts as standing what is active or unacknowledged, in service and not shelved", () => {
    const base = { active: false, acked: true, shelved: false, enabled: true };
    expect(isOpen({ ...base, active: true })).toBe(true);
    expect(isOpen({ ...base, acked: false })).toBe(true);
    expect(isOpen(base)).toBe(false);
    expect(isOpen({ ...base, active: true, shelved: true })).toBe(false);
    expect(isOpen({ ...base, active: true, enabled: false })).toBe(false);
  });

  it("reads the person's own words out of a note's and a handover note's audit line, and nothing else's", () => {
    expect(writtenText("note", 'Note on "Pumpa P1": Zamenjen ležaj: proveriti sutra')).toBe("Zamenjen ležaj: proveriti sutra");
    expect(writtenText("note", 'Note on "Pumpa P1" (photo: image/png): Curenje')).toBe("Curenje");
    expect(writtenText("handover-note", "Sign the handover note of shift 23:00–07:00 on 2026-11-25: Šaht pod nadzorom.\nDrugi red")).toBe("Šaht pod nadzorom.\nDrugi red");
    expect(writtenText("shelve", 'Shelve until normal "X" — razlog')).toBeNull();
    expect(writtenText("sign-in", "Signed in (online)")).toBeNull();
  });
});
