/**
 * The core against the real simulator on a random loopback port, with a real SQLite file:
 * discovery by browsing, live values, an A&C alarm acknowledged through the outbox, the state
 * coming back from the server, and the last known values surviving a restart with no server.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AlarmState, CoreToWindowMessage, EventPayloads, TagValue } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { loadSiteConfig, type SiteConfig } from "../../../main/core/sites/site-config";
import { DEFAULT_SITE_FILE } from "../../../main/core/sites/default-site";
import { bootCore, type BootedCore } from "../../../main/core/boot";
import { waitFor } from "../wait-for";

let dir: string;
let site: SiteConfig;

const until = <T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 20_000) => waitFor(what, probe, ms);

/** A window on the contract, as the renderer would be. */
function openWindow(service: ControlRoomService) {
  const events: { [K in keyof EventPayloads]: EventPayloads[K][] } = { values: [], alarms: [], connection: [], assets: [], actions: [], notice: [], session: [], focus: [], selection: [], offline: [] };
  const results = new Map<number, CoreToWindowMessage>();
  let next = 1;
  const link = service.connectWindow((m) => {
    if (m.kind === "event") (events[m.topic] as unknown[]).push(m.payload);
    else results.set(m.id, m);
  });
  const call = async (method: string, args: unknown) => {
    const id = next++;
    await link.handle({ kind: "call", id, method, args });
    const r = results.get(id)!;
    if (r.kind === "error") throw new Error(`${r.error.code}: ${r.error.message}`);
    return (r as { result: unknown }).result;
  };
  return { link, events, call };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-core-"));
  site = loadSiteConfig(DEFAULT_SITE_FILE);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("core on the live simulator", () => {
  it("discovers, streams values, acknowledges an alarm, and keeps last values for an offline restart", async () => {
    const dataDir = path.join(dir, "data");
    // The default site: embedded simulator, SignAndEncrypt, the supervisor's user name and password.
    const core: BootedCore = await bootCore({ dataDir });
    const service = core.service;
    let watchedTag: string;
    let ackedId: string;
    let queuedId: number;
    try {
      expect(site.endpoints[0]?.securityMode).toBe("SignAndEncrypt");
      expect(await service.whenConnected(30_000)).toBe(true);
      const win = openWindow(service);
      // The Niš site lists its people: the supervisor signs in, checked by the server.
      await win.call("signIn", { login: "supervisor", password: "supervisor-nis" });

      // Discovery by the asset convention: every asset has a location inside Niš.
      const assets = (await win.call("listAssets", {})) as Awaited<ReturnType<ControlRoomService["listAssets"]>>;
      expect(assets.length).toBeGreaterThan(3);
      for (const a of assets) {
        expect(a.lat).toBeGreaterThan(43.2);
        expect(a.lat).toBeLessThan(43.45);
        expect(a.lon).toBeGreaterThan(21.75);
        expect(a.lon).toBeLessThan(22.1);
        expect(a.tags.length).toBeGreaterThan(0);
      }
      // One server per utility, as the site ships: each asset comes from its own utility's endpoint.
      expect(site.endpoints.map((e) => e.id)).toHaveLength(7);
      expect(new Set(assets.map((a) => a.service)).size).toBe(7);
      for (const a of assets) expect(a.id.startsWith(`nis-${a.service}|`), a.id).toBe(true);

      // Live values reach a window only for what it subscribed to, batched.
      // A water asset: its pressures and flows move every second (a container's fill level may
      // not move for minutes, and exception-based reporting then sends nothing).
      const asset = assets.find((a) => a.service === "water" && a.tags.some((t) => t.range))!;
      const tag = asset.tags.find((t) => t.range)!;
      watchedTag = tag.id;
      await win.call("subscribeTags", { tagIds: [tag.id] });
      const pushed = await until("a value event", () => win.events.values.flat().find((v: TagValue) => v.id === tag.id));
      expect(pushed.stale).toBe(false);
      expect(win.events.values.flat().every((v) => v.id === tag.id)).toBe(true);

      // An active alarm from the simulator, acknowledged with a comment.
      const alarm = await until("an active unacknowledged alarm", () =>
        (service.listAlarms() as AlarmState[]).find((a) => a.active && !a.acked),
      );
      expect(alarm.assetId).not.toBeNull();
      expect(alarm.shelved).toBe(false);
      const result = (await win.call("acknowledgeAlarm", { alarmId: alarm.id, comment: "integration ack" })) as { status: string };
      expect(result.status).toBe("done");
      const acked = await until("the server's acknowledged event", () =>
        win.events.alarms.flatMap((d) => d.upserts).find((a) => a.id === alarm.id && a.acked),
      );
      expect(acked.lastComment).toBe("integration ack");
      expect(acked.lastCommentUser).toBe("supervisor"); // ClientUserId of the OPC UA session
      ackedId = acked.id;
      expect((await service.audit())[0]).toMatchObject({ action: "acknowledge", userName: "Marko Jovanović" });

      // A cluster of overflowing containers: more alarms, left unacknowledged for the offline part.
      // Containers are the waste utility's: its own server.
      core.simulators.get("nis-waste")!.startScenario("overflowing-containers");
      await until("several unacknowledged alarms", () => service.listAlarms().filter((a) => a.active && !a.acked).length >= 2);

      // Acknowledging it again is refused, and says which alarm.
      await expect(win.call("acknowledgeAlarm", { alarmId: alarm.id, comment: "" })).rejects.toThrow(/already acknowledged/);
    } finally {
      await core.stop(); // flushes the last values
    }

    // Restart with no server reachable: the map and the last values are still there, stale.
    const offline = await ControlRoomService.start({
      site,
      dataDir,
      // Every utility's server unreachable.
      endpointUrls: new Map(site.endpoints.map((e) => [e.id, "opc.tcp://127.0.0.1:1/none"])),
    });
    try {
      const win = openWindow(offline);
      // No server: the verifier kept at the online sign-in lets him in.
      expect(await win.call("signIn", { login: "supervisor", password: "supervisor-nis" })).toMatchObject({ verified: "offline" });
      const assets = (await win.call("listAssets", {})) as unknown[];
      expect(assets.length).toBeGreaterThan(3);
      const [value] = (await win.call("subscribeTags", { tagIds: [watchedTag!] })) as TagValue[];
      expect(value?.stale).toBe(true);
      expect(value?.value).not.toBeNull();
      // The alarm book comes back from the journal; the acknowledged alarm is there as acknowledged.
      const restored = (await win.call("listAlarms", {})) as AlarmState[];
      expect(restored.find((a) => a.id === ackedId)?.acked).toBe(true);
      // Acknowledging offline is queued in the outbox (durably, with the audit row), not lost.
      const unacked = restored.find((a) => !a.acked);
      expect(unacked, JSON.stringify(restored.map((a) => [a.id, a.acked, a.active]))).toBeDefined();
      const queued = (await win.call("acknowledgeAlarm", { alarmId: unacked!.id, comment: "offline ack" })) as { status: string; outboxId: number };
      expect(queued.status).toBe("pending");
      expect((await offline.actions.get(queued.outboxId))?.status).toBe("pending");
      queuedId = queued.outboxId;
      const status = await until("an error status naming the endpoint", () =>
        offline.getConnections().find((s) => s.state === "error"),
      );
      expect(status.error).toMatch(/Endpoint "nis-(water|heating|waste|parking|lighting|traffic|air)"/);
    } finally {
      await offline.stop();
    }

    // Back online (a fresh server, so every EventId changed): the queued action is replayed and
    // the server's refusal is kept as a conflict for a person, never dropped or retried blindly.
    const again = await bootCore({ dataDir });
    try {
      // His offline acknowledgement is sent as him, once he is signed in again.
      await openWindow(again.service).call("signIn", { login: "supervisor", password: "supervisor-nis" });
      const row = await until("the replayed outbox row to settle", async () => {
        const r = await again.service.actions.get(queuedId!);
        return r && r.status !== "pending" && r.status !== "sending" ? r : null;
      });
      expect(row.status).toBe("conflict");
      expect(row.serverStatus).toBe("BadEventIdUnknown");
      expect(row.error).toMatch(/BadEventIdUnknown/);
    } finally {
      await again.stop();
    }
  }, 180_000); // seven servers start, connect and stop twice
});
