/**
 * The alarm list an operator scans: order (unacknowledged first, then priority, then newest),
 * the counters in the navbar, and the state column in ISA-18.2 words. Pure renderer functions
 * over the renderer's own store.
 */
import { describe, expect, it } from "vitest";
import type { AlarmState } from "../../contract/api";
import { compareAlarms, selectAlarmCounts, selectSelectedAssetAlarms, selectSortedAlarms } from "../../renderer/alarms/alarmSelectors";
import { alarmStateText as stateText } from "../../renderer/alarms/alarmStateText";
import { createI18n } from "../../renderer/i18n/i18n";
import { createRoomStore, selectAsset } from "../../renderer/state/roomState";
import { alarmState, T0 } from "./fixtures/alarm-state";
import { A, AL } from "./fixtures/ids";

function alarm(id: string, over: Partial<AlarmState> = {}): AlarmState {
  return alarmState(id, { assetId: id.split(".")[1] ? A(id.split(".")[1]!) : null, ...over });
}

function storeWith(alarms: AlarmState[]) {
  const store = createRoomStore();
  store.update((s) => ({ ...s, alarms: new Map(alarms.map((a) => [a.id, a])) }));
  return store;
}

describe("alarm order", () => {
  it("puts every unacknowledged alarm before any acknowledged one, even a critical acknowledged one", () => {
    const ackedCritical = alarm("water.PS-MED-01.PressureLimit", { priority: "critical", acked: true, time: T0 + 60_000 });
    const unackedLow = alarm("waste.KN-MED-01.FillLimit", { priority: "low", time: T0 - 3_600_000 });
    expect([ackedCritical, unackedLow].sort(compareAlarms).map((a) => a.id)).toEqual([unackedLow.id, ackedCritical.id]);
  });

  it("orders by priority within the unacknowledged, then newest first", () => {
    const list = [
      alarm("a.L-old", { priority: "low", time: T0 }),
      alarm("a.H", { priority: "high", time: T0 }),
      alarm("a.L-new", { priority: "low", time: T0 + 5_000 }),
      alarm("a.C", { priority: "critical", time: T0 - 60_000 }),
      alarm("a.M", { priority: "medium", time: T0 }),
      alarm("a.C-acked", { priority: "critical", acked: true, time: T0 + 9_000 }),
      alarm("a.L-acked", { priority: "low", acked: true, time: T0 + 10_000 }),
      alarm("a.H-acked-old", { priority: "high", acked: true, time: T0 - 10_000 }),
      alarm("a.H-acked-new", { priority: "high", acked: true, time: T0 + 10_000 }),
    ];
    expect([...list].sort(compareAlarms).map((a) => a.id)).toEqual([
      "a.C",
      "a.H",
      "a.M",
      "a.L-new",
      "a.L-old",
      "a.C-acked",
      "a.H-acked-new",
      "a.H-acked-old",
      "a.L-acked",
    ]);
  });

  it("is a total order: equal rank and time fall back to the id, so rows never swap between frames", () => {
    const a = alarm("x.A");
    const b = alarm("x.B");
    expect(compareAlarms(a, b)).toBeLessThan(0);
    expect(compareAlarms(b, a)).toBeGreaterThan(0);
    expect(compareAlarms(a, { ...a })).toBe(0);
    expect([b, a].sort(compareAlarms)).toEqual([a, b]);
  });

  it("selectSortedAlarms sorts the store's alarms and keeps the same array while the alarm map is unchanged", () => {
    const store = storeWith([alarm("a.acked", { acked: true, priority: "critical" }), alarm("a.low"), alarm("a.high", { priority: "high" })]);
    const first = selectSortedAlarms(store.getState());
    expect(first.map((a) => a.id)).toEqual(["a.high", "a.low", "a.acked"]);
    // Selecting an asset does not touch the alarms: no re-sort, same identity.
    selectAsset(store, A("PS-MED-01"));
    expect(selectSortedAlarms(store.getState())).toBe(first);
    // A new event for one alarm replaces the map: the order is recomputed.
    store.update((s) => ({ ...s, alarms: new Map(s.alarms).set(AL("a.high"), { ...s.alarms.get(AL("a.high"))!, acked: true }) }));
    expect(selectSortedAlarms(store.getState()).map((a) => a.id)).toEqual(["a.low", "a.acked", "a.high"]);
  });

  it("the selected asset's alarms keep the list's order", () => {
    const store = storeWith([
      alarm("water.PS-MED-01.Flow", { priority: "medium", acked: true }),
      alarm("water.PS-MED-01.Pressure", { priority: "low" }),
      alarm("water.PS-PAL-01.Pressure", { priority: "critical" }),
    ]);
    expect(selectSelectedAssetAlarms(store.getState())).toEqual([]);
    selectAsset(store, A("PS-MED-01"));
    expect(selectSelectedAssetAlarms(store.getState()).map((a) => a.id)).toEqual(["water.PS-MED-01.Pressure", "water.PS-MED-01.Flow"]);
  });
});

