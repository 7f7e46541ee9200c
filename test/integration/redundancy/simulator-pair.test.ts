/**
 * The simulator as a redundant pair, seen by a plain node-opcua client: each server says it is
 * Hot, names both ApplicationUris in ServerUriArray and its own first in ServerArray, serves its
 * own ServiceLevel, and lowers it when SetServiceLevel is called (refusing a level over 255).
 */
import { AttributeIds, DataType, StatusCodes, type ClientSession } from "node-opcua";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SITE_NAMESPACE_URI } from "../../../main/simulator/index";
import { startRedundantPair, type RunningPair } from "../../../main/simulator/redundant-pair";
import { connect, tempDir } from "../simulator/client";

let pair: RunningPair;
const dir = tempDir("ccr-sim-pair-");

beforeAll(async () => {
  pair = await startRedundantPair({ pkiDir: path.join(dir, "pki"), allowSecurityNone: true, allowAnonymous: true, startupScenario: null, services: ["air"] });
}, 120_000);
afterAll(async () => {
  await pair?.stop();
});

async function read(session: ClientSession, ids: number[]) {
  const values = await session.read(ids.map((i) => ({ nodeId: `i=${i}`, attributeId: AttributeIds.Value })));
  return values.map((v) => v.value.value as unknown);
}

describe("simulator redundant pair", () => {
  it("serves the pair's redundancy and a ServiceLevel a client can lower", async () => {
    const uris = [pair.a.applicationUri, pair.b.applicationUri];
    expect(new Set(uris).size).toBe(2);
    expect(pair.a.endpointUrl).not.toBe(pair.b.endpointUrl);
    for (const [i, sim] of [pair.a, pair.b].entries()) {
      const c = await connect(sim.endpointUrl);
      try {
        const [level, support, serverUris, serverArray] = await read(c.session, [2267, 3709, 11314, 2254]);
        expect(level).toBe(i === 0 ? 255 : 200);
        expect(support).toBe(3); // RedundancySupport.Hot
        expect(serverUris).toEqual(uris);
        expect((serverArray as string[])[0]).toBe(uris[i]);

        const ns = (await c.session.readNamespaceArray()).indexOf(SITE_NAMESPACE_URI);
        const call = (value: number) =>
          c.session.call({
            objectId: `ns=${ns};s=Simulation`,
            methodId: `ns=${ns};s=Simulation.SetServiceLevel`,
            inputArguments: [{ dataType: DataType.Byte, value }],
          });
        expect((await call(42)).statusCode).toBe(StatusCodes.Good);
        expect(await read(c.session, [2267])).toEqual([42]);
        sim.setServiceLevel(7);
        expect(await read(c.session, [2267])).toEqual([7]);
        expect(() => sim.setServiceLevel(256)).toThrow(/0\.\.255/);
      } finally {
        await c.close();
      }
    }
  }, 120_000);
});
