/**
 * The shift handover against a real server and a real store: an operator's acknowledgement and a
 * supervisor's timed shelve, made through the contract, show in the current shift's summary with
 * who did them (the shelve with its reason and end); a field note of the shift is listed; the
 * handover note is refused to an operator in words, signed by the supervisor, audited with its
 * text and kept; a note signed for the previous shift is what the current one received.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActionResult, AuditTrailEntry, HandoverSummary, SessionInfo } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-handover-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PEOPLE = [
  { login: "operator", name: "Ana Petrović", role: "operator" as const },
  { login: "supervisor", name: "Marko Jovanović", role: "supervisor" as const },
];

describe("shift handover", () => {
  it("summarises the shift's actions, standing and shelved alarms and notes, and keeps the signed handover note", async () => {
    const server = await restartableServer(dir, 12);
    const site = { ...server.site, users: PEOPLE };
    const service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki: server.pki });
    const win = openWindow(service);
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const [toAck, toShelve] = await waitFor("two active unacknowledged alarms", () => {
        const found = service.listAlarms().filter((a) => a.active && !a.acked && !a.shelved && a.assetId);
        return found.length >= 2 ? found : null;
      }, 90_000);

      await win.call<SessionInfo>("signIn", { login: "operator", password: "operator-nis" });
      expect((await win.call<ActionResult>("acknowledgeAlarm", { alarmId: toAck!.id, comment: "" })).status).toBe("done");
      const first = await win.call<HandoverSummary>("handoverSummary", {});
      await expect(win.call("signHandover", { shiftFrom: first.shift.from, text: "Sve mirno" })).rejects.toThrow(/forbidden: Ana Petrović \(operator\) may not handover-note/);

      await win.call<SessionInfo>("signIn", { login: "supervisor", password: "supervisor-nis" });
      const reason = "Radovi na vodovodnoj mreži";
      const shelvedAt = Date.now();
      expect((await win.call<ActionResult>("shelveAlarm", { alarmId: toShelve!.id, kind: "timed", durationMs: 3_600_000, reason })).status).toBe("done");
      await waitFor("the shelve in the live book", () => service.listAlarms().find((a) => a.id === toShelve!.id && a.shelved && a.shelving?.until), 30_000);
      await win.call("addNote", { assetId: toAck!.assetId, text: "Ekipa obišla šaht" });

      const summary = await win.call<HandoverSummary>("handoverSummary", { shift: "current" });
      const now = Date.now();
      expect(summary.shift.from).toBeLessThanOrEqual(now);
      expect(summary.shift.to).toBeGreaterThan(now);
      expect(["07:00", "15:00", "23:00"]).toContain(summary.shift.startsAt);
      expect(summary.timeZone).toBe("Europe/Belgrade");

      expect(summary.actions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: "acknowledge", userName: "Ana Petrović", role: "operator" }),
          expect.objectContaining({ action: "shelve", userName: "Marko Jovanović", role: "supervisor" }),
        ]),
      );
      const shelved = summary.shelvedAlarms.find((a) => a.alarmId === toShelve!.id);
      expect(shelved).toMatchObject({ shelved: true, shelvedBy: "Marko Jovanović", shelveReason: reason, shelveKind: "timed" });
      expect(shelved!.shelvedUntil! - shelvedAt).toBeGreaterThan(3_500_000);
      expect(shelved!.shelvedUntil! - shelvedAt).toBeLessThan(3_700_000);
      expect(summary.openAlarms.length).toBeGreaterThan(0);
      expect(summary.openAlarms.some((a) => a.alarmId === toShelve!.id)).toBe(false);
      expect(summary.openAlarms.every((a) => a.active || !a.acked)).toBe(true);
      expect(summary.notes.map((n) => n.text)).toContain("Ekipa obišla šaht");

      // The counts are the shift's activations, split two ways.
      const byPriority = Object.values(summary.byPriority).reduce((a, b) => a + b, 0);
      expect(byPriority).toBe(summary.kpis.activations);
      expect(summary.byService.reduce((a, s) => a + s.total, 0)).toBe(byPriority);
      expect(byPriority).toBeGreaterThan(0);

      // Signing: a shift that is neither current nor previous is refused naming the field.
      await expect(win.call("signHandover", { shiftFrom: summary.shift.from - 48 * 3_600_000, text: "x" })).rejects.toThrow(/bad-request: .*field shiftFrom/);
      await expect(win.call("signHandover", { shiftFrom: summary.shift.from, text: "   " })).rejects.toThrow(/text/);
      const text = "Šaht kod Tvrđave pod nadzorom; proveriti pritisak u zoni Medijana.";
      expect(await win.call<ActionResult>("signHandover", { shiftFrom: summary.shift.from, text })).toMatchObject({ status: "done", error: null });
      const previous = await win.call<HandoverSummary>("handoverSummary", { shift: "previous" });
      expect(previous.shift.to).toBe(summary.shift.from);
      expect(await win.call<ActionResult>("signHandover", { shiftFrom: previous.shift.from, text: "Predata noćna smena" })).toMatchObject({ status: "done" });

      const after = await win.call<HandoverSummary>("handoverSummary", {});
      expect(after.handoverNotes[0]).toMatchObject({ text, userName: "Marko Jovanović", role: "supervisor", shiftFrom: summary.shift.from, shiftTo: summary.shift.to });
      expect(after.receivedNote).toMatchObject({ text: "Predata noćna smena", userName: "Marko Jovanović" });
      // The latest note signed (for the previous shift) heads the actions, with its own words.
      expect(after.actions[0]).toMatchObject({ action: "handover-note", userName: "Marko Jovanović", text: "Predata noćna smena" });
      expect(after.actions.find((a) => a.action === "note")).toMatchObject({ text: "Ekipa obišla šaht" });
      const audit = await win.call<AuditTrailEntry[]>("listAuditTrail", { limit: 10 });
      expect(audit.find((r) => r.action === "handover-note" && r.detail.includes(text))).toMatchObject({ userName: "Marko Jovanović", role: "supervisor" });
      expect((await win.call<{ ok: boolean }>("verifyAuditTrail", {})).ok).toBe(true);
    } finally {
      await service.stop();
      await server.sim.stop();
    }
  }, 240_000);
});
