/**
 * While node-opcua reconnects to a server that went away, the endpoint says so as a person
 * needs it: disconnected since the loss (not since the last try), how many tries failed and
 * when the next one is due; once the server is back, connected again with the count cleared.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../wait-for";
import { connectEndpoint, endpointAt } from "./endpoint-fixture";
import { restartableServer, type RestartableServer } from "./restartable-server";

let dir: string;
let server: RestartableServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-endpoint-reconnect-"));
  server = await restartableServer(dir, 8);
});
afterAll(async () => {
  await server?.sim.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("reconnection as the endpoint tells it", () => {
  it("counts node-opcua's failed tries and the wait before the next, then clears them", async () => {
    const probe = connectEndpoint(endpointAt(server.sim.endpointUrl), server.pki);
    try {
      const first = await probe.settled();
      expect(first.state).toBe("connected");
      await server.sim.stop();
      const lost = await waitFor("the loss", () => probe.statuses.find((s) => s.state === "disconnected"), 30_000);
      expect(lost.problem).toEqual({ kind: "connection-lost" });
      const trying = await waitFor("two failed tries", () => probe.statuses.find((s) => s.state === "disconnected" && (s.attempts ?? 0) >= 2), 60_000);
      expect(trying.since).toBe(lost.since);
      expect(trying.nextAttemptAt).toBeGreaterThan(lost.since);
      expect(trying.lastConnectedAt).toBe(first.lastConnectedAt);

      await server.restart();
      const back = await waitFor("connected again", () => probe.statuses.slice(probe.statuses.indexOf(trying)).find((s) => s.state === "connected"), 60_000);
      expect(back).toMatchObject({ attempts: 0, nextAttemptAt: null, problem: null });
      expect(back.lastConnectedAt).toBeGreaterThan(first.lastConnectedAt!);
    } finally {
      await probe.stop();
    }
  }, 150_000);
});
