/**
 * The banner's rules, as pure functions over hand-made alarms: which alarm it names, which horn
 * sounds (silenced, a newer alarm, acknowledged, shelved), when a flood is on and off again, and
 * how desktop notifications are throttled so a flood gives a few summaries, not hundreds.
 */
import { describe, expect, it } from "vitest";
import type { AlarmState } from "../../contract/api";
import { FLOOD_LIMIT, FLOOD_WINDOW_MS, floodStatus, noteRaises } from "../../renderer/banner/flood";
import { createSilenceTracker, hornDemand, hornState, NEVER_SILENCED, silenceNow } from "../../renderer/banner/hornDecision";
import { defaultHornSetting, parseHornSetting } from "../../renderer/banner/hornSetting";
import { pickMostUrgent, selectMostUrgent } from "../../renderer/banner/mostUrgent";
import { EMPTY_QUEUE, flush, forget, hearUrgent, NOTIFY_INTERVAL_MS, offer, type NotifyQueue, type Shown } from "../../renderer/banner/notificationPlan";
import { notificationText } from "../../renderer/banner/notificationText";
import { createI18n } from "../../renderer/i18n/i18n";
import { createRoomStore, silenceHorn } from "../../renderer/state/roomState";
import { alarmState, T0 } from "./fixtures/alarm-state";

const MIN = 60_000;
const LOUD = { soundLow: false };

function storeWith(alarms: AlarmState[]) {
  const store = createRoomStore();
  store.update((s) => ({ ...s, alarms: new Map(alarms.map((a) => [a.id, a])) }));
  return store;
}

function upsert(store: ReturnType<typeof createRoomStore>, a: AlarmState) {
  store.update((s) => ({ ...s, alarms: new Map(s.alarms).set(a.id, a) }));
}

describe("the most urgent alarm", () => {
  it("is the highest priority unacknowledged one, the newest among equals", () => {
    const list = [
      alarmState("old-high", { priority: "high", time: T0 }),
      alarmState("critical-acked", { priority: "critical", acked: true, time: T0 + 5 * MIN }),
      alarmState("new-high", { priority: "high", time: T0 + MIN }),
      alarmState("medium", { priority: "medium", time: T0 + 9 * MIN }),
    ];
    expect(pickMostUrgent(list)?.id).toBe("new-high");
  });

  it("ignores shelved, suppressed and out-of-service alarms, as the counters do", () => {
    const list = [
      alarmState("shelved", { priority: "critical", shelved: true }),
      alarmState("suppressed", { priority: "critical", suppressed: true }),
      alarmState("disabled", { priority: "critical", enabled: false }),
      alarmState("low", { priority: "low" }),
    ];
    expect(pickMostUrgent(list)?.id).toBe("low");
    expect(pickMostUrgent(list.slice(0, 3))).toBeNull();
  });

  it("counts a returned, unacknowledged alarm: it still awaits a person", () => {
    const returned = alarmState("returned", { priority: "high", active: false, activeSince: null });
    expect(pickMostUrgent([alarmState("low"), returned])?.id).toBe("returned");
  });

  it("keeps its identity while a flood updates other alarms, so the banner does not re-render", () => {
    const store = storeWith([alarmState("c", { priority: "critical" }), alarmState("m", { priority: "medium" })]);
    const first = selectMostUrgent(store.getState());
    for (let i = 0; i < 50; i++) upsert(store, alarmState(`flood-${i}`, { priority: "high", time: T0 + i }));
    upsert(store, alarmState("m", { priority: "medium", message: "changed" }));
    expect(selectMostUrgent(store.getState())).toBe(first);
    // The picked alarm itself changed: a new object.
    upsert(store, alarmState("c", { priority: "critical", message: "changed" }));
    expect(selectMostUrgent(store.getState())).not.toBe(first);
    expect(selectMostUrgent(store.getState())?.message).toBe("changed");
  });
});

