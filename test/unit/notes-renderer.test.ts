import { describe, expect, it } from "vitest";
import type { AlarmId, AssetId, FieldNote, OutboxEntry, OutboxStatus } from "../../contract/api";
import { liveDelivery } from "../../renderer/notes/noteDelivery";
import { photoProblem } from "../../renderer/notes/photoFile";

const note = (over: Partial<FieldNote> = {}): FieldNote => ({
  id: 1, assetId: "e|a" as AssetId, alarmId: "e|c" as AlarmId, targetLabel: "P1: low", text: "x", createdAt: 1, userName: "Nikola", role: "maintenance",
  photo: null, outboxId: 7, delivery: "pending", deliveryProblem: null, ...over,
});
const actions = (status: OutboxStatus) => new Map([[7, { id: 7, status } as OutboxEntry]]);

describe("a note's delivery in the window", () => {
  it("follows its comment's outbox row as the actions topic changes it", () => {
    expect(liveDelivery(note(), actions("sending"))).toBe("pending");
    expect(liveDelivery(note(), actions("done"))).toBe("sent");
    expect(liveDelivery(note(), actions("conflict"))).toBe("conflict");
    expect(liveDelivery(note(), actions("discarded"))).toBe("discarded");
  });

  it("keeps what the core said when the window does not hold the row (or there is none)", () => {
    expect(liveDelivery(note({ delivery: "sent" }), new Map())).toBe("sent");
    expect(liveDelivery(note({ outboxId: null, alarmId: null, delivery: "local" }), actions("conflict"))).toBe("local");
  });
});

describe("a photo chosen for a note", () => {
  it("is refused in the window when it is not an image or over 5 MB", () => {
    expect(photoProblem({ name: "a.pdf", size: 10, type: "application/pdf" })).toEqual({ tooBig: false, name: "a.pdf" });
    expect(photoProblem({ name: "b.jpg", size: 6 * 1024 * 1024, type: "image/jpeg" })).toEqual({ tooBig: true, name: "b.jpg", size: "6.0 MB" });
    expect(photoProblem({ name: "c.png", size: 5 * 1024 * 1024, type: "image/png" })).toBeNull();
  });
});
