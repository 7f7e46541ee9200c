/**
 * Store-and-forward over a link that goes away and comes back to the same server (issue #7 item
 * 3): an acknowledge, a comment and a shelve made while the link is stalled wait in the outbox as
 * pending, are sent in the order they were made once the link is back, and the server shows each
 * under the workstation's OPC UA user (the station account here: a single-user station).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActionResult, EndpointStatus, OutboxEntry } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, trustServerCertificate } from "../../../main/core/connections/pki";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { oneEndpointSite, separateSimulator, SUPERVISOR } from "./separate-simulator";
import { serverAlarmTruth } from "./server-truth";
import { startTcpProxy } from "./tcp-proxy";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-offline-replay-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KEEP_ALIVE_MS = 2000;
const until = <T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 60_000) => waitFor(what, probe, ms);

describe("offline actions replayed to the same server", () => {
  it("acknowledge, comment and shelve made offline are sent in order when the link is back, each shown by the server", async () => {
    const sim = await separateSimulator(path.join(dir, "sim-pki"), ["--seed", "5", "--services", "lighting,water", "--scenario", "lighting-cabinet-outage"]);
    const proxy = await startTcpProxy(sim.url);
    // A single-user supervisor station: it may shelve, and its OPC UA user is the station account.
    const site = { ...oneEndpointSite(proxy.url, KEEP_ALIVE_MS), user: { name: "Dežurni nadzornik", role: "supervisor" as const } };
    const pki = await createClientPki(path.join(dir, "pki"));
    await trustServerCertificate(pki, sim.certificateFile);
    const truthPki = await createClientPki(path.join(dir, "truth-pki"));
    await trustServerCertificate(truthPki, sim.certificateFile);

    const service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki });
    const win = openWindow(service);
    const statuses = win.events.connection as EndpointStatus[];
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const [a, b, c] = await until("three unacknowledged alarms", () => {
        const open = service.listAlarms().filter((x) => x.active && !x.acked && !x.shelved && x.enabled);
        return open.length >= 3 && open;
      });

      // The link goes away (stalled: the server never hears of it), then three actions.
      const stalledAt = proxy.stall();
      await until("the stalled status", () => statuses.find((s) => s.problem?.kind === "stalled" && s.since >= stalledAt), 20_000);
      const ack = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: a!.id, comment: "potvrđeno bez veze" });
      const note = await win.call<ActionResult>("commentAlarm", { alarmId: b!.id, comment: "ekipa na terenu" });
      const shelve = await win.call<ActionResult>("shelveAlarm", { alarmId: c!.id, kind: "one-shot", reason: "radovi na ormaru" });
      expect([ack.status, note.status, shelve.status]).toEqual(["pending", "pending", "pending"]);
      // The outbox lists newest first; in the order made:
      const pending = (await win.call<OutboxEntry[]>("listActions", {})).slice().sort((x, y) => x.id - y.id);
      expect(pending.map((e) => [e.id, e.kind, e.status, e.userName])).toEqual([
        [ack.outboxId, "acknowledge", "pending", site.user.name],
        [note.outboxId, "comment", "pending", site.user.name],
        [shelve.outboxId, "shelve", "pending", site.user.name],
      ]);

      // The link is back: each is sent once, in the order it was made, and settles done.
      proxy.resume();
      const ids = [ack.outboxId, note.outboxId, shelve.outboxId];
      await until(
        "all three done",
        async () => {
          const rows = (await win.call<OutboxEntry[]>("listActions", { statuses: ["done", "conflict", "failed"] })).filter((r) => ids.includes(r.id));
          return rows.length === 3 && rows.every((r) => r.status === "done") && rows;
        },
        90_000,
      );
      const sending = win.events.actions.flat().filter((e) => ids.includes(e.id) && e.status === "sending").map((e) => e.id);
      expect(sending).toEqual(ids);

      // The server's own events say so, with its user for the comments.
      const acked = await until("the acknowledgement from the server", () => win.alarmStates().find((x) => x.id === a!.id && x.acked));
      expect(acked).toMatchObject({ lastComment: "potvrđeno bez veze", lastCommentUser: SUPERVISOR.user });
      const commented = await until("the comment from the server", () => win.alarmStates().find((x) => x.id === b!.id && x.lastComment === "ekipa na terenu"));
      expect(commented.lastCommentUser).toBe(SUPERVISOR.user);
      await until("the shelve from the server", () => win.alarmStates().find((x) => x.id === c!.id && x.shelved));
      // And a plain client of the server agrees on the acknowledgement.
      const truth = await serverAlarmTruth(sim.url, truthPki, SUPERVISOR);
      expect(truth.find((r) => a!.id.endsWith(r.conditionId))?.acked).toBe(true);
    } finally {
      await service.stop();
      await proxy.close();
      await sim.stop();
    }
  });
});