describe("the horn", () => {
  it("sounds for the highest priority unacknowledged alarm; low is silent unless a window asks", () => {
    expect(hornDemand([alarmState("m", { priority: "medium" }), alarmState("h", { priority: "high" })], NEVER_SILENCED, LOUD)).toBe("high");
    expect(hornDemand([alarmState("l", { priority: "low" })], NEVER_SILENCED, LOUD)).toBe("quiet");
    expect(hornDemand([alarmState("l", { priority: "low" })], NEVER_SILENCED, { soundLow: true })).toBe("low");
    expect(hornDemand([], NEVER_SILENCED, LOUD)).toBe("quiet");
  });

  it("stops by itself when the alarms are acknowledged, shelved, suppressed or out of service", () => {
    const critical = alarmState("c", { priority: "critical" });
    expect(hornDemand([critical], NEVER_SILENCED, LOUD)).toBe("critical");
    expect(hornDemand([{ ...critical, acked: true }], NEVER_SILENCED, LOUD)).toBe("quiet");
    expect(hornDemand([{ ...critical, shelved: true }], NEVER_SILENCED, LOUD)).toBe("quiet");
    expect(hornDemand([{ ...critical, suppressed: true }], NEVER_SILENCED, LOUD)).toBe("quiet");
    expect(hornDemand([{ ...critical, enabled: false }], NEVER_SILENCED, LOUD)).toBe("quiet");
  });

  it("is silenced for what was there, and sounds again for a newer alarm", () => {
    const high = alarmState("h", { priority: "high" });
    const silence = silenceNow([high], T0 + MIN);
    expect(hornDemand([high], silence, LOUD)).toBe("silenced");
    // A newer medium alarm sounds its own pattern, while the silenced high stays quiet.
    const medium = alarmState("m", { priority: "medium", activeSince: T0 + 2 * MIN, firstTime: T0 + 2 * MIN });
    expect(hornDemand([high, medium], silence, LOUD)).toBe("medium");
    // Acknowledged after silencing: nothing left to be silenced.
    expect(hornDemand([{ ...high, acked: true }], silence, LOUD)).toBe("quiet");
  });

  it("sounds again when the silenced alarm itself is raised again (a new activation)", () => {
    const high = alarmState("h", { priority: "high" });
    const silence = silenceNow([high], T0 + MIN);
    const raisedAgain = { ...high, activeSince: T0 + 3 * MIN, time: T0 + 3 * MIN };
    expect(hornDemand([raisedAgain], silence, LOUD)).toBe("high");
    // Only a new event (comment, message) on the same activation does not.
    expect(hornDemand([{ ...high, time: T0 + 4 * MIN, lastComment: "seen" }], silence, LOUD)).toBe("silenced");
  });

  it("does not trust the server's clock: an alarm heard at silencing stays quiet even if stamped later", () => {
    const aheadOfUs = alarmState("c", { priority: "critical", activeSince: T0 + 10 * MIN });
    expect(hornDemand([aheadOfUs], silenceNow([aheadOfUs], T0), LOUD)).toBe("silenced");
  });

  it("takes the silence from the state in which silenceHorn was called", () => {
    const store = storeWith([alarmState("h", { priority: "high" })]);
    const tracker = createSilenceTracker();
    const demand = () => hornDemand(store.getState().alarms.values(), tracker(store.getState()), LOUD);
    expect(demand()).toBe("high");
    silenceHorn(store, T0 + MIN);
    expect(demand()).toBe("silenced");
    upsert(store, alarmState("c", { priority: "critical", activeSince: T0 + 2 * MIN }));
    expect(demand()).toBe("critical");
    silenceHorn(store, T0 + 3 * MIN);
    expect(demand()).toBe("silenced");
  });

  it("reads 'off' on a window whose horn is turned off, whatever the alarms", () => {
    expect(hornState("critical", false)).toBe("off");
    expect(hornState("critical", true)).toBe("critical");
  });

  it("is on by default on the operator screen, off on a map window, and keeps a saved choice", () => {
    expect(defaultHornSetting("operator")).toEqual({ on: true, soundLow: false });
    expect(defaultHornSetting("map")).toEqual({ on: false, soundLow: false });
    expect(parseHornSetting(JSON.stringify({ on: true }), "map")).toEqual({ on: true, soundLow: false });
    expect(parseHornSetting("{not json", "operator")).toEqual({ on: true, soundLow: false });
    expect(parseHornSetting(JSON.stringify({ on: "yes", soundLow: true }), "operator")).toEqual({ on: true, soundLow: true });
  });
});

