/**
 * Branches against the real simulator: node-opcua makes a Part 9 branch when a condition
 * returns to normal unacknowledged (the branch keeps the old "active, unacknowledged" state; the
 * trunk goes inactive with Retain false). After an alarm flood ends, the control room must show
 * one row per condition, none of them active, the returned ones as "returned, unacknowledged",
 * and acknowledging a row through the contract must acknowledge the branch the server holds.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActionResult, AlarmState } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-branches-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const until = <T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 90_000) =>
  waitFor(what, probe, ms);


describe("Part 9 branches from the simulator fold into one row per condition", () => {
  it("after a flood ends: nothing reads active, returned rows are unacknowledged, acknowledging one acknowledges its branch", async () => {
    const server = await restartableServer(dir, 5);
    const sim = server.sim;
    const service = await ControlRoomService.start({ site: server.site, dataDir: path.join(dir, "data"), pki: server.pki });
    const win = openWindow(service);
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      await sim.ready();
      await new Promise((r) => setTimeout(r, 3_000));
      // The plant has alarms of its own (failed lamps, full containers): the storm's are the new ones.
      const before = new Set(service.listAlarms().filter((a) => a.active).map((a) => a.id));
      sim.startScenario("alarm-flood");
      const tripped = await until("a flood of active, unacknowledged alarms", () => {
        const open = service.listAlarms().filter((a) => a.active && !a.acked && !before.has(a.id));
        return open.length >= 20 ? open : null;
      });

      // The storm ends: every value back on its undisturbed course.
      sim.reset();
      const rowOf = (id: string) => service.listAlarms().find((a) => a.id === id);
      await until("the conditions the storm tripped back to normal", () => tripped.filter((a) => rowOf(a.id)?.active === false).length >= tripped.length * 0.9);
      await new Promise((r) => setTimeout(r, 2_000));
      const rows = service.listAlarms();
      // One row per condition (no branch rows).
      expect(new Set(rows.map((a) => a.conditionId)).size).toBe(rows.length);
      expect(rows.every((a) => !a.id.includes("#"))).toBe(true);
      // Every condition the storm tripped is still shown (its activation was never acknowledged);
      // those back to normal read returned and unacknowledged, their activation held in a branch.
      const back = tripped.map((a) => rowOf(a.id)).filter((a) => a?.active === false) as AlarmState[];
      expect(tripped.every((a) => rowOf(a.id) !== undefined)).toBe(true);
      expect(back.length).toBeGreaterThanOrEqual(tripped.length * 0.9);
      for (const a of back) expect(a).toMatchObject({ active: false, returned: true, acked: false, retain: true });
      expect(back.every((a) => a.branches >= 1)).toBe(true);
      // What a window holds is the same.
      await until("the window to hear of every return", () => back.every((r) => win.alarmRows().get(r.id)?.returned === true));
      const returned = back;

      // Acknowledge one through the contract: the server acknowledges the branch it holds.
      const target = returned[0]!;
      const result = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: target.id, comment: "storm over" });
      expect(result.status).toBe("done");
      const after = await until("the acknowledged row", () => {
        const row = service.listAlarms().find((a) => a.id === target.id);
        return row === undefined ? "gone" : row.acked ? row : null;
      });
      // The simulator has ConfirmedState: the acknowledged branch now awaits confirmation.
      if (after !== "gone") expect(after).toMatchObject({ acked: true, confirmed: false, active: false, lastComment: "storm over" });
      await expect(win.call("acknowledgeAlarm", { alarmId: target.id, comment: "" })).rejects.toThrow(/already acknowledged|No retained alarm/);

      // A workstation that connects now learns the same picture from ConditionRefresh alone:
      // the branches awaiting acknowledgement are resent, not only each condition's current state.
      const later = await ControlRoomService.start({ site: server.site, dataDir: path.join(dir, "later"), pki: server.pki });
      try {
        const still = returned.slice(1).map((a) => a.id);
        await until("the returned, unacknowledged rows on a fresh connection", () =>
          still.every((id) => later.listAlarms().some((a) => a.id === id && a.returned && !a.acked && a.branches >= 1)),
        );
      } finally {
        await later.stop();
      }
    } finally {
      await service.stop();
      await sim.stop();
    }
  }, 240_000);
});
