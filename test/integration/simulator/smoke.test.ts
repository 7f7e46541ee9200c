import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_USERS, startSimulator, type RunningSimulator } from "../../../main/simulator";
import { connect, monitorAlarms, str, tempDir, waitFor, type Connection } from "./client";

describe("simulator first cut", () => {
  let sim: RunningSimulator;
  let conn: Connection;
  beforeAll(async () => {
    sim = await startSimulator({ pkiDir: tempDir("sim-pki-"), allowSecurityNone: true, allowAnonymous: true });
    const sup = DEFAULT_USERS.find((u) => u.role === "supervisor")!;
    conn = await connect(sim.endpointUrl, { user: sup });
  });
  afterAll(async () => {
    await conn?.close();
    await sim?.stop();
  });

  it("has an active alarm within seconds that the supervisor can acknowledge", async () => {
    const mon = await monitorAlarms(conn.session);
    const active = await waitFor("an active alarm", () => mon.events.find((e) => e["ActiveState.Id"] === true && e["AckedState.Id"] !== true));
    console.log(str(active.SourceName), str(active.Message), active.Severity);
    const result = await conn.session.call({
      objectId: String(active.ConditionId),
      methodId: "i=9111",
      inputArguments: [
        { dataType: "ByteString", value: active.EventId },
        { dataType: "LocalizedText", value: { text: "seen" } },
      ],
    });
    expect(result.statusCode.name).toBe("Good");
    await mon.subscription.terminate();
  });
});
