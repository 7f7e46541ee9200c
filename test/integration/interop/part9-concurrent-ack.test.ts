/**
 * Issue #6: after a storm, acknowledging hundreds of returned, unacknowledged alarms with several
 * Acknowledge calls in flight on one session was refused as BadEventIdUnknown (8 in flight: about
 * half), though every EventId quoted was the server's latest. Plain node-opcua client calls, in
 * parallel on ONE session, against our simulator (which has method-call interceptors) and against
 * the foreign plain node-opcua server (which has none): both must accept every one.
 */
import { StatusCodes, type ClientSession } from "node-opcua";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_USERS, startSimulator, type RunningSimulator } from "../../../main/simulator";
import { connect, monitorAlarms, tempDir, waitFor, type AlarmEvent, type Connection } from "../simulator/client";

const IN_FLIGHT = 8;

/** The latest event of every retained branch (trunk included) that awaits acknowledgement. */
function unacknowledged(events: AlarmEvent[]): AlarmEvent[] {
  const latest = new Map<string, AlarmEvent>();
  for (const e of events) {
    if (!e.ConditionId) continue;
    const key = `${String(e.ConditionId)}#${String(e.BranchId)}`;
    if (e.Retain === true) latest.set(key, e);
    else latest.delete(key);
  }
  return [...latest.values()].filter((e) => e["AckedState.Id"] === false);
}

/** Acknowledges each at most `limit` at a time on one session; the status name of each. */
async function acknowledgeAll(session: ClientSession, targets: AlarmEvent[], limit: number): Promise<string[]> {
  const results: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const e = targets[next++]!;
      const r = await session.call({
        objectId: String(e.ConditionId),
        methodId: "i=9111",
        inputArguments: [
          { dataType: "ByteString", value: e.EventId },
          { dataType: "LocalizedText", value: { text: "storm over" } },
        ],
      });
      results.push(r.statusCode.name);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** Waits until no event has arrived for `quietMs`. */
async function settle(events: AlarmEvent[], quietMs: number): Promise<void> {
  let count = -1;
  let since = Date.now();
  await waitFor(
    "the event stream to go quiet",
    () => {
      if (events.length !== count) {
        count = events.length;
        since = Date.now();
      }
      return Date.now() - since >= quietMs;
    },
    60_000,
  );
}

describe("concurrent acknowledges on one session (issue #6)", () => {
  let sim: RunningSimulator;
  let operator: Connection;

  beforeAll(async () => {
    sim = await startSimulator({ pkiDir: tempDir("interop-ack-pki-"), seed: 3, allowSecurityNone: true, allowAnonymous: true, startupScenario: null, timeScale: 20 });
    await sim.ready();
    operator = await connect(sim.endpointUrl, { user: DEFAULT_USERS.find((u) => u.role === "operator")! });
  }, 120_000);
  afterAll(async () => {
    await operator?.close();
    await sim?.stop();
  });

  it(`accepts every acknowledge of a storm's returned alarms with ${IN_FLIGHT} in flight`, async () => {
    const { events } = await monitorAlarms(operator.session);
    sim.startScenario("alarm-flood");
    await waitFor("a storm of at least 150 alarms", () => unacknowledged(events).length >= 150, 90_000);
    // The storm passes: values return to normal, every alarm stays as a returned, unacknowledged branch.
    sim.reset();
    await settle(events, 2_000);
    const targets = unacknowledged(events);
    expect(targets.length).toBeGreaterThanOrEqual(150);

    const results = await acknowledgeAll(operator.session, targets, IN_FLIGHT);
    const refused = results.filter((r) => r !== StatusCodes.Good.name);
    expect({ sent: results.length, refused: refused.length, first: refused.slice(0, 3) }).toEqual({ sent: targets.length, refused: 0, first: [] });
  }, 240_000);
});
