import { describe, expect, it } from "vitest";
import { AlarmBook } from "../../main/core/alarms/alarm-book";
import { priorityOf } from "../../main/core/alarms/priority";
import type { ConditionEvent } from "../../main/core/alarms/alarm-events";
import { conditionEvent } from "./fixtures/condition-event";
import { A, AL, E } from "./fixtures/ids";

const event = (over: Partial<ConditionEvent>) => conditionEvent(over);
const hex = (h: string) => Buffer.from(h, "hex");
const ID = AL("ep|ns=1;s=asset.HighLevel");
const B1 = "ns=1;g=b1";
const B2 = "ns=1;g=b2";

describe("alarm book", () => {
  const book = () => new AlarmBook((ep, node) => (node === "ns=1;s=asset" ? A(`${ep}|${node}`) : null));

  it("keys by ConditionId only and maps the source to its asset", () => {
    const b = book();
    const d1 = b.apply(E("ep"), event({}));
    const d2 = b.apply(E("ep"), event({ branchId: "ns=1;g=1234", eventId: hex("b1") }));
    expect(d1.upserts[0]?.id).toBe("ep|ns=1;s=asset.HighLevel");
    expect(d2.upserts[0]?.id).toBe("ep|ns=1;s=asset.HighLevel");
    expect(d1.upserts[0]?.assetId).toBe("ep|ns=1;s=asset");
    expect(b.list()).toHaveLength(1);
  });

  it("keeps the latest EventId for Acknowledge and drops a condition when Retain goes false", () => {
    const b = book();
    b.apply(E("ep"), event({}));
    b.apply(E("ep"), event({ eventId: Buffer.from("02", "hex"), acked: true, comment: "on it", clientUserId: "ana" }));
    const id = AL("ep|ns=1;s=asset.HighLevel");
    expect(b.eventIdOf(id)?.toString("hex")).toBe("02");
    expect(b.get(id)).toMatchObject({ acked: true, lastComment: "on it", lastCommentUser: "ana" });
    expect(b.apply(E("ep"), event({ retain: false, active: false })).removed).toEqual([id]);
    expect(b.get(id)).toBeUndefined();
  });

  it("removes conditions a ConditionRefresh did not resend", () => {
    const b = book();
    b.apply(E("ep"), event({}));
    b.apply(E("ep"), event({ conditionId: "ns=1;s=asset.LowLevel" }));
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    b.apply(E("ep"), event({ conditionId: "ns=1;s=asset.LowLevel" }));
    const end = b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    expect(end.removed).toEqual(["ep|ns=1;s=asset.HighLevel"]);
    expect(b.list().map((a) => a.conditionId)).toEqual(["ns=1;s=asset.LowLevel"]);
  });

  it("restores journaled conditions until a refresh says which still exist", () => {
    const b = book();
    const first = b.apply(E("ep"), event({})).upserts[0]!;
    const closed = b.apply(E("ep"), event({ conditionId: "ns=1;s=x" }));
    expect(closed.upserts).toHaveLength(1);
    const restored = book();
    restored.restore([
      { state: first, eventId: Buffer.from("0a", "hex") },
      { state: { ...first, id: AL("ep|gone"), retain: false }, eventId: null },
    ]);
    expect(restored.list().map((a) => a.id)).toEqual([first.id]);
    expect(restored.eventIdOf(first.id)?.toString("hex")).toBe("0a");
    restored.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    const end = restored.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    expect(end.removed).toEqual([first.id]);
    expect(end.closed[0]).toMatchObject({ id: first.id, retain: false });
  });

  it("maps severity bands to four priorities", () => {
    expect([1, 399, 400, 699, 700, 899, 900, 1000].map(priorityOf)).toEqual([
      "low", "low", "medium", "medium", "high", "high", "critical", "critical",
    ]);
  });
});

/**
 * Part 9 branches as node-opcua sends them: when a condition returns to normal unacknowledged,
 * a branch keeps the old "active, unacknowledged" state (its own EventId, Retain true) and the
 * trunk (BranchId null) goes inactive, acknowledged, Retain false.
 */