/** `n` alarms raised one per `stepMs`, the last at `lastAt`. */
function raised(n: number, lastAt: number, stepMs = 1000, over: Partial<AlarmState> = {}): AlarmState[] {
  return Array.from({ length: n }, (_, i) => {
    const t = lastAt - (n - 1 - i) * stepMs;
    return alarmState(`r${i}`, { activeSince: t, firstTime: t, time: t, ...over });
  });
}

describe("flood detection", () => {
  it("is on above 10 raises in 10 minutes, not at 10", () => {
    const now = T0 + 30 * MIN;
    expect(floodStatus(noteRaises(new Map(), raised(FLOOD_LIMIT, now), now), now)).toEqual({ on: false, count: 10 });
    expect(floodStatus(noteRaises(new Map(), raised(FLOOD_LIMIT + 1, now), now), now)).toEqual({ on: true, count: 11 });
  });

  it("counts only raises inside the window: one exactly 10 minutes old is out, one a millisecond younger in", () => {
    const now = T0 + 30 * MIN;
    const ten = raised(10, now);
    const atEdge = alarmState("edge", { activeSince: now - FLOOD_WINDOW_MS, firstTime: now - FLOOD_WINDOW_MS });
    expect(floodStatus(noteRaises(new Map(), [...ten, atEdge], now), now).on).toBe(false);
    const inside = alarmState("edge", { activeSince: now - FLOOD_WINDOW_MS + 1, firstTime: now - FLOOD_WINDOW_MS + 1 });
    expect(floodStatus(noteRaises(new Map(), [...ten, inside], now), now).on).toBe(true);
  });

  it("ends by itself when the raises leave the window, with no event", () => {
    const start = T0;
    const log = noteRaises(new Map(), raised(30, start, 2000), start);
    expect(floodStatus(log, start + 5 * MIN).on).toBe(true);
    // The oldest raise was 58 s before `start`; ten minutes after `start` only 0 remain.
    expect(floodStatus(log, start + 10 * MIN)).toEqual({ on: false, count: 0 });
    expect(floodStatus(log, start + 10 * MIN - 21_000)).toEqual({ on: true, count: 11 });
  });

  it("remembers raises of alarms that left the list (acknowledged and returned during the flood)", () => {
    const now = T0;
    let log = noteRaises(new Map(), raised(12, now), now);
    log = noteRaises(log, [], now + 1000);
    expect(floodStatus(log, now + 1000)).toEqual({ on: true, count: 12 });
  });

  it("counts an activation once however often it is noted, and a re-raise as another", () => {
    const now = T0;
    const a = alarmState("a", { activeSince: now - 1000, firstTime: now - 1000 });
    let log = noteRaises(new Map(), [a], now);
    log = noteRaises(log, [{ ...a, time: now, message: "update" }], now + 10);
    expect(floodStatus(log, now + 10).count).toBe(1);
    // Raised again before anyone acknowledged: the row keeps its first time and has a new activation.
    log = noteRaises(log, [{ ...a, activeSince: now + 20 }], now + 30);
    expect(floodStatus(log, now + 30).count).toBe(2);
  });

  it("leaves out alarms that were never annunciated: suppressed, out of service, shelved when seen", () => {
    const now = T0;
    const hidden = [...raised(5, now, 1000, { suppressed: true }), ...raised(5, now, 1000, { enabled: false }), ...raised(5, now, 1000, { shelved: true })].map((a, i) => ({
      ...a,
      id: `${a.id}-${i}` as AlarmState["id"],
    }));
    expect(floodStatus(noteRaises(new Map(), hidden, now), now)).toEqual({ on: false, count: 0 });
  });
});

