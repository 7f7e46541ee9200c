import { describe, expect, it } from "vitest";
import type { AlarmHistoryAuditRow, AlarmHistoryStateRow, AlarmId, AssetId, FieldNote } from "../../contract/api";
import { mergeMaintenancePage } from "../../main/core/notes/maintenance-history";

const note = (id: number, createdAt: number): FieldNote => ({
  id, createdAt, assetId: "e|a" as AssetId, alarmId: null, targetLabel: "Pumpa", text: `n${id}`, userName: "Nikola", role: "maintenance",
  photo: null, outboxId: null, delivery: "local", deliveryProblem: null,
});
const alarm = (seq: number, time: number) => ({ kind: "alarm", key: `alarm-${seq}`, time, alarmId: "e|c" as AlarmId }) as AlarmHistoryStateRow;
const audit = (seq: number, time: number, action: string) => ({ kind: "audit", key: `audit-${seq}`, time, action }) as AlarmHistoryAuditRow;

describe("an asset's maintenance history page", () => {
  it("puts notes, alarm states and actions on one line, newest first; a note before the state it was written beside", () => {
    const page = mergeMaintenancePage([note(1, 50), note(2, 20)], [alarm(1, 40), audit(2, 30, "acknowledge"), alarm(3, 20)], 10, false);
    expect(page.entries.map((e) => e.key)).toEqual(["note-1", "alarm-1", "audit-2", "note-2", "alarm-3"]);
    expect(page.next).toBeNull();
  });

  it("leaves out the audit row of a note (the note is already there)", () => {
    const page = mergeMaintenancePage([note(1, 50)], [audit(7, 50, "note"), audit(8, 49, "comment")], 10, false);
    expect(page.entries.map((e) => e.key)).toEqual(["note-1", "audit-8"]);
  });

  it("cuts at the limit but keeps every entry of the last millisecond, and says where to go on", () => {
    const page = mergeMaintenancePage([note(1, 90), note(2, 70), note(3, 70)], [alarm(1, 80), alarm(2, 70), alarm(3, 60)], 3, true);
    expect(page.entries.map((e) => e.key)).toEqual(["note-1", "alarm-1", "note-2", "note-3", "alarm-2"]);
    expect(page.next).toBe(70);
  });

  it("says there is more when a source held more than it gave, even on a short page", () => {
    expect(mergeMaintenancePage([note(1, 5)], [], 3, true).next).toBe(5);
    expect(mergeMaintenancePage([], [], 3, false)).toEqual({ entries: [], next: null });
  });
});