describe("alarm book: one row per condition, branches folded", () => {
  const book = () => new AlarmBook(() => null);
  const trip = (eventId: string, time: number, severity = 800) =>
    event({ eventId: hex(eventId), time, activeSince: time, severity, message: `High level at ${time}` });
  /** The branch the server makes of the active state, then the trunk's return. */
  const returnUnacked = (b: AlarmBook, branchId: string, branchEventId: string, trunkEventId: string, activeSince: number, time: number) => {
    b.apply(E("ep"), event({ branchId, eventId: hex(branchEventId), time: activeSince, activeSince, severity: 800, message: `High level at ${activeSince}` }));
    return b.apply(E("ep"), event({ eventId: hex(trunkEventId), time, active: false, acked: true, retain: false, severity: 250, message: "Back to normal" }));
  };
  /** A trunk and two branches: tripped at 900, returned at 2000, tripped at 3000, returned at 4000. */
  const twoBranches = (confirmed: boolean | null = null) => {
    const b = book();
    b.apply(E("ep"), { ...trip("01", 900), confirmed });
    returnUnacked(b, B1, "b1", "02", 900, 2000);
    b.apply(E("ep"), { ...trip("03", 3000), confirmed });
    returnUnacked(b, B2, "b2", "04", 3000, 4000);
    return b;
  };

  it("folds a trunk and two branches into one returned, unacknowledged row that quotes the oldest branch", () => {
    const b = twoBranches();
    expect(b.list()).toHaveLength(1);
    expect(b.get(ID)).toMatchObject({
      id: ID,
      active: false,
      returned: true,
      acked: false,
      retain: true,
      branches: 2,
      // What tripped, not "back to normal": the latest activation awaiting a person, at its priority.
      message: "High level at 3000",
      priority: "high",
      firstTime: 900,
      time: 4000,
      activeSince: null,
    });
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("b1");
    expect(b.ackEventIdOf(ID)?.toString("hex")).toBe("b1");
  });

  it("reads returned and unacknowledged after a return to normal, and active again on a new activation", () => {
    const b = book();
    b.apply(E("ep"), trip("01", 900));
    const back = returnUnacked(b, B1, "b1", "02", 900, 2000);
    expect(back.removed).toEqual([]);
    expect(b.get(ID)).toMatchObject({ active: false, returned: true, acked: false, branches: 1 });
    b.apply(E("ep"), trip("03", 3000));
    expect(b.get(ID)).toMatchObject({ active: true, returned: false, acked: false, branches: 1, activeSince: 3000, firstTime: 900 });
    // The older activation is answered first.
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("b1");
  });

  it("reads returned unacknowledged from a server that keeps the trunk instead of branching", () => {
    const b = book();
    b.apply(E("ep"), trip("01", 900));
    b.apply(E("ep"), event({ eventId: hex("02"), time: 2000, active: false, acked: false, retain: true }));
    expect(b.get(ID)).toMatchObject({ active: false, returned: true, acked: false, branches: 0 });
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("02");
  });

  it("acknowledging a branch takes it off the row; the row leaves once nothing is open", () => {
    const b = twoBranches();
    b.apply(E("ep"), event({ branchId: B1, eventId: hex("b1aa"), acked: true, retain: false, comment: "seen", clientUserId: "ana" }));
    expect(b.get(ID)).toMatchObject({ acked: false, branches: 1, lastComment: "seen", lastCommentUser: "ana" });
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("b2");
    const last = b.apply(E("ep"), event({ branchId: B2, eventId: hex("b2aa"), acked: true, retain: false, time: 5000 }));
    expect(last.removed).toEqual([ID]);
    expect(last.closed[0]).toMatchObject({ id: ID, retain: false, time: 5000 });
    expect(b.get(ID)).toBeUndefined();
  });

  it("a branch whose Retain goes false leaves the row, whatever its state", () => {
    const b = book();
    b.apply(E("ep"), trip("01", 900));
    returnUnacked(b, B1, "b1", "02", 900, 2000);
    b.apply(E("ep"), trip("03", 3000));
    b.apply(E("ep"), event({ eventId: hex("04"), acked: true, time: 3500, activeSince: 3000 }));
    expect(b.get(ID)).toMatchObject({ active: true, acked: false, branches: 1 });
    b.apply(E("ep"), event({ branchId: B1, eventId: hex("b1ee"), retain: false }));
    expect(b.get(ID)).toMatchObject({ active: true, acked: true, branches: 0 });
    expect(b.ackEventIdOf(ID)).toBeUndefined();
  });

  it("with ConfirmedState: an acknowledged branch stays unconfirmed until confirmed, quoting its new EventId", () => {
    const b = book();
    b.apply(E("ep"), { ...trip("01", 900), confirmed: false });
    returnUnacked(b, B1, "b1", "02", 900, 2000);
    b.apply(E("ep"), event({ branchId: B1, eventId: hex("b1aa"), acked: true, confirmed: false, retain: true }));
    expect(b.get(ID)).toMatchObject({ active: false, acked: true, confirmed: false, branches: 1 });
    expect(b.ackEventIdOf(ID)).toBeUndefined();
    expect(b.confirmEventIdOf(ID)?.toString("hex")).toBe("b1aa");
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("b1aa");
    const confirmed = b.apply(E("ep"), event({ branchId: B1, eventId: hex("b1cc"), acked: true, confirmed: true, retain: false }));
    expect(confirmed.removed).toEqual([ID]);
  });

  it("the row is unconfirmed while any branch is, and acknowledgement comes before confirmation", () => {
    const b = twoBranches(false);
    b.apply(E("ep"), event({ branchId: B1, eventId: hex("b1aa"), acked: true, confirmed: false }));
    expect(b.get(ID)).toMatchObject({ acked: false, confirmed: false, branches: 2 });
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("b2");
    expect(b.confirmEventIdOf(ID)?.toString("hex")).toBe("b1aa");
    b.apply(E("ep"), event({ branchId: B2, eventId: hex("b2aa"), acked: true, confirmed: false }));
    expect(b.get(ID)).toMatchObject({ acked: true, confirmed: false, branches: 2 });
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("b1aa");
  });

  it("an active condition keeps its row after confirmation even when the server says Retain false, until it returns", () => {
    const b = book();
    b.apply(E("ep"), { ...trip("01", 900), confirmed: false });
    b.apply(E("ep"), event({ eventId: hex("02"), acked: true, confirmed: false }));
    const confirmed = b.apply(E("ep"), event({ eventId: hex("03"), acked: true, confirmed: true, retain: false }));
    expect(confirmed.upserts[0]).toMatchObject({ id: ID, active: true, acked: true, confirmed: true });
    expect(b.ackEventIdOf(ID)).toBeUndefined();
    expect(b.confirmEventIdOf(ID)).toBeUndefined();
    expect(b.apply(E("ep"), event({ eventId: hex("04"), active: false, acked: true, confirmed: true, retain: false })).removed).toEqual([ID]);
  });

  it("keeps shelving detail from the condition's own events", () => {
    const b = book();
    b.apply(E("ep"), event({ shelved: true, shelving: { kind: "one-shot", until: null } }));
    expect(b.get(ID)).toMatchObject({ shelved: true, shelving: { kind: "one-shot", until: null } });
    b.apply(E("ep"), event({ shelved: true, shelving: { kind: "timed", until: 99_000 } }));
    expect(b.get(ID)?.shelving).toEqual({ kind: "timed", until: 99_000 });
  });

  it("carries the input tag and the limits of the condition's own events, and restores them from the journal", () => {
    const b = book();
    const limits = { highHigh: 95, high: 85, low: null, lowLow: null };
    b.apply(E("ep"), event({ inputNode: "ns=1;s=asset.Level", limits }));
    expect(b.get(ID)).toMatchObject({ inputTagId: "ep|ns=1;s=asset.Level", limits });
    // A branch speaks for an earlier activation; the condition's facts stay the trunk's.
    b.apply(E("ep"), event({ branchId: B1, eventId: hex("b1"), inputNode: null, limits: null }));
    expect(b.get(ID)).toMatchObject({ inputTagId: "ep|ns=1;s=asset.Level", limits });
    const restored = book();
    restored.restore([{ state: b.get(ID)!, eventId: hex("b1") }]);
    expect(restored.get(ID)).toMatchObject({ inputTagId: "ep|ns=1;s=asset.Level", limits });
  });

  it("an alarm without InputNode or limits has neither", () => {
    const b = book();
    b.apply(E("ep"), event({}));
    expect(b.get(ID)).toMatchObject({ inputTagId: null, limits: null });
  });

  it("after a ConditionRefresh keeps exactly what was resent: branches and conditions not resent are gone", () => {
    const b = twoBranches();
    const other = AL("ep|ns=1;s=asset.LowLevel");
    const onlyBranch = AL("ep|ns=1;s=asset.Fault");
    b.apply(E("ep"), event({ conditionId: "ns=1;s=asset.LowLevel" }));
    b.apply(E("ep"), event({ conditionId: "ns=1;s=asset.Fault", branchId: B1, eventId: hex("f1") }));
    b.apply(E("ep"), trip("05", 5000)); // HighLevel is active again: trunk retained
    b.apply(E("ep2"), event({}));
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    b.apply(E("ep"), { ...trip("05", 5000) });
    b.apply(E("ep"), event({ branchId: B2, eventId: hex("b2"), time: 3000, activeSince: 3000 }));
    const end = b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    expect(end.removed.sort()).toEqual([onlyBranch, other].sort());
    expect(end.upserts.map((a) => a.id)).toEqual([ID]);
    expect(b.get(ID)).toMatchObject({ active: true, acked: false, branches: 1 });
    expect(b.eventIdOf(ID)?.toString("hex")).toBe("b2");
    // Another endpoint's refresh is its own.
    expect(b.get(AL("ep2|ns=1;s=asset.HighLevel"))).toBeDefined();
  });

  it("a returned condition whose branches were not resent leaves at the end of the refresh", () => {
    const b = twoBranches();
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    b.apply(E("ep"), event({ branchId: B2, eventId: hex("b2"), time: 3000, activeSince: 3000 }));
    expect(b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null })).upserts[0]).toMatchObject({ returned: true, branches: 1 });
    // The link drops and comes back: the refresh after it is the truth.
    b.lost(E("ep"));
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    const end = b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    expect(end.removed).toEqual([ID]);
    expect(b.list()).toEqual([]);
  });

  it("restores a folded row with the EventId to quote, until the server speaks", () => {
    const live = twoBranches();
    const row = live.get(ID)!;
    const restored = book();
    restored.restore([{ state: row, eventId: live.eventIdOf(ID)! }]);
    expect(restored.get(ID)).toEqual(row);
    expect(restored.eventIdOf(ID)?.toString("hex")).toBe("b1");
    expect(restored.ackEventIdOf(ID)?.toString("hex")).toBe("b1");
    expect(restored.confirmEventIdOf(ID)).toBeUndefined();
    // The server's first event for the condition replaces the journal's word.
    restored.apply(E("ep"), event({ branchId: B2, eventId: hex("b2"), time: 3000, activeSince: 3000 }));
    expect(restored.get(ID)).toMatchObject({ branches: 1, returned: true });
    expect(restored.eventIdOf(ID)?.toString("hex")).toBe("b2");
  });

  it("restores an acknowledged, unconfirmed row so it can be confirmed offline", () => {
    const restored = book();
    const row = { ...twoBranches().get(ID)!, acked: true, confirmed: false };
    restored.restore([{ state: row, eventId: hex("c1") }]);
    expect(restored.ackEventIdOf(ID)).toBeUndefined();
    expect(restored.confirmEventIdOf(ID)?.toString("hex")).toBe("c1");
  });

  it("folds a journal written per branch (before folding) into one row quoting the oldest unacknowledged branch", () => {
    const b = book();
    const trunk = b.apply(E("ep"), trip("01", 900)).upserts[0]!;
    const old = (branch: string, firstTime: number) => ({
      ...trunk,
      id: AL(`${ID}#${branch}`),
      active: true,
      firstTime: undefined,
      returned: undefined,
      branches: undefined,
      activeSince: firstTime,
      time: firstTime,
    }) as unknown as typeof trunk;
    const restored = book();
    restored.restore([
      { state: { ...trunk, active: false, acked: true, retain: false }, eventId: null },
      { state: old(B2, 3000), eventId: hex("b2") },
      { state: old(B1, 900), eventId: hex("b1") },
    ]);
    expect(restored.list()).toHaveLength(1);
    expect(restored.get(ID)).toMatchObject({ id: ID, active: false, returned: true, acked: false, branches: 2, firstTime: 900 });
    expect(restored.eventIdOf(ID)?.toString("hex")).toBe("b1");
    restored.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    expect(restored.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null })).removed).toEqual([ID]);
  });

  it("another client's refresh while our stream has no gap adds and updates but takes nothing away", () => {
    const b = book();
    // Connected: our own first refresh (nothing retained yet), then the two activations live.
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    b.apply(E("ep"), trip("01", 900));
    returnUnacked(b, B1, "b1", "02", 900, 2000);
    b.apply(E("ep"), trip("03", 3000));
    returnUnacked(b, B2, "b2", "04", 3000, 4000);
    // A server (node-opcua) that resends no branches, on any client's refresh, to every subscription.
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    b.apply(E("ep"), event({ eventId: hex("14"), time: 4000, active: false, acked: true, retain: false, severity: 250, message: "Back to normal" }));
    const end = b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    expect(end.removed).toEqual([]);
    expect(b.get(ID)).toMatchObject({ returned: true, acked: false, branches: 2 });
    expect(b.ackEventIdOf(ID)?.toString("hex")).toBe("b1");
    // After a gap the same refresh is the truth: what it did not resend is gone.
    b.lost(E("ep"));
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    expect(b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null })).removed).toEqual([ID]);
  });

  it("a condition disabled while watched stays as a row out of service with what was known, and comes back when enabled", () => {
    const b = book();
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    b.apply(E("ep"), event({ eventId: hex("01"), message: "High level 9.1 m", severity: 800 }));
    // Disabled: Retain false and every other field blanked (BadConditionDisabled).
    const off = b.apply(E("ep"), event({ eventId: hex("02"), enabled: false, retain: false, active: false, acked: false, message: "", severity: 0 }));
    expect(off.upserts[0]).toMatchObject({ id: ID, enabled: false, active: false, acked: true, message: "High level 9.1 m", severity: 800 });
    expect(b.ackEventIdOf(ID)).toBeUndefined();
    // Another client's refresh does not resend a disabled condition; it stays out of service.
    b.apply(E("ep"), event({ kind: "refreshStart", conditionId: null }));
    b.apply(E("ep"), event({ kind: "refreshEnd", conditionId: null }));
    expect(b.get(ID)).toMatchObject({ enabled: false });
    const on = b.apply(E("ep"), event({ eventId: hex("03"), enabled: true, active: true, acked: false, message: "High level 9.3 m", severity: 800 }));
    expect(on.upserts[0]).toMatchObject({ enabled: true, active: true, acked: false, message: "High level 9.3 m" });
    expect(b.ackEventIdOf(ID)?.toString("hex")).toBe("03");
    b.apply(E("ep"), event({ eventId: hex("04"), enabled: false, retain: false, active: false, message: "" }));
    expect(b.apply(E("ep"), event({ eventId: hex("05"), enabled: true, active: false, acked: true, retain: false })).removed).toEqual([ID]);
  });

  it("relinks every row of an endpoint to the asset its source belongs to now, resent or not", () => {
    let owner: string | null = null;
    const b = new AlarmBook((ep, node) => (owner && node === "ns=1;s=asset" ? A(`${ep}|${owner}`) : null));
    b.apply(E("ep"), event({ acked: true, retain: false }));
    b.apply(E("ep2"), event({}));
    expect(b.relink(E("ep")).upserts).toEqual([]);
    owner = "ns=1;s=station";
    const change = b.relink(E("ep"));
    expect(change.upserts.map((a) => [a.id, a.assetId])).toEqual([["ep|ns=1;s=asset.HighLevel", "ep|ns=1;s=station"]]);
    expect(b.get(AL("ep2|ns=1;s=asset.HighLevel"))?.assetId).toBeNull();
  });

  it("lists conditions found out of service by browsing, once; an event for one takes over", () => {
    const b = book();
    b.apply(E("ep"), event({}));
    const found = [
      { conditionId: "ns=1;s=asset.HighLevel", sourceNode: "ns=1;s=asset", sourceName: "Asset", conditionName: "HighLevel" },
      { conditionId: "ns=1;s=asset.Fault", sourceNode: "ns=1;s=asset", sourceName: "Asset", conditionName: "Fault" },
    ];
    const change = b.addOutOfService(E("ep"), found);
    expect(change.upserts.map((a) => [a.conditionId, a.enabled, a.acked, a.active, a.sourceName])).toEqual([["ns=1;s=asset.Fault", false, true, false, "Asset"]]);
    expect(b.addOutOfService(E("ep"), found).upserts).toEqual([]);
    expect(b.get(ID)).toMatchObject({ enabled: true, active: true });
    const on = b.apply(E("ep"), event({ conditionId: "ns=1;s=asset.Fault", enabled: true, active: true, acked: false, message: "Fault" }));
    expect(on.upserts[0]).toMatchObject({ enabled: true, active: true, acked: false, message: "Fault" });
  });
});
