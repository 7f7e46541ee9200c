/**
 * Field notes against a real server and a real store: a note on an asset written online and one
 * written while the server is away both stay in the asset's maintenance history across a restart
 * of the core; a note on an alarm written offline waits in the outbox and, once the server is back
 * (a fresh server: every EventId changed), becomes a comment on that condition under the station's
 * user; photos too big or not images are refused in words and nothing is stored.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AlarmState, FieldNote, MaintenanceHistoryPage, NotePhoto, OutboxEntry } from "../../../contract/api";
import { NOTE_PHOTO_MAX_BYTES } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-notes-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const until = <T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 90_000) => waitFor(what, probe, ms);

/** A 1×1 PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

describe("field notes and the maintenance history on a real server", () => {
  it("keeps online and offline notes across a restart and sends an offline alarm note as a comment when the server is back", async () => {
    const server = await restartableServer(dir, 5);
    const { pki, site } = server;
    const dataDir = path.join(dir, "data");
    let service = await ControlRoomService.start({ site, dataDir, pki });
    let win = openWindow(service);
    let alarm: AlarmState;
    let offlineAlarmNote: FieldNote;
    const online = "Zamenjen zaptivač na ventilu";
    const offline = "Pregled bez mreže: curenje kod šahta";
    const onAlarm = "Ekipa na terenu, curenje potvrđeno";
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      alarm = await until("an active alarm on a known asset", () => service.listAlarms().find((a) => a.active && a.assetId));
      const assetId = alarm.assetId!;

      const first = await win.call<FieldNote>("addNote", { assetId, text: online, photo: { type: "image/png", data: PNG } });
      expect(first).toMatchObject({ assetId, alarmId: null, text: online, userName: site.user.name, delivery: "local", photo: { type: "image/png", bytes: 70 } });
      const photo = await win.call<NotePhoto>("notePhoto", { noteId: first.id });
      expect(photo).toEqual({ type: "image/png", data: PNG });

      // Refused in words, and not kept.
      const big = Buffer.alloc(NOTE_PHOTO_MAX_BYTES + 1);
      Buffer.from(PNG, "base64").copy(big);
      await expect(win.call("addNote", { assetId, text: "too big", photo: { type: "image/png", data: big.toString("base64") } })).rejects.toThrow(
        /bad-request: field "photo": the photo is 5\.0 MB, more than the 5\.0 MB a note may carry/,
      );
      const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n").toString("base64");
      await expect(win.call("addNote", { assetId, text: "not an image", photo: { type: "image/jpeg", data: pdf } })).rejects.toThrow(
        /field "photo": the file is not a JPEG, PNG, WebP or GIF image \(the file says "image\/jpeg"\)/,
      );

      // The server goes away: notes are still written, at once.
      await server.sim.stop();
      await until("the endpoint to be down", () => service.getConnections().every((c) => c.state !== "connected"));
      const second = await win.call<FieldNote>("addNote", { assetId, text: offline });
      expect(second.delivery).toBe("local");
      offlineAlarmNote = await win.call<FieldNote>("addNote", { alarmId: alarm.id, text: onAlarm });
      expect(offlineAlarmNote).toMatchObject({ alarmId: alarm.id, assetId, delivery: "pending", deliveryProblem: null });
      expect(offlineAlarmNote.outboxId).not.toBeNull();
    } finally {
      await service.stop();
    }

    // The workstation restarts while the server is still away: every note is in the history.
    service = await ControlRoomService.start({ site, dataDir, pki });
    win = openWindow(service);
    try {
      const history = await win.call<MaintenanceHistoryPage>("maintenanceHistory", { assetId: alarm.assetId });
      const notes = history.entries.flatMap((e) => (e.kind === "note" ? [e.note] : []));
      expect(notes.map((n) => n.text)).toEqual([onAlarm, offline, online]);
      expect(notes[0]!.delivery).toBe("pending");
      expect(notes[2]!.photo).toEqual({ type: "image/png", bytes: 70 });
      // Newest first, and the alarm's own journal rows are on the same line.
      const times = history.entries.map((e) => e.time);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(history.entries.some((e) => e.kind === "alarm" && e.alarm.alarmId === alarm.id)).toBe(true);
    } finally {
      await service.stop();
    }

    // A fresh server on the same address (every EventId changed), with all its conditions built
    // (the simulator builds them in the background after it listens), then the workstation: the
    // note becomes a comment on the condition.
    const sim = await server.restart();
    await sim.ready();
    service = await ControlRoomService.start({ site, dataDir, pki });
    win = openWindow(service);
    try {
      const sent = await until("the note's comment to be settled", async () => {
        const [row] = (await win.call<OutboxEntry[]>("listActions", { statuses: ["done", "conflict", "failed"] })).filter((r) => r.id === offlineAlarmNote.outboxId);
        return row;
      });
      expect(sent, `${sent.serverStatus} ${sent.error}`).toMatchObject({ status: "done", kind: "comment", comment: onAlarm, userName: site.user.name });
      const commented = await until("the server's comment event", () => win.alarmStates().find((s) => s.id === alarm.id && s.lastComment === onAlarm));
      // The server stamped the OPC UA user of the session the note was sent on.
      expect(commented.lastCommentUser).toBe("supervisor");
      const after = await win.call<MaintenanceHistoryPage>("maintenanceHistory", { assetId: alarm.assetId });
      const note = after.entries.find((e) => e.kind === "note" && e.note.id === offlineAlarmNote.id);
      expect(note?.kind === "note" && note.note.delivery).toBe("sent");
    } finally {
      await service.stop();
      await server.sim.stop();
    }
  }, 240_000);

  it("pages the history with 'load older' without losing or repeating an entry", async () => {
    const server = await restartableServer(dir, 6);
    const service = await ControlRoomService.start({ site: server.site, dataDir: path.join(dir, "paging"), pki: server.pki });
    const win = openWindow(service);
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const asset = service.listAssets()[0]!;
      for (let i = 0; i < 7; i++) await win.call<FieldNote>("addNote", { assetId: asset.id, text: `note ${i}` });
      const seen: string[] = [];
      let before: number | undefined;
      for (let page = 0; page < 10; page++) {
        const got: MaintenanceHistoryPage = await win.call("maintenanceHistory", { assetId: asset.id, limit: 3, ...(before === undefined ? {} : { before }) });
        seen.push(...got.entries.map((e) => e.key));
        if (got.next === null) break;
        before = got.next;
      }
      const notes = seen.filter((k) => k.startsWith("note-"));
      expect(new Set(seen).size).toBe(seen.length);
      expect(notes).toHaveLength(7);
      await expect(win.call("addNote", { assetId: "nis-field|ns=1;s=nowhere", text: "x" })).rejects.toThrow(/not-found: No asset "nis-field\|ns=1;s=nowhere" is known/);
    } finally {
      await service.stop();
      await server.sim.stop();
    }
  }, 120_000);
});
