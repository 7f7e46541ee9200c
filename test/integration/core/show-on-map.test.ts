/**
 * "Show on map" across windows, and what the detail drawer reads, on the real simulator and a
 * real store: one window asks, every window (a map wall included) hears the `focus` event; a limit
 * alarm carries its limits and input tag; one condition's history comes back by its id.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AlarmHistoryPage, AssetInfo } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-show-on-map-"));
let service: ControlRoomService;

beforeAll(async () => {
  const server = await restartableServer(dir, 3);
  service = await ControlRoomService.start({ site: server.site, dataDir: path.join(dir, "data"), pki: server.pki });
  expect(await service.whenConnected(60_000)).toBe(true);
  afterAll(async () => {
    await service.stop();
    await server.sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}, 90_000);

describe("show on map", () => {
  it("one window asks, every window hears the focus, the map wall included; each ask is a new focus", async () => {
    const operator = openWindow(service, "operator");
    const wall = openWindow(service, "map");
    const assets = await operator.call<AssetInfo[]>("listAssets", {});
    const asset = assets[5]!;

    const answer = await operator.call<{ windows: number }>("showOnMap", { assetId: asset.id });
    expect(answer.windows).toBeGreaterThanOrEqual(2);
    expect(wall.events.focus).toEqual([{ assetId: asset.id, seq: expect.any(Number) }]);
    expect(operator.events.focus).toEqual(wall.events.focus);

    // A map wall may ask too (it changes nothing but maps), and asking again moves the maps again.
    await wall.call("showOnMap", { assetId: asset.id });
    expect(operator.events.focus).toHaveLength(2);
    expect(operator.events.focus[1]!.seq).toBeGreaterThan(operator.events.focus[0]!.seq);
  });

  it("refuses an asset nobody knows, and arguments that are not an asset id", async () => {
    const win = openWindow(service);
    await expect(win.call("showOnMap", { assetId: "nis-field|ns=2;s=no.such.asset" })).rejects.toThrow(/^not-found: .*no\.such\.asset/);
    await expect(win.call("showOnMap", { assetId: "no-endpoint" })).rejects.toThrow(/^bad-request: .*assetId/);
    await expect(win.call("showOnMap", { assetId: (await win.call<AssetInfo[]>("listAssets", {}))[0]!.id, zoom: 3 })).rejects.toThrow(/^bad-request/);
    expect(win.events.focus).toEqual([]);
  });
});

describe("what the detail drawer reads", () => {
  it("a limit alarm carries its limits and the input tag, a tag of its asset", async () => {
    const limitAlarm = await waitFor("a limit alarm from the plant", () => service.listAlarms().find((a) => a.limits), 30_000);
    const limits = limitAlarm.limits!;
    expect(Object.values(limits).some((l) => typeof l === "number")).toBe(true);
    // The simulator's limit alarms watch a tag of their source asset.
    const win = openWindow(service);
    const assets = await win.call<AssetInfo[]>("listAssets", {});
    const asset = assets.find((a) => a.id === limitAlarm.assetId)!;
    expect(asset.tags.map((t) => t.id)).toContain(limitAlarm.inputTagId);
  });

  it("one condition's history by its id: only its own states", async () => {
    const alarm = service.listAlarms()[0]!;
    const win = openWindow(service);
    const page = await waitFor(
      "the condition's journaled state",
      async () => {
        const p = await win.call<AlarmHistoryPage>("searchAlarmHistory", { from: 0, to: Date.now() + 60_000, alarmId: alarm.id });
        return p.rows.length > 0 ? p : null;
      },
      10_000,
    );
    expect(page.rows.every((r) => (r.kind === "alarm" ? r.alarmId === alarm.id : r.target === alarm.id))).toBe(true);
  });
});
