/**
 * A SCADA server restarts under a running workstation: values go stale while it is away, and
 * when it is back on the same address the core reconnects by itself, values are live again and
 * the alarm list is rebuilt from a ConditionRefresh, without a restart of the core.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { waitFor } from "../wait-for";
import { restartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-reconnect-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const until = <T>(what: string, probe: () => T | undefined | null | false, ms = 60_000) => waitFor(what, probe, ms);

describe("server restart", () => {
  it("goes stale while the server is away and recovers by itself when it is back", async () => {
    const server = await restartableServer(dir, 5);
    const { pki, site } = server;
    let sim = server.sim;
    const service = await ControlRoomService.start({ site, dataDir: path.join(dir, "data"), pki });
    const values: { id: string; stale: boolean; sourceTime: number }[] = [];
    const link = service.connectWindow((m) => {
      if (m.kind === "event" && m.topic === "values") values.push(...(m.payload as typeof values));
    });
    try {
      expect(await service.whenConnected(60_000)).toBe(true);
      const tag = service.listAssets().flatMap((a) => a.tags).find((t) => t.range)!;
      await link.handle({ kind: "call", id: 1, method: "subscribeTags", args: { tagIds: [tag.id] } });
      await until("a live value", () => values.find((v) => !v.stale));
      await until("an alarm", () => service.listAlarms().length > 0);

      await sim.stop();
      await until("a disconnected state", () => service.getConnections()[0]!.state !== "connected");
      await until("the value marked stale", () => values.at(-1)?.stale);

      sim = await server.restart();
      await until("the reconnection", () => service.getConnections()[0]!.state === "connected", 90_000);
      const since = Date.now();
      await until("live values again", () => values.find((v) => !v.stale && v.sourceTime >= since - 2000), 60_000);
      // The restarted server's conditions, learnt through ConditionRefresh on the new session.
      await until("alarms from the restarted server", () => service.listAlarms().some((a) => a.time >= since - 5000), 60_000);
    } finally {
      link.close();
      await service.stop();
      await sim.stop();
    }
  });
});