describe("desktop notifications", () => {
  const critical = (id: string, t = T0) => alarmState(id, { priority: "critical", activeSince: t, firstTime: t, time: t });
  const high = (id: string, t = T0) => alarmState(id, { priority: "high", activeSince: t, firstTime: t, time: t });

  it("hear new high and critical unacknowledged activations only", () => {
    const start = hearUrgent(new Set(), [critical("c"), alarmState("m", { priority: "medium" }), alarmState("l")]);
    expect(start.fresh.map((a) => a.id)).toEqual(["c"]);
    const next = hearUrgent(start.keys, [critical("c"), high("h"), { ...high("acked"), acked: true }, { ...high("shelved"), shelved: true }]);
    expect(next.fresh.map((a) => a.id)).toEqual(["h"]);
    // Acknowledged, then raised again: new again.
    const acked = hearUrgent(next.keys, [{ ...critical("c"), acked: true }, high("h")]);
    expect(acked.fresh).toEqual([]);
    expect(hearUrgent(acked.keys, [critical("c", T0 + MIN), high("h")]).fresh.map((a) => a.id)).toEqual(["c"]);
  });

  it("shows the first alarm at once and holds the next ones for one summary", () => {
    let p = offer(EMPTY_QUEUE, [high("a")], T0);
    expect(p.show).toEqual({ kind: "one", alarm: high("a") });
    p = offer(p.queue, [high("b")], T0 + 1000);
    expect(p.show).toBeNull();
    p = offer(p.queue, [critical("c")], T0 + 2000);
    expect(p.show).toBeNull();
    expect(flush(p.queue, T0 + NOTIFY_INTERVAL_MS - 1).show).toBeNull();
    const due = flush(p.queue, T0 + NOTIFY_INTERVAL_MS);
    expect(due.show).toMatchObject({ kind: "summary", count: 2, top: { id: "c" } });
    expect(due.queue.waiting.size).toBe(0);
    expect(flush(due.queue, T0 + 2 * NOTIFY_INTERVAL_MS).show).toBeNull();
  });

  it("turns a flood of 500 alarms over a minute into one notification per interval", () => {
    let queue: NotifyQueue = EMPTY_QUEUE;
    const shown: Shown[] = [];
    // One tick a second, as the window checks; 500 alarms spread over the first 60 s.
    for (let s = 0; s <= 70; s++) {
      const now = T0 + s * 1000;
      const fresh = s < 60 ? Array.from({ length: s === 59 ? 500 - 59 * 8 : 8 }, (_, i) => high(`f${s}-${i}`, now)) : [];
      const p = offer(queue, fresh, now);
      queue = p.queue;
      if (p.show) shown.push(p.show);
    }
    expect(shown.length).toBeLessThanOrEqual(Math.ceil(60_000 / NOTIFY_INTERVAL_MS) + 1);
    expect(shown[0]).toMatchObject({ kind: "summary", count: 8 });
    const told = shown.reduce((n, s) => n + (s.kind === "one" ? 1 : s.count), 0);
    expect(told).toBe(500);
  });

  it("forgets what waited when the window gets the focus back", () => {
    let p = offer(EMPTY_QUEUE, [high("a")], T0);
    p = offer(p.queue, [high("b")], T0 + 1000);
    expect(flush(forget(p.queue), T0 + NOTIFY_INTERVAL_MS).show).toBeNull();
  });

  it("says what happened in the window's language", () => {
    const sr = createI18n("sr-Latn").t;
    const one = notificationText({ kind: "one", alarm: critical("c") }, sr, new Map());
    expect(one).toEqual({ title: "Kritičan alarm: Pumpna stanica Centar 1", body: "Pressure 1.82 bar below low-low limit 2 bar" });
    const many = notificationText({ kind: "summary", count: 3, top: critical("c") }, sr, new Map());
    expect(many.title).toBe("3 nova alarma");
    expect(many.body).toBe("Najhitniji: Kritičan, Pumpna stanica Centar 1: Pressure 1.82 bar below low-low limit 2 bar");
    expect(notificationText({ kind: "summary", count: 12, top: high("h") }, createI18n("en").t, new Map()).title).toBe("12 new alarms");
  });
});
