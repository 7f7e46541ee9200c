/**
 * Actions against a real server: acknowledgements taken while the server is away wait in the
 * outbox, are sent once when it is back, and a refusal by the server (the conditions moved on:
 * BadEventIdUnknown, or not there yet: BadNodeIdUnknown) becomes a conflict every window sees, which a person retries on the
 * current state or discards with a reason.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActionResult, OutboxEntry } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-actions-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const until = <T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 60_000) =>
  waitFor(what, probe, ms);


describe("actions through the outbox against a real server", () => {
  it("queues offline, sends once, shows the server's refusal as a conflict, retries on the current state, discards with a reason", async () => {
    const server = await restartableServer(dir, 3);
    const { pki, site } = server;
    let sim = server.sim;
    const service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki });
    const win = openWindow(service);
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const [a, b] = await until("two active unacknowledged alarms", () => {
        const open = service.listAlarms().filter((x) => x.active && !x.acked);
        return open.length >= 2 ? open : null;
      });

      // The server goes away; the acknowledgements wait, durably, once each.
      await sim.stop();
      await until("the endpoint to be down", () => service.getConnections().every((c) => c.state !== "connected"));
      const queued = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: a!.id, comment: "offline" });
      expect(queued.status).toBe("pending");
      const twice = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: a!.id, comment: "offline again" });
      expect(twice.outboxId).toBe(queued.outboxId);
      const other = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: b!.id, comment: "" });
      const discarded = await win.call<OutboxEntry>("discardAction", { outboxId: other.outboxId, reason: "handled by phone" });
      expect(discarded.status).toBe("discarded");

      // A fresh server on the same address: every EventId changed, so the replay is refused.
      sim = await server.restart();
      const conflict = await until("the replayed acknowledgement to settle", async () => {
        const [row] = (await win.call<OutboxEntry[]>("listActions", { statuses: ["conflict", "failed", "done"] })).filter((r) => r.id === queued.outboxId);
        return row;
      });
      expect(conflict).toMatchObject({ status: "conflict", attempts: 1, userName: site.user.name });
      // Which refusal depends on whether the new server had built that condition yet.
      expect(["BadEventIdUnknown", "BadNodeIdUnknown"]).toContain(conflict.serverStatus);
      expect(conflict.error).toContain('Endpoint "nis-field"');
      // Every window heard each step, in order.
      expect(win.events.actions.flat().filter((e) => e.id === queued.outboxId).map((e) => e.status)).toEqual(["pending", "sending", "conflict"]);
      // The discarded one was never sent.
      const [gone] = await win.call<OutboxEntry[]>("listActions", { statuses: ["discarded"] });
      expect(gone).toMatchObject({ id: other.outboxId, attempts: 0, resolution: expect.stringContaining("handled by phone") });
      // The default list is what a person may still have to act on.
      const open = await win.call<OutboxEntry[]>("listActions", {});
      expect(open.map((e) => e.id)).toEqual([queued.outboxId]);

      // Retry on the current state: the condition's new EventId, sent as the same person.
      await until("the alarm back from the new server, unacknowledged", () => service.listAlarms().find((x) => x.id === a!.id && !x.acked));
      const retried = await win.call<ActionResult>("retryAction", { outboxId: queued.outboxId });
      expect(retried).toMatchObject({ outboxId: queued.outboxId, status: "done" });
      const acked = await until("the server's acknowledged event", () => win.alarmStates().find((x) => x.id === a!.id && x.acked));
      expect(acked.lastComment).toBe("offline");
      expect(acked.lastCommentUser).toBe("supervisor");
      const audit = (await service.audit()).map((r) => r.detail);
      expect(audit.some((d) => d.startsWith(`Retry of #${queued.outboxId}`))).toBe(true);
    } finally {
      await service.stop();
      await sim.stop();
    }
  });
});
