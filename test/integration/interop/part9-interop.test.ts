/**
 * Part 9 interop with a server that is not ours (issue #11 item 6): the foreign plain node-opcua
 * water server with its Part 9 cases, the real core through the contract, and a second plain
 * client that uses the same server (and calls ConditionRefresh) while we are connected.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AttributeIds, ClientMonitoredItem, MessageSecurityMode, OPCUAClient, SecurityPolicy, TimestampsToReturn, UserTokenType, type ClientSession } from "node-opcua";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alarmId, type ActionResult, type AlarmState } from "../../../contract/api";
import { alarmEventFilter } from "../../../main/core/alarms/alarm-events";
import { readCurrentEventId } from "../../../main/core/actions/current-event-id";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { P9 } from "./foreign-part9";
import { FOREIGN_USERS, N } from "./foreign-server";
import { ENDPOINT, PEOPLE, foreignSite, type ForeignSite } from "./foreign-site";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-part9-"));
let foreign: ForeignSite;
let service: ControlRoomService;
let win: ReturnType<typeof openWindow>;
let other: { client: OPCUAClient; session: ClientSession; refresh(): Promise<void> };

const row = (conditionId: string): AlarmState | undefined => service.listAlarms().find((a) => a.id === alarmId(ENDPOINT, conditionId));
const rowWhen = (conditionId: string, what: string, test: (a: AlarmState) => boolean) =>
  waitFor(`${conditionId}: ${what}`, () => {
    const a = row(conditionId);
    return a && test(a) ? a : undefined;
  }, 20_000);
const acknowledge = (conditionId: string, comment = "") => win.call<ActionResult>("acknowledgeAlarm", { alarmId: alarmId(ENDPOINT, conditionId), comment });

/** Another SCADA client on the same server: its own PKI, the engineer's account, an event subscription it refreshes. */
async function otherClient(): Promise<typeof other> {
  const pkiDir = path.join(dir, "other-pki");
  const pki = await createClientPki(pkiDir);
  await trustServerCertificate(pki, foreign.server.certificateFile);
  await foreign.server.trustClientCertificate(ownCertificateFile(pkiDir));
  const client = OPCUAClient.create({
    clientCertificateManager: pki,
    securityMode: MessageSecurityMode.SignAndEncrypt,
    securityPolicy: SecurityPolicy.Basic256Sha256,
    endpointMustExist: false,
    connectionStrategy: { maxRetry: 0 },
  });
  await client.connect(foreign.server.endpointUrl);
  const session = await client.createSession({ type: UserTokenType.UserName, userName: "engineer", password: FOREIGN_USERS.engineer });
  const subscription = await session.createSubscription2({ requestedPublishingInterval: 100, requestedMaxKeepAliveCount: 20, requestedLifetimeCount: 600, publishingEnabled: true });
  const item = ClientMonitoredItem.create(subscription, { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier }, { samplingInterval: 0, queueSize: 1000, filter: alarmEventFilter() }, TimestampsToReturn.Neither);
  await new Promise<void>((resolve) => item.once("initialized", () => resolve()));
  const refresh = async () => {
    const r = await session.call({ objectId: "i=2782", methodId: "i=3875", inputArguments: [{ dataType: "UInt32", value: subscription.subscriptionId }] });
    expect(r.statusCode.name).toBe("Good");
  };
  return { client, session, refresh };
}

beforeAll(async () => {
  foreign = await foreignSite(dir, { part9: {} });
  service = await ControlRoomService.start({ site: foreign.site, dataDir: path.join(dir, "data"), pki: foreign.pki });
  win = openWindow(service);
  expect(await service.whenConnected(60_000)).toBe(true);
  await win.call("signIn", { login: PEOPLE.engineer.login, password: PEOPLE.engineer.password });
  other = await otherClient();
}, 120_000);

