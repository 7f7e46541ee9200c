import { describe, expect, it } from "vitest";
import { AlarmBook } from "../../main/core/alarms/alarm-book";
import { priorityOf } from "../../main/core/alarms/priority";
import { book as bookWithoutAssets, event, hex, B1, ID } from "./fixtures/alarm-book-events";
import { A, AL, E } from "./fixtures/ids";

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

describe("alarm book: what a row carries, out of service and relinked", () => {
  const book = bookWithoutAssets;

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