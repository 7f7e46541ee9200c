/**
 * A stalled link between the core and its server (a TCP proxy stops forwarding both ways and
 * keeps the sockets open, for 30 s), then a cut link. The core says "stalled" within two
 * keep-alive periods, marks the endpoint's values stale with their age, sends an acknowledge
 * made during the stall to the outbox at once instead of blocking, and after the link comes
 * back (and after the cut) values flow again and the alarm list is the server's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OUTBOX_STATUSES, type ActionResult, type EndpointStatus, type OutboxEntry, type TagValue } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { createClientPki, trustServerCertificate } from "../../../main/core/connections/pki";
import { openWindow } from "../core/contract-window";
import { waitFor } from "../wait-for";
import { expectAlarmsMatchServer } from "./alarm-agreement";
import { oneEndpointSite, separateSimulator, SUPERVISOR } from "./separate-simulator";
import { serverAlarmTruth } from "./server-truth";
import { startTcpProxy } from "./tcp-proxy";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-link-stall-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Short enough for a quick test, long enough that a loaded test machine does not stall by itself. */
const KEEP_ALIVE_MS = 2000;
/** Timers fire late on a busy machine; the watchdog's own rule is exact (unit-tested on a hand-turned clock). */
const TIMER_SLACK_MS = 750;
const STALL_MS = 30_000;
/** node-opcua's transaction timeout: what an acknowledge waited for on a stalled link before. */
const TRANSACTION_TIMEOUT_MS = 15_000;

const until = <T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 60_000) => waitFor(what, probe, ms);

describe("a stalled and a cut link", () => {
  it("is noticed within two keep-alive periods, goes stale, queues actions at once, and recovers", async () => {
    const sim = await separateSimulator(path.join(dir, "sim-pki"), ["--seed", "11", "--services", "lighting,water", "--scenario", "lighting-cabinet-outage"]);
    const proxy = await startTcpProxy(sim.url);
    const site = oneEndpointSite(proxy.url, KEEP_ALIVE_MS);
    const pki = await createClientPki(path.join(dir, "pki"));
    await trustServerCertificate(pki, sim.certificateFile);
    const truthPki = await createClientPki(path.join(dir, "truth-pki"));
    await trustServerCertificate(truthPki, sim.certificateFile);
    const truth = () => serverAlarmTruth(sim.url, truthPki, SUPERVISOR);

    const service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki });
    const win = openWindow(service);
    const statuses = win.events.connection as EndpointStatus[];
    const values = win.events.values as TagValue[][];
    const lastValue = (id: string) => values.flat().filter((v) => v.id === id).at(-1);
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const tag = service.listAssets().flatMap((a) => a.tags).find((t) => t.range)!;
      await win.call("subscribeTags", { tagIds: [tag.id] });
      await until("a live value", () => lastValue(tag.id) && !lastValue(tag.id)!.stale);
      const [first, second] = await until("two unacknowledged alarms", () => {
        const open = service.listAlarms().filter((a) => !a.acked && a.enabled);
        return open.length >= 2 && open;
      });
      await expectAlarmsMatchServer(() => service.listAlarms(), truth);

      // The stall. An acknowledge sent at that moment is in flight on the stalled link.
      const stalledAt = proxy.stall();
      const inFlight = (async () => {
        const started = Date.now();
        const result = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: first!.id, comment: "during the stall" });
        return { result, tookMs: Date.now() - started };
      })();
      const stall = await until("the stalled status", () => statuses.find((s) => s.problem?.kind === "stalled" && s.since >= stalledAt), 20_000);
      const detectedAfter = stall.since - stalledAt;
      expect(detectedAfter).toBeGreaterThan(0);
      expect(detectedAfter).toBeLessThanOrEqual(2 * KEEP_ALIVE_MS + TIMER_SLACK_MS);
      expect(stall.problem).toMatchObject({ kind: "stalled", keepAliveMs: KEEP_ALIVE_MS });
      expect(stall.state).not.toBe("connected");

      // Every value of the endpoint is stale, with the time it was last measured (its age).
      const frozen = await until("the value marked stale", () => lastValue(tag.id)?.stale && lastValue(tag.id));
      expect(frozen.sourceTime).toBeLessThanOrEqual(stalledAt);
      expect(service.listAssets().flatMap((a) => a.tags).length).toBeGreaterThan(0);

      // The acknowledge in flight is released when the link is dropped, not after 15 s ...
      const { result: held, tookMs } = await inFlight;
      expect(held.status).toBe("pending");
      expect(tookMs).toBeLessThan(TRANSACTION_TIMEOUT_MS / 2);
      // ... and one made while the endpoint is known stalled goes to the outbox at once.
      const startedSecond = Date.now();
      const queued = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: second!.id, comment: "while stalled" });
      expect(queued.status).toBe("pending");
      expect(Date.now() - startedSecond).toBeLessThan(2000);

      // The stall lasts; then the link comes back with what waited in it.
      await new Promise((r) => setTimeout(r, Math.max(0, stalledAt + STALL_MS - Date.now())));
      expect(service.getConnections()[0]!.state).not.toBe("connected");
      const resumedAt = Date.now();
      proxy.resume();
      await until("connected again", () => service.getConnections()[0]!.state === "connected", 90_000);
      await until("live values again", () => {
        const v = lastValue(tag.id);
        return v && !v.stale && v.sourceTime >= resumedAt - 1000;
      });
      // Both acknowledges reach the server after the recovery. The one made while the endpoint
      // was known stalled never left: the replay sends it. The one in flight is ambiguous, as on
      // any network: the stalled link may still deliver it to the old session when it resumes,
      // and then the replay's EventId is outdated (a conflict a person sees, with the alarm
      // acknowledged on the server), or it was lost and the replay does it.
      const row = async (id: number) => (await win.call<OutboxEntry[]>("listActions", { statuses: [...OUTBOX_STATUSES] })).find((r) => r.id === id);
      await until("the acknowledge made while stalled sent", async () => (await row(queued.outboxId))?.status === "done", 30_000);
      const inFlightRow = await until("the acknowledge in flight settled", async () => {
        const r = await row(held.outboxId);
        return r && r.status !== "pending" && r.status !== "sending" && r;
      }, 30_000);
      if (inFlightRow.status !== "done") expect(inFlightRow).toMatchObject({ status: "conflict", serverStatus: "BadEventIdUnknown" });
      // The figures, for the report.
      console.log(JSON.stringify({ detectedAfterMs: detectedAfter, problem: stall.problem, inFlightAckBackMs: tookMs, inFlightOutcome: inFlightRow.status }));
      const afterStall = await expectAlarmsMatchServer(() => service.listAlarms(), truth);
      expect(afterStall.conditions).toBeGreaterThan(0);
      for (const id of [first!.conditionId, second!.conditionId]) {
        expect(service.listAlarms().find((a) => a.conditionId === id)?.acked ?? true).toBe(true);
      }

      // The cut: every connection reset. The core reconnects and values flow again.
      const cutAt = Date.now();
      proxy.cut();
      await until("the lost link noticed", () => statuses.some((s) => s.state !== "connected" && s.since >= cutAt));
      await until("connected after the cut", () => service.getConnections()[0]!.state === "connected", 90_000);
      await until("live values after the cut", () => {
        const v = lastValue(tag.id);
        return v && !v.stale && v.sourceTime >= cutAt;
      });
      await expectAlarmsMatchServer(() => service.listAlarms(), truth);
    } finally {
      win.link.close();
      await service.stop();
      await proxy.close();
      await sim.stop();
    }
  }, 240_000);
});