afterAll(async () => {
  await other?.session.close().catch(() => undefined);
  await other?.client.disconnect();
  await service?.stop();
  await foreign?.server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("Part 9 with a server that is not ours", () => {
  it("a condition whose source is the Server object is listed under the server and can be acknowledged", async () => {
    foreign.server.set(P9.linkDown, true);
    const alarm = await rowWhen(P9.serverAlarm, "active", (a) => a.active && !a.acked);
    expect(alarm).toMatchObject({ sourceName: "Server", assetId: null, enabled: true, branches: 0 });
    expect((await acknowledge(P9.serverAlarm, "veza sa centralom")).status).toBe("done");
    await rowWhen(P9.serverAlarm, "acknowledged", (a) => a.acked);
  });

  it("the current state's BranchId, the null NodeId, is the condition itself, not a branch", async () => {
    foreign.server.set(N.motorTemperature, 85);
    const alarm = await rowWhen(N.motorAlarm, "active", (a) => a.active && !a.acked);
    expect(alarm).toMatchObject({ id: alarmId(ENDPOINT, N.motorAlarm), active: true, returned: false, branches: 0 });
    expect(service.listAlarms().filter((a) => a.conditionId === N.motorAlarm)).toHaveLength(1);
  });

  it("an unacknowledged branch is never lost: acked active state + a returned, unacknowledged activation, through another client's refresh", async () => {
    // Returns unacknowledged (node-opcua keeps the activation in a branch), trips again, and the
    // trip is acknowledged at the SCADA's own console: the row stays unacknowledged for the branch.
    foreign.server.set(N.motorTemperature, 60);
    await rowWhen(N.motorAlarm, "returned with its branch", (a) => !a.active && !a.acked && a.branches === 1);
    foreign.server.set(N.motorTemperature, 88);
    await rowWhen(N.motorAlarm, "active again", (a) => a.active);
    const trunkEventId = await readCurrentEventId(other.session, N.motorAlarm);
    const acked = await other.session.call({
      objectId: N.motorAlarm,
      methodId: "i=9111",
      inputArguments: [
        { dataType: "ByteString", value: trunkEventId },
        { dataType: "LocalizedText", value: { text: "at the console" } },
      ],
    });
    expect(acked.statusCode.name).toBe("Good");
    await rowWhen(N.motorAlarm, "active, its branch unacknowledged", (a) => a.active && !a.acked && a.branches === 1);
    // Another client's refresh reaches us too (node-opcua sends it to every subscription) and does not resend branches.
    await other.refresh();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(row(N.motorAlarm)).toMatchObject({ active: true, acked: false, branches: 1 });
    // The branch is what the next Acknowledge answers.
    expect((await acknowledge(N.motorAlarm, "prethodni prorad")).status).toBe("done");
    await rowWhen(N.motorAlarm, "acknowledged, branch gone", (a) => a.active && a.acked && a.branches === 0);
  });

  it("a server that gives new EventIds on another client's refresh: the acknowledge goes through in one step", async () => {
    foreign.server.set(N.leakage, 15);
    const before = await rowWhen(N.leakageAlarm, "active", (a) => a.active && !a.acked);
    foreign.server.part9!.renewEventIdsOnRefresh(true);
    try {
      // Only the other client hears of the new EventIds; ours are stale now.
      await other.refresh();
      await new Promise((r) => setTimeout(r, 500));
      expect(row(N.leakageAlarm)).toMatchObject({ acked: false, firstTime: before.firstTime });
      const result = await acknowledge(N.leakageAlarm, "curenje prijavljeno");
      expect(result).toMatchObject({ status: "done", error: null });
      await rowWhen(N.leakageAlarm, "acknowledged", (a) => a.acked);
    } finally {
      foreign.server.part9!.renewEventIdsOnRefresh(false);
    }
  });

  it("a condition that starts disabled is listed out of service; enabling it brings it in; disabled again, it stays listed", async () => {
    // No event and no refresh tells of it: found along the event hierarchy after our refresh.
    const found = await rowWhen(P9.reservoirAlarm, "listed out of service", (a) => !a.enabled);
    // Named as the server names it (node-opcua: "Unset Condition Name" unless told otherwise).
    expect(found).toMatchObject({ active: false, acked: true, conditionName: "Unset Condition Name", sourceName: expect.stringMatching(/ReservoirLevel/), assetId: null });
    foreign.server.set(P9.reservoirLevel, 9);
    foreign.server.part9!.setEnabled(P9.reservoirAlarm, true);
    const active = await rowWhen(P9.reservoirAlarm, "in service and active", (a) => a.enabled && a.active && !a.acked);
    expect((await win.call<ActionResult>("setAlarmEnabled", { alarmId: active.id, enabled: false, reason: "punjenje rezervoara" })).status).toBe("done");
    const off = await rowWhen(P9.reservoirAlarm, "out of service", (a) => !a.enabled);
    expect(off).toMatchObject({ active: false, acked: true, message: active.message, sourceName: active.sourceName });
    // Another client's refresh does not resend a disabled condition; it stays listed.
    await other.refresh();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(row(P9.reservoirAlarm)).toMatchObject({ enabled: false });
    expect((await win.call<ActionResult>("setAlarmEnabled", { alarmId: active.id, enabled: true, reason: "rezervoar pun" })).status).toBe("done");
    await rowWhen(P9.reservoirAlarm, "back in service, active", (a) => a.enabled && a.active);
  });
});
