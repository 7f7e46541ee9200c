/**
 * A server without the notifier hierarchy (issue #11 item 6): no HasNotifier/HasEventSource chain
 * leads from the Server object to its equipment, yet its ConditionRefresh resends every retained
 * condition (it knows them otherwise) and every event reaches the Server object. What the core
 * needs holds there: we subscribe on the Server object only and link a condition to an asset by
 * its SourceNode's ancestors over every hierarchical reference, not by notifiers. So alarms raised
 * before we connected come with the refresh, later ones live, and both link to an engineered asset.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alarmId, assetId, type ActionResult, type AlarmState } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { P9 } from "./foreign-part9";
import { N } from "./foreign-server";
import { ENDPOINT, PEOPLE, foreignSite, type ForeignSite } from "./foreign-site";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-no-notifiers-"));
let foreign: ForeignSite;
let service: ControlRoomService;
let win: ReturnType<typeof openWindow>;

const rowWhen = (conditionId: string, what: string, test: (a: AlarmState) => boolean) =>
  waitFor(`${conditionId}: ${what}`, () => service.listAlarms().find((a) => a.id === alarmId(ENDPOINT, conditionId) && test(a)), 20_000);

beforeAll(async () => {
  foreign = await foreignSite(dir, { part9: { noNotifierHierarchy: true } });
  // Raised before anyone is connected: only a refresh can tell of them.
  foreign.server.set(N.motorTemperature, 85);
  foreign.server.set(N.leakage, 15);
  service = await ControlRoomService.start({ site: foreign.site, dataDir: path.join(dir, "data"), pki: foreign.pki });
  win = openWindow(service);
  expect(await service.whenConnected(60_000)).toBe(true);
  await win.call("signIn", { login: PEOPLE.engineer.login, password: PEOPLE.engineer.password });
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await foreign?.server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a server without the notifier hierarchy", () => {
  it("alarms raised before we connected come with the refresh; later ones live; they can be acknowledged", async () => {
    await rowWhen(N.motorAlarm, "active from the refresh", (a) => a.active && !a.acked);
    await rowWhen(N.leakageAlarm, "active from the refresh", (a) => a.active && !a.acked);
    foreign.server.set(P9.linkDown, true);
    await rowWhen(P9.serverAlarm, "active, live", (a) => a.active && a.sourceName === "Server");
    // Acknowledged without ConfirmedState: node-opcua sends Retain false and resends it on no refresh.
    expect((await win.call<ActionResult>("acknowledgeAlarm", { alarmId: alarmId(ENDPOINT, N.motorAlarm), comment: "" })).status).toBe("done");
    await rowWhen(N.motorAlarm, "acknowledged, still active", (a) => a.acked && a.active);
  });

  it("a condition links to the engineered asset above its source without any notifier reference, resent or not", async () => {
    await win.call("saveEngineeredAsset", {
      endpointId: ENDPOINT,
      nodeId: N.station,
      externalId: "PS-01",
      name: "Crpna stanica Medoševac",
      service: "water",
      type: "PumpingStation",
      district: "Crveni Krst",
      lat: 43.335,
      lon: 21.872,
      tags: [{ nodeId: N.pressure }],
    });
    await rowWhen(N.motorAlarm, "linked to the station", (a) => a.assetId === assetId(ENDPOINT, N.station));
    expect(service.listAlarms().find((a) => a.id === alarmId(ENDPOINT, N.leakageAlarm))?.assetId).toBeNull();
  });
});
