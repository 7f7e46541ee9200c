/**
 * The server process killed outright (SIGKILL) and started again, ten times, while an alarm
 * storm is under way. After each recovery the core's alarm list is what a plain node-opcua
 * client learns from its own ConditionRefresh: the same conditions, the same acknowledgement,
 * none twice. Acknowledgements made between kills are part of the truth until the next kill
 * wipes the server's memory.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActionResult, EndpointStatus } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, trustServerCertificate } from "../../../main/core/connections/pki";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { expectAlarmsMatchServer, type Agreement } from "./alarm-agreement";
import { oneEndpointSite, separateSimulator, SUPERVISOR } from "./separate-simulator";
import { serverAlarmTruth } from "./server-truth";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-sim-kill-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KILLS = 10;

describe("a server process killed mid-stream", () => {
  it(`recovers ${KILLS} times with the server's alarm picture each time`, async () => {
    // A city-wide storm on the lighting network: alarms keep arriving for a minute after each start.
    const sim = await separateSimulator(path.join(dir, "sim-pki"), ["--seed", "5", "--services", "lighting", "--scenario", "alarm-flood"]);
    const pki = await createClientPki(path.join(dir, "pki"));
    await trustServerCertificate(pki, sim.certificateFile);
    const truthPki = await createClientPki(path.join(dir, "truth-pki"));
    await trustServerCertificate(truthPki, sim.certificateFile);
    const truth = () => serverAlarmTruth(sim.url, truthPki, SUPERVISOR);

    const service = await ControlRoomService.start({ site: oneEndpointSite(sim.url, 2000), dataDir: path.join(dir, "data"), pki });
    const win = openWindow(service);
    const statuses = win.events.connection as EndpointStatus[];
    const rounds: (Agreement & { recoveredMs: number })[] = [];
    try {
      expect(await service.whenConnected(120_000)).toBe(true);
      await waitFor("storm alarms", () => service.listAlarms().length > 0, 60_000);
      await expectAlarmsMatchServer(() => service.listAlarms(), truth);

      for (let round = 1; round <= KILLS; round++) {
        // An acknowledgement the server keeps until it dies: the truth after the next
        // restart no longer has it, and neither may the core.
        const open = service.listAlarms().find((a) => !a.acked && a.enabled);
        if (open) {
          expect((await win.call<ActionResult>("acknowledgeAlarm", { alarmId: open.id, comment: `round ${round}` })).status).toBe("done");
          // Both sides agree on it before the kill: the acknowledgement is part of the truth now.
          await expectAlarmsMatchServer(() => service.listAlarms(), truth);
          expect(service.listAlarms().find((a) => a.id === open.id)?.acked ?? true).toBe(true);
        }

        const killedAt = Date.now();
        await sim.kill();
        await waitFor(`round ${round}: the loss noticed`, () => statuses.some((s) => s.state !== "connected" && s.since >= killedAt), 60_000);
        await sim.start();
        const backAt = Date.now();
        await waitFor(`round ${round}: connected again`, () => service.getConnections()[0]!.state === "connected", 120_000);
        const agreement = await expectAlarmsMatchServer(() => service.listAlarms(), truth);
        rounds.push({ ...agreement, recoveredMs: Date.now() - backAt });
      }
      // The figures of each round, for the report.
      console.log(JSON.stringify(rounds));
      expect(rounds).toHaveLength(KILLS);
      expect(rounds.every((r) => r.conditions > 0)).toBe(true);
    } finally {
      win.link.close();
      await service.stop();
      await sim.stop();
    }
  }, 900_000);
});
