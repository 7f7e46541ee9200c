import { describe, expect, it } from "vitest";
import { book, event, hex, returnUnacked, trip, twoBranches, B1, B2, ID } from "./fixtures/alarm-book-events";
import { AL, E } from "./fixtures/ids";

/** A ConditionRefresh, or the journal until one, decides which rows stand. */
describe("alarm book: refreshes and the journal", () => {
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
});
