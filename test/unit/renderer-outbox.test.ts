/**
 * The outbox in the renderer (renderer/state/actionFeed.ts, actionSelectors.ts,
 * renderer/outbox/outboxText.ts): rows merge by recency so a late snapshot cannot undo an event,
 * closed rows leave the list, refused rows come first, and a server's status code reads as a
 * sentence in each language.
 */
import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "../../contract/api";
import { createI18n } from "../../renderer/i18n/i18n";
import { serverStatusText } from "../../renderer/outbox/outboxText";
import { mergeActions, openActions } from "../../renderer/state/actionFeed";
import { compareActions, selectAttentionCount, selectQueuedAcks, selectWaitingCount } from "../../renderer/state/actionSelectors";
import { createRoomStore } from "../../renderer/state/roomState";
import { T0 } from "./fixtures/alarm-state";
import { AL, E } from "./fixtures/ids";

function row(id: number, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id,
    kind: "acknowledge",
    endpointId: E("nis"),
    target: `nis|ns=2;s=Alarm${id}`,
    targetLabel: `Pumpna stanica ${id}`,
    comment: "",
    userName: "dežurni supervizor",
    role: "supervisor",
    createdAt: T0 + id,
    updatedAt: T0 + id,
    status: "pending",
    attempts: 0,
    serverStatus: null,
    error: null,
    resolution: null,
    ...over,
  };
}

describe("merging outbox rows", () => {
  it("keeps the newest state of each row, whichever arrives last", () => {
    const seen = new Map<number, OutboxEntry>();
    const conflict = row(1, { status: "conflict", updatedAt: T0 + 500, attempts: 1, serverStatus: "BadEventIdUnknown" });
    expect(mergeActions(seen, [conflict])).toBe(true);
    // The snapshot was taken before the event: it must not turn the conflict back into pending.
    expect(mergeActions(seen, [row(1)])).toBe(false);
    expect(seen.get(1)).toBe(conflict);
  });

  it("breaks a tie in time by attempts, then by how far the row got", () => {
    const seen = new Map<number, OutboxEntry>();
    mergeActions(seen, [row(1, { status: "sending", attempts: 1 })]);
    mergeActions(seen, [row(1, { status: "pending", attempts: 1 })]);
    expect(seen.get(1)!.status).toBe("sending");
    mergeActions(seen, [row(1, { status: "done", attempts: 1 })]);
    expect(seen.get(1)!.status).toBe("done");
  });

  it("lists only rows a person may still act on or wait for", () => {
    const seen = new Map<number, OutboxEntry>();
    mergeActions(seen, [row(1), row(2, { status: "sending" }), row(3, { status: "conflict" }), row(4, { status: "failed" }), row(5, { status: "done" }), row(6, { status: "discarded" })]);
    expect([...openActions(seen).keys()]).toEqual([1, 2, 3, 4]);
    // Once done, a row leaves the list, and a stale "pending" for it cannot bring it back.
    mergeActions(seen, [row(1, { status: "done", updatedAt: T0 + 900 })]);
    mergeActions(seen, [row(1)]);
    expect([...openActions(seen).keys()]).toEqual([2, 3, 4]);
  });
});

describe("outbox selectors", () => {
  const store = createRoomStore();
  const rows = [row(1), row(2, { status: "sending" }), row(3, { status: "conflict", createdAt: T0 + 50 }), row(4, { status: "failed", kind: "shelve" })];
  store.update((s) => ({ ...s, actions: new Map(rows.map((r) => [r.id, r])) }));

  it("count what waits for a server and what waits for a person", () => {
    expect(selectWaitingCount(store.getState())).toBe(2);
    expect(selectAttentionCount(store.getState())).toBe(2);
  });

  it("order refused rows first, then the longest waiting", () => {
    expect([...rows].sort(compareActions).map((r) => r.id)).toEqual([4, 3, 1, 2]);
  });

  it("know which alarms have an acknowledge still queued", () => {
    expect([...selectQueuedAcks(store.getState())]).toEqual([AL("nis|ns=2;s=Alarm1"), AL("nis|ns=2;s=Alarm2")]);
  });
});

describe("what the server said", () => {
  it("reads known status codes as a sentence in each language", () => {
    expect(serverStatusText("BadEventIdUnknown", createI18n("en").t)).toMatch(/^The alarm changed after this was asked/);
    expect(serverStatusText("BadEventIdUnknown", createI18n("sr-Latn").t)).toMatch(/^Alarm se promenio posle ovog zahteva/);
    expect(serverStatusText("BadConditionBranchAlreadyAcked", createI18n("sr-Cyrl").t)).toBe("Неко је већ потврдио овај аларм.");
    expect(serverStatusText("BadUserAccessDenied (0x801F0000)", createI18n("sr-Latn").t)).toBe("Server ne dozvoljava ovom korisniku ovu radnju.");
  });

  it("shows an unknown code as the code", () => {
    expect(serverStatusText("BadSomethingNew", createI18n("sr-Latn").t)).toBe("Status servera BadSomethingNew");
    expect(serverStatusText("toString", createI18n("en").t)).toBe("Server status toString");
  });
});
