/**
 * Sign-in against a real server: the person's password is checked by the server, every session
 * switches to them without reconnecting (the server's ClientUserId names them), the core gives
 * them exactly their role's authority, and with no server a laptop signs them in against the
 * verifier of their last online sign-in.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActionResult, SessionInfo } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-sign-in-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PEOPLE = [
  { login: "operator", name: "Ana Petrović", role: "operator" as const },
  { login: "supervisor", name: "Marko Jovanović", role: "supervisor" as const },
];


describe("sign-in", () => {
  it("online by the server, authority by role, shift change, sign-out, and offline by the last online sign-in", async () => {
    const server = await restartableServer(dir, 4);
    const site = { ...server.site, users: PEOPLE };
    const service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki: server.pki });
    const win = openWindow(service);
    let serverUp = true;
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const nobody = await win.call<SessionInfo>("getSession", {});
      expect(nobody).toMatchObject({ person: null, signInRequired: true, may: { acknowledge: false } });
      const alarm = await waitFor("an active unacknowledged alarm", () => service.listAlarms().find((a) => a.active && !a.acked && a.confirmed === false), 30_000);
      await expect(win.call("acknowledgeAlarm", { alarmId: alarm.id, comment: "" })).rejects.toThrow(/forbidden: Nobody is signed in/);

      await expect(win.call("signIn", { login: "operator", password: "wrong" })).rejects.toThrow(/forbidden: The server refused "operator"/);
      await expect(win.call("signIn", { login: "engineer", password: "engineer-nis" })).rejects.toThrow(/not on this site's list/);
      expect((await win.call<SessionInfo>("getSession", {})).person).toBeNull();

      const ana = await win.call<SessionInfo>("signIn", { login: "operator", password: "operator-nis" });
      expect(ana).toMatchObject({ person: { name: "Ana Petrović", role: "operator" }, verified: "online", may: { acknowledge: true, confirm: false } });
      expect(win.events.session.at(-1)?.person?.login).toBe("operator");
      // The session switched without a reconnect, and the server now knows her.
      expect(service.getConnections()[0]?.state).toBe("connected");
      expect((await win.call<ActionResult>("acknowledgeAlarm", { alarmId: alarm.id, comment: "Ana" })).status).toBe("done");
      const acked = await waitFor("the server's acknowledged event", () => win.alarmStates().find((a) => a.id === alarm.id && a.acked), 20_000);
      expect(acked.lastCommentUser).toBe("operator");
      expect((await service.audit())[0]).toMatchObject({ userName: "Ana Petrović", role: "operator", action: "acknowledge" });
      await waitFor("acknowledged in the book", () => service.listAlarms().find((a) => a.id === alarm.id && a.acked), 20_000);
      await expect(win.call("confirmAlarm", { alarmId: alarm.id, comment: "" })).rejects.toThrow(/forbidden: Ana Petrović \(operator\) may not confirm/);

      // Shift change: the supervisor signs in over her; his authority, his name at the server.
      const marko = await win.call<SessionInfo>("signIn", { login: "supervisor", password: "supervisor-nis" });
      expect(marko).toMatchObject({ person: { role: "supervisor" }, may: { confirm: true } });
      expect((await win.call<ActionResult>("confirmAlarm", { alarmId: alarm.id, comment: "" })).status).toBe("done");

      expect((await win.call<SessionInfo>("signOut", {})).person).toBeNull();
      await expect(win.call("commentAlarm", { alarmId: alarm.id, comment: "x" })).rejects.toThrow(/Nobody is signed in/);
      const audit = (await service.audit(10)).map((r) => `${r.action}:${r.userName}`);
      expect(audit.slice(0, 5)).toEqual(["sign-out:Marko Jovanović", "confirm:Marko Jovanović", "sign-in:Marko Jovanović", "acknowledge:Ana Petrović", "sign-in:Ana Petrović"]);

      // No server: sign-in is checked against the verifier of the last online sign-in.
      await server.sim.stop();
      serverUp = false;
      await waitFor("the endpoint down", () => service.getConnections().every((c) => c.state !== "connected"), 30_000);
      await expect(win.call("signIn", { login: "operator", password: "wrong" })).rejects.toThrow(/does not match/);
      const offline = await win.call<SessionInfo>("signIn", { login: "operator", password: "operator-nis" });
      expect(offline).toMatchObject({ person: { login: "operator" }, verified: "offline" });
    } finally {
      await service.stop();
      if (serverUp) await server.sim.stop();
    }
  }, 120_000);
});
