import { describe, expect, it } from "vitest";
import { book, event, hex, returnUnacked, trip, twoBranches, B1, B2, ID } from "./fixtures/alarm-book-events";
import { E } from "./fixtures/ids";

describe("alarm book: one row per condition, branches folded", () => {
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
});
