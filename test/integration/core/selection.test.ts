/**
 * One selection across windows on the real core (the simulator's plant, a real store): renderer
 * stores with their selection sync, each on its own window link, as an Electron window or a
 * host-mode browser is. An alarm chosen in the alarm panel window opens in the detail window with
 * its asset, and the map window flies there; the core's words when a show-only role tries to act.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssetInfo, CoreToWindowMessage, RequestMessage, WindowRole } from "../../../contract/api";
import { createApiClient } from "../../../contract/client";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { focusRequests } from "../../../renderer/state/focusFeed";
import { createRoomStore, selectAlarm, selectAsset, type RoomStore } from "../../../renderer/state/roomState";
import { startSelectionSync } from "../../../renderer/state/selectionSync";
import { waitFor } from "../wait-for";
import { openWindow } from "./contract-window";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-selection-"));
let service: ControlRoomService;

beforeAll(async () => {
  const server = await restartableServer(dir, 4);
  service = await ControlRoomService.start({ site: server.site, dataDir: path.join(dir, "data"), pki: server.pki });
  expect(await service.whenConnected(60_000)).toBe(true);
  afterAll(async () => {
    await service.stop();
    await server.sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}, 90_000);

/** A renderer window on the core: its store, fed with the assets, and the selection sync. */
async function rendererWindow(role: WindowRole): Promise<RoomStore> {
  let toWindow: ((m: CoreToWindowMessage) => void) | null = null;
  const link = service.connectWindow((m) => queueMicrotask(() => toWindow?.(structuredClone(m))), role);
  const api = createApiClient({
    send: (m: RequestMessage) => {
      const copy = structuredClone(m);
      queueMicrotask(() => void link.handle(copy));
    },
    receive: (h) => (toWindow = h),
  });
  const store = createRoomStore();
  const assets: AssetInfo[] = await api.listAssets({});
  store.update((s) => ({ ...s, assets, assetsById: new Map(assets.map((a) => [a.id, a])) }));
  startSelectionSync(api, store);
  return store;
}

describe("selection across windows on the real core", () => {
  it("an alarm chosen in the alarm panel window opens in the detail window with its asset; the map window flies there", async () => {
    const alarm = await waitFor("an alarm of an asset", () => service.listAlarms().find((a) => a.assetId), 30_000);
    const alarms = await rendererWindow("alarms");
    const detail = await rendererWindow("detail");
    const wall = await rendererWindow("map");

    // As the alarm panel does on a click: the alarm, then its asset.
    selectAlarm(alarms, alarm.id);
    selectAsset(alarms, alarm.assetId!);
    await waitFor("the detail window to follow", () => detail.getState().selectedAlarmId === alarm.id, 10_000);
    expect(detail.getState().selectedAssetId).toBe(alarm.assetId);
    expect(wall.getState().selectedAlarmId).toBe(alarm.id);
    expect(focusRequests(wall).getState()?.assetId).toBe(alarm.assetId);
    expect(focusRequests(alarms).getState()).toBeNull();

    // An asset chosen on the map wall: the others leave the alarm's asset for it.
    const other = wall.getState().assets.find((a) => a.id !== alarm.assetId)!;
    selectAlarm(wall, null);
    selectAsset(wall, other.id);
    await waitFor("the alarm panel window to follow the wall", () => alarms.getState().selectedAssetId === other.id, 10_000);
    expect(detail.getState()).toMatchObject({ selectedAssetId: other.id, selectedAlarmId: null });
  });

  it("a show-only role is refused in words naming what it shows; the alarm panel and detail windows may act", async () => {
    const alarm = service.listAlarms()[0]!;
    const trends = openWindow(service, "trends");
    await expect(trends.call("acknowledgeAlarm", { alarmId: alarm.id, comment: "" })).rejects.toThrow(/^forbidden: This window shows the trends only: act from the operator window/);
    const kpis = openWindow(service, "kpis");
    await expect(kpis.call("acknowledgeAlarm", { alarmId: alarm.id, comment: "" })).rejects.toThrow(/^forbidden: This window shows the alarm KPIs only/);
    // This site's station user acts from the alarm panel and the detail windows, on other monitors.
    await expect(openWindow(service, "alarms").call("acknowledgeAlarm", { alarmId: alarm.id, comment: "from the alarm panel window" })).resolves.toMatchObject({ status: "done" });
    await expect(openWindow(service, "detail").call("commentAlarm", { alarmId: alarm.id, comment: "from the detail window" })).resolves.toMatchObject({ status: "done" });
  });
});