describe("alarm counters", () => {
  it("counts active and unacknowledged alarms per priority, including returned-but-unacknowledged ones", () => {
    const store = storeWith([
      alarm("a.1", { priority: "critical" }),
      alarm("a.2", { priority: "critical", acked: true }),
      alarm("a.3", { priority: "high", active: false }),
      alarm("a.4", { priority: "low", active: false, acked: true }),
      // Out of the operator's view, as on the map: not counted.
      alarm("a.5", { priority: "medium", shelved: true }),
      alarm("a.6", { priority: "medium", suppressed: true }),
      alarm("a.7", { priority: "low", enabled: false }),
    ]);
    expect(selectAlarmCounts(store.getState())).toEqual({
      critical: { active: 2, unacked: 1 },
      high: { active: 0, unacked: 1 },
      medium: { active: 0, unacked: 0 },
      low: { active: 0, unacked: 0 },
    });
  });
});

const en = createI18n("en").t;
const alarmStateText = (a: AlarmState) => stateText(a, en);

describe("alarm state text", () => {
  it("names active and returned, acknowledged or not", () => {
    expect(alarmStateText(alarm("s.1"))).toBe("Active · Unacknowledged");
    expect(alarmStateText(alarm("s.2", { active: false }))).toBe("Returned · Unacknowledged");
    expect(alarmStateText(alarm("s.3", { acked: true, confirmed: true }))).toBe("Active · Acknowledged");
    expect(alarmStateText(alarm("s.4", { active: false, acked: true, confirmed: true }))).toBe("Returned · Acknowledged");
  });

  it("reads a condition folded with its branches by its current state: returned, unacknowledged while a branch is", () => {
    // After a flood: the condition is back to normal, two earlier activations await acknowledgement.
    const folded = alarm("f.1", { active: false, returned: true, acked: false, branches: 2 });
    expect(alarmStateText(folded)).toBe("Returned · Unacknowledged");
    expect(stateText(folded, createI18n("sr-Latn").t)).toBe("Vraćen u normalu · Nepotvrđen");
    expect(stateText(folded, createI18n("sr-Cyrl").t)).toBe("Враћен у нормалу · Непотврђен");
    // Active again with an older activation still unacknowledged.
    expect(alarmStateText(alarm("f.2", { active: true, returned: false, acked: false, branches: 1 }))).toBe("Active · Unacknowledged");
  });

  it("says Unconfirmed only once acknowledged and still awaiting confirmation", () => {
    expect(alarmStateText(alarm("u.1", { acked: true, confirmed: false }))).toBe("Active · Acknowledged · Unconfirmed");
    expect(alarmStateText(alarm("u.2", { active: false, acked: true, confirmed: false }))).toBe("Returned · Acknowledged · Unconfirmed");
    // Not yet acknowledged: acknowledging comes first, no Unconfirmed yet.
    expect(alarmStateText(alarm("u.3", { acked: false, confirmed: false }))).toBe("Active · Unacknowledged");
    // A condition without ConfirmedState (confirmed null) never reads Unconfirmed.
    expect(alarmStateText(alarm("u.4", { acked: true, confirmed: null }))).toBe("Active · Acknowledged");
  });

  it("adds shelved, suppressed and out of service", () => {
    expect(alarmStateText(alarm("x.1", { shelved: true }))).toBe("Active · Unacknowledged · Shelved");
    expect(alarmStateText(alarm("x.2", { suppressed: true }))).toBe("Active · Unacknowledged · Suppressed");
    expect(alarmStateText(alarm("x.3", { enabled: false }))).toBe("Active · Unacknowledged · Out of service");
    expect(alarmStateText(alarm("x.4", { acked: true, confirmed: false, shelved: true, suppressed: true, enabled: false }))).toBe(
      "Active · Acknowledged · Unconfirmed · Shelved · Suppressed · Out of service",
    );
  });
});

describe("alarm state text in Serbian", () => {
  it("uses the same ISA-18.2 terms in both scripts", () => {
    const a = alarm("sr.1", { active: false, acked: true, confirmed: false, shelved: true });
    expect(stateText(a, createI18n("sr-Latn").t)).toBe("Vraćen u normalu · Potvrđen · Neoveren · Odložen");
    expect(stateText(a, createI18n("sr-Cyrl").t)).toBe("Враћен у нормалу · Потврђен · Неоверен · Одложен");
    expect(stateText(alarm("sr.2", { enabled: false, suppressed: true }), createI18n("sr-Latn").t)).toBe("Aktivan · Nepotvrđen · Potisnut · Van upotrebe");
  });
});
