/**
 * Issue #6 through the whole core: after a storm, the alarm panel's bulk acknowledge (runBulk,
 * BULK_IN_FLIGHT calls at once on the contract) of every returned, unacknowledged alarm; the
 * simulator as its own endpoint, the person signed in, the real outbox and store. Every one must
 * be taken, none refused as BadEventIdUnknown.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointId, type ActionResult, type AlarmId } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "../../../main/core/connections/pki";
import { parseSiteConfig } from "../../../main/core/sites/site-config";
import { startSimulator, type RunningSimulator } from "../../../main/simulator";
import { BULK_IN_FLIGHT, runBulk, summarize } from "../../../renderer/alarms/panel/bulkRun";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-interop-bulk-"));
const STATION = { user: "station", password: "station-pass" };
let sim: RunningSimulator;
let service: ControlRoomService;
let win: ReturnType<typeof openWindow>;

beforeAll(async () => {
  sim = await startSimulator({ pkiDir: path.join(dir, "sim-pki"), seed: 3, allowSecurityNone: true, startupScenario: null, timeScale: 20, stationUsers: [STATION] });
  await sim.ready();
  const pki = await createClientPki(path.join(dir, "pki"));
  await trustServerCertificate(pki, sim.certificateFile);
  await sim.trustClientCertificate(ownCertificateFile(path.join(dir, "pki")));
  const site = parseSiteConfig(
    {
      id: "storm",
      name: "One simulator, a storm",
      centre: { lat: 43.32, lon: 21.9 },
      services: ["water", "heating", "waste", "parking", "lighting", "traffic", "air"],
      user: { name: "Radna stanica 1", role: "operator" },
      users: [{ login: "operator", name: "Ana Petrović", role: "operator" }],
      endpoints: [{ id: endpointId("nis"), url: sim.endpointUrl, securityMode: "None", securityPolicy: "None", samplingIntervalMs: 0, credentials: STATION }],
    },
    "the storm test site",
  );
  service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki });
  win = openWindow(service);
  expect(await service.whenConnected(60_000)).toBe(true);
  await win.call("signIn", { login: "operator", password: "operator-nis" });
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await sim?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("bulk acknowledge after a storm (issue #6)", () => {
  it(`takes every returned alarm with ${BULK_IN_FLIGHT} acknowledges in flight, refusing none`, async () => {
    expect(BULK_IN_FLIGHT).toBeGreaterThan(1);
    const unacked = () => service.listAlarms().filter((a) => !a.acked);
    sim.startScenario("alarm-flood");
    await waitFor("a storm of at least 150 alarms", () => unacked().length >= 150, 90_000);
    sim.reset();
    // The storm has passed when the returned, unacknowledged rows hold still.
    const returned = () => unacked().filter((a) => !a.active);
    let last = -1;
    let steadySince = Date.now();
    await waitFor(
      "the returned alarms to hold still",
      () => {
        const count = returned().length;
        if (count !== last) {
          last = count;
          steadySince = Date.now();
        }
        return count >= 150 && Date.now() - steadySince > 3_000;
      },
      90_000,
    );
    const ids = returned().map((a) => a.id as AlarmId);
    const refusals: string[] = [];
    const outcomes = await runBulk(ids, (alarmId) => win.call<ActionResult>("acknowledgeAlarm", { alarmId, comment: "oluja prošla" }), (_done, o) => {
      if (o.kind === "refused") refusals.push(o.result?.error ?? String(o.error));
    });
    expect({ sent: outcomes.length, ...summarize(outcomes), refusals: refusals.slice(0, 3) }).toEqual({ sent: ids.length, taken: ids.length, queued: 0, refused: 0, refusals: [] });
    // The server's events say so one by one; on a loaded machine that took over 30 s for ~200 rows.
    await waitFor("every returned row acknowledged", () => ids.every((id) => service.listAlarms().find((a) => a.id === id)?.acked !== false), 90_000);
  }, 300_000);
});
