/**
 * One selection across windows: three renderer stores, each with its selection sync, talk to the
 * core's real window hub and its real `select` handler over pipes that copy every message as a
 * MessagePort or a WebSocket does. A choice in one window reaches the others (their map flies,
 * the choosing window's does not), two windows choosing at once end on the same selection, and
 * the focus of "show on map" is not sent again by every window that hears it.
 */
import { describe, expect, it } from "vitest";
import type { AlarmState, AssetInfo, CoreToWindowMessage, RequestMessage, WindowRole } from "../../contract/api";
import { createApiClient } from "../../contract/client";
import { contractHandlers, type CoreServices } from "../../main/core/composition/handlers";
import { WindowHub } from "../../main/core/rpc/window-hub";
import { focusRequests, startFocusFeed } from "../../renderer/state/focusFeed";
import { createRoomStore, selectAlarm, selectAsset, type RoomStore } from "../../renderer/state/roomState";
import { startSelectionSync } from "../../renderer/state/selectionSync";
import { A, AL, E } from "./fixtures/ids";

const asset = (id: string): AssetInfo => ({ id: A(id), endpointId: E("nis-water"), name: id, service: "water", type: "pump", district: "Medijana", lat: 43.32, lon: 21.9, tags: [] });
const ASSETS = [asset("nis-water|ns=1;s=pump.1"), asset("nis-water|ns=1;s=pump.2"), asset("nis-water|ns=1;s=pump.3")];
const ALARM = { id: AL("nis-water|ns=1;s=pump.2.alarm"), assetId: ASSETS[1]!.id } as AlarmState;

function core() {
  let selects = 0;
  const services = { model: { list: () => ASSETS }, alarms: { list: () => [ALARM] } } as unknown as CoreServices;
  const table = contractHandlers(services);
  const hub = new WindowHub({
    call: (link, method, args) => {
      if (method === "select") selects++;
      // Only the methods this test calls; the others would need the whole core.
      return (table[method] as (ctx: unknown, a: unknown) => Promise<never>)({ link, person: null }, args);
    },
    closed: () => undefined,
  });
  return { hub, selects: () => selects };
}

/** A window: its own store fed by the sync (and the focus feed), over a copying pipe to the hub. */
function openWindow(hub: WindowHub, role: WindowRole, origin: string, openOnShared = false): RoomStore {
  let toWindow: ((m: CoreToWindowMessage) => void) | null = null;
  const link = hub.connect((m) => queueMicrotask(() => toWindow?.(structuredClone(m))), role);
  const api = createApiClient({
    send: (m: RequestMessage) => {
      const copy = structuredClone(m);
      queueMicrotask(() => void link.handle(copy));
    },
    receive: (h) => (toWindow = h),
  });
  const store = createRoomStore();
  store.update((s) => ({ ...s, assets: ASSETS, assetsById: new Map(ASSETS.map((a) => [a.id, a])) }));
  startSelectionSync(api, store, origin, openOnShared);
  startFocusFeed(api, store);
  return Object.assign(store, { api });
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const selection = (store: RoomStore) => [store.getState().selectedAssetId, store.getState().selectedAlarmId];

describe("selection across windows", () => {
  it("an asset chosen in the operator window selects it in the others, whose maps fly there; the chooser's map stays", async () => {
    const { hub } = core();
    const operator = openWindow(hub, "operator", "op");
    const wall = openWindow(hub, "map", "wall");
    const detail = openWindow(hub, "detail", "detail");

    selectAsset(operator, ASSETS[0]!.id);
    await settle();
    expect(selection(wall)).toEqual([ASSETS[0]!.id, null]);
    expect(selection(detail)).toEqual([ASSETS[0]!.id, null]);
    expect(focusRequests(wall).getState()?.assetId).toBe(ASSETS[0]!.id);
    expect(focusRequests(operator).getState()).toBeNull();
  });

  it("an alarm row (the alarm, then its asset) is sent once, and opens in the other windows", async () => {
    const { hub, selects } = core();
    const alarms = openWindow(hub, "alarms", "alarms");
    const detail = openWindow(hub, "detail", "detail");

    selectAlarm(alarms, ALARM.id);
    selectAsset(alarms, ALARM.assetId!);
    await settle();
    expect(selects()).toBe(1);
    expect(selection(detail)).toEqual([ALARM.assetId, ALARM.id]);

    // Closing the detail there closes it here: the selection is one.
    selectAlarm(detail, null);
    await settle();
    expect(selection(alarms)).toEqual([ALARM.assetId, null]);
    expect(selects()).toBe(2);
  });

  it("two windows choosing at once end on the same selection, the core's last", async () => {
    const { hub } = core();
    const a = openWindow(hub, "operator", "a");
    const b = openWindow(hub, "map", "b");
    selectAsset(a, ASSETS[0]!.id);
    selectAsset(b, ASSETS[2]!.id);
    await settle();
    expect(selection(a)).toEqual(selection(b));
  });

  it("a window choosing twice quickly is not flipped back by the echo of its first choice", async () => {
    const { hub } = core();
    const list = openWindow(hub, "alarms", "list");
    const wall = openWindow(hub, "map", "wall");
    const seen: (string | null)[] = [];
    list.subscribe(() => {
      const id = list.getState().selectedAssetId;
      if (seen.at(-1) !== id) seen.push(id);
    });
    selectAsset(list, ASSETS[0]!.id);
    await Promise.resolve(); // sent before the next choice, as a key repeat would
    selectAsset(list, ASSETS[1]!.id);
    await settle();
    expect(seen).toEqual([ASSETS[0]!.id, ASSETS[1]!.id]);
    expect(selection(wall)).toEqual([ASSETS[1]!.id, null]);
  });

  it("a detail window opened after a choice starts on it; a map window opens as it was and follows the next choice", async () => {
    const { hub } = core();
    const operator = openWindow(hub, "operator", "op");
    selectAlarm(operator, ALARM.id);
    selectAsset(operator, ALARM.assetId!);
    await settle();
    const late = openWindow(hub, "detail", "late", true);
    const wall = openWindow(hub, "map", "wall");
    await settle();
    expect(selection(late)).toEqual([ALARM.assetId, ALARM.id]);
    expect(focusRequests(late).getState()?.assetId).toBe(ALARM.assetId);
    expect(selection(wall)).toEqual([null, null]);
  });

  it("'show on map' heard by every window is not sent on again by each of them", async () => {
    const { hub, selects } = core();
    const operator = openWindow(hub, "operator", "op") as RoomStore & { api: ReturnType<typeof createApiClient> };
    const wall = openWindow(hub, "map", "wall");
    await operator.api.showOnMap({ assetId: ASSETS[2]!.id });
    await settle();
    expect(selection(wall)).toEqual([ASSETS[2]!.id, null]);
    expect(selects()).toBe(0);
  });

  it("the core refuses an asset or alarm it does not know, naming the field, and tells no window", async () => {
    const { hub } = core();
    const win = openWindow(hub, "map", "w") as RoomStore & { api: ReturnType<typeof createApiClient> };
    await expect(win.api.select({ assetId: A("nis-water|ns=1;s=none"), alarmId: null, origin: "w" })).rejects.toThrow(/assetId: no asset/);
    await expect(win.api.select({ assetId: null, alarmId: AL("nis-water|ns=1;s=gone"), origin: "w" })).rejects.toThrow(/alarmId: no alarm/);
    await expect(win.api.select({ assetId: "nope" as never, alarmId: null, origin: "w" })).rejects.toThrow(/assetId/);
    await settle();
    expect(selection(win)).toEqual([null, null]);
  });
});
