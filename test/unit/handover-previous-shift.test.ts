/**
 * A shift already handed over, read from a real store (SQLite in its worker): what stood at its
 * end comes from the journal (active, acknowledged or not; shelved, with who shelved it and why
 * from the audit trail), not from the live alarm book; what returned to normal or began after the
 * shift's end is not there; the shift's activations, field notes and the note received from the
 * shift before it are its own.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AlarmId, AlarmState, AssetId, EndpointId } from "../../contract/api";
import { handoverService } from "../../main/core/handover/handover-wiring";
import { shiftAt } from "../../main/core/handover/shift-calendar";
import { DEFAULT_SITE_FILE } from "../../main/core/sites/default-site";
import { loadSiteConfig } from "../../main/core/sites/site-config";
import { openStore } from "../../main/core/store/store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-handover-prev-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function state(name: string, time: number, facts: Partial<AlarmState>): AlarmState {
  const id = `nis-water|ns=1;s=${name}` as AlarmId;
  return {
    id, endpointId: "nis-water" as EndpointId, conditionId: `ns=1;s=${name}`, assetId: null, sourceName: `Pumpa ${name}`, conditionType: "OffNormalAlarmType",
    message: `${name} u kvaru`, severity: 500, priority: "medium", active: true, acked: false, confirmed: null, shelved: false, suppressed: false, enabled: true,
    retain: true, time, activeSince: time, lastComment: null, lastCommentUser: null, conditionName: "Fault", returned: false, branches: 0, shelving: null, firstTime: time,
    ...facts,
  };
}

describe("the previous shift's handover, from the store", () => {
  it("stands on the journal at the shift's end, with the shelve's person and reason from the audit trail", async () => {
    const site = loadSiteConfig(DEFAULT_SITE_FILE);
    // The shift on now is handed over: the workstation's clock is put a minute into the next one,
    // so the audit rows the store stamps now fall inside it.
    const shift = shiftAt(site.shifts, site.timeZone, Date.now(), "current");
    const before = shiftAt(site.shifts, site.timeZone, shift.from - 1, "current");
    const at = (minutes: number) => shift.from + minutes * 60_000;
    const store = await openStore({ file: path.join(dir, "control-room.sqlite") });
    try {
      await store.journal.append([
        { state: state("A", at(10), {}), eventId: null },
        { state: state("A", at(20), { acked: true }), eventId: null },
        { state: state("B", at(11), { priority: "high" }), eventId: null },
        { state: state("B", at(12), { priority: "high", shelved: true, shelving: { kind: "one-shot", until: null } }), eventId: null },
        { state: state("C", at(13), { priority: "low" }), eventId: null },
        { state: state("C", at(30), { priority: "low", active: false, acked: true, retain: false }), eventId: null },
        { state: state("D", shift.to + 30_000, { priority: "critical" }), eventId: null },
      ]);
      await store.audit.append({ userName: "Marko Jovanović", role: "supervisor", action: "shelve", target: "nis-water|ns=1;s=B", detail: 'Shelve until normal "Pumpa B: B u kvaru" — Kvar na pumpi, ekipa pozvana' });
      await store.notes.add({ assetId: "nis-water|ns=1;s=P" as AssetId, alarmId: null, targetLabel: "Pumpa P", text: "Ležaj zamenjen", user: { name: "Nikola Stojanović", role: "maintenance" }, photo: null, createdAt: at(40) });
      await store.handover.add({ shiftFrom: before.from, shiftTo: before.to, text: "Noćas mirno", userName: "Ana Petrović", role: "supervisor", signedAt: before.to - 60_000 });

      // The live book is empty: whatever stands comes from the journal.
      const handover = handoverService(site, store, { list: () => [] }, { list: () => [] }, () => shift.to + 60_000);
      const s = await handover.summary({ shift: "previous" });
      expect([s.shift.from, s.shift.to, s.shift.which]).toEqual([shift.from, shift.to, "previous"]);
      expect(s.openAlarms.map((a) => [a.sourceName, a.active, a.acked, a.message])).toEqual([["Pumpa A", true, true, "A u kvaru"]]);
      expect(s.shelvedAlarms).toEqual([
        expect.objectContaining({ sourceName: "Pumpa B", priority: "high", shelved: true, shelvedBy: "Marko Jovanović", shelveReason: "Kvar na pumpi, ekipa pozvana" }),
      ]);
      expect(s.byPriority).toEqual({ low: 1, medium: 1, high: 1, critical: 0 });
      expect(s.actions.map((a) => [a.action, a.userName])).toEqual([["note", "Nikola Stojanović"], ["shelve", "Marko Jovanović"]]);
      expect(s.notes.map((n) => n.text)).toEqual(["Ležaj zamenjen"]);
      expect(s.receivedNote).toMatchObject({ text: "Noćas mirno", userName: "Ana Petrović" });
      expect(s.handoverNotes).toEqual([]);
    } finally {
      await store.close();
    }
  }, 60_000);
});
