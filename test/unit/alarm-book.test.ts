import { describe, expect, it } from "vitest";
import { AlarmBook } from "../../main/core/alarms/alarm-book";
import { priorityOf } from "../../main/core/alarms/priority";
import type { ConditionEvent } from "../../main/core/alarms/alarm-events";
import { conditionEvent } from "./fixtures/condition-event";
import { A, AL, E } from "./fixtures/ids";

const event = (over: Partial<ConditionEvent>) => conditionEvent(over);

describe("alarm book", () => {
  const book = () => new AlarmBook((ep, node) => (node === "ns=1;s=asset" ? A(`${ep}|${node}`) : null));

  it("keys by ConditionId and BranchId and maps the source to its asset", () => {
    const b = book();
    const d1 = b.apply(E("ep"), event({}));
    const d2 = b.apply(E("ep"), event({ branchId: "ns=1;g=1234" }));
    expect(d1.upserts[0]?.id).toBe("ep|ns=1;s=asset.HighLevel");
    expect(d2.upserts[0]?.id).toBe("ep|ns=1;s=asset.HighLevel#ns=1;g=1234");
    expect(d1.upserts[0]?.assetId).toBe("ep|ns=1;s=asset");
    expect(b.list()).toHaveLength(2);
  });

  it("keeps the latest EventId for Acknowledge and drops a condition when Retain goes false", () => {
    const b = book();
    b.apply(E("ep"), event({}));
    b.apply(E("ep"), event({ eventId: Buffer.from("02", "hex"), acked: true, comment: "on it", clientUserId: "ana" }));
    const id = AL("ep|ns=1;s=asset.HighLevel");
    expect(b.eventIdOf(id)?.toString("hex")).toBe("02");
    expect(b.get(id)).toMatchObject({ acked: true, lastComment: "on it", lastCommentUser: "ana" });
    expect(b.apply(E("ep"), event({ retain: false })).removed).toEqual([id]);
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
