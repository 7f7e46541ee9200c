/**
 * The simulator's command variables, asked by a plain node-opcua client (no workstation code):
 * only commands are writable and they say what they take (AccessLevel, CommandValues); the server
 * judges each write by the session's user (the read-only station account and maintenance are
 * refused) and by the value; an accepted command is what the plant then shows.
 */
import fs from "node:fs";
import path from "node:path";
import { AttributeIds, DataType, StatusCodes, type ClientSession } from "node-opcua";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SITE_NAMESPACE_URI, startSimulator, type RunningSimulator } from "../../../main/simulator/index";
import { waitFor } from "../wait-for";
import { connect, tempDir, type Connection } from "./client";

const dir = tempDir("ccr-sim-commands-");
const STATION = { user: "station", password: "station-secret" };
let sim: RunningSimulator;
const open: Connection[] = [];

beforeAll(async () => {
  sim = await startSimulator({ pkiDir: path.join(dir, "pki"), services: ["lighting"], allowSecurityNone: true, stationUsers: [STATION], startupScenario: null });
  await sim.ready();
}, 60_000);

afterAll(async () => {
  for (const c of open) await c.close();
  await sim?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function as(user: { user: string; password: string }): Promise<ClientSession> {
  const connection = await connect(sim.endpointUrl, { user });
  open.push(connection);
  return connection.session;
}

async function cabinet(session: ClientSession): Promise<string> {
  const ns = (await session.readNamespaceArray()).indexOf(SITE_NAMESPACE_URI);
  return `ns=${ns};s=lighting.RO-MED-01`;
}

const write = (session: ClientSession, nodeId: string, dataType: DataType, value: unknown) =>
  session.write({ nodeId, attributeId: AttributeIds.Value, value: { value: { dataType, value } } });

describe("simulator commands", () => {
  it("marks only commands writable, with the values they take", async () => {
    const session = await as({ user: "operator", password: "operator-nis" });
    const base = await cabinet(session);
    const [mode, power, values] = await session.read([
      { nodeId: `${base}.Mode`, attributeId: AttributeIds.AccessLevel },
      { nodeId: `${base}.Power`, attributeId: AttributeIds.AccessLevel },
      { nodeId: `${base}.Mode.CommandValues`, attributeId: AttributeIds.Value },
    ]);
    expect(Number(mode!.value.value) & 0x02).toBe(0x02);
    expect(Number(power!.value.value) & 0x02).toBe(0);
    expect(values!.value.value).toEqual(["Auto", "ManualOn", "ManualOff"]);
    expect(await write(session, `${base}.Power`, DataType.Double, 1)).toBe(StatusCodes.BadNotWritable);
  });

  it("refuses the station account and maintenance, a value the command does not take and a wrong type", async () => {
    const station = await as(STATION);
    const maintenance = await as({ user: "maintenance", password: "maintenance-nis" });
    const operator = await as({ user: "operator", password: "operator-nis" });
    const mode = `${await cabinet(operator)}.Mode`;
    expect(await write(station, mode, DataType.String, "ManualOn")).toBe(StatusCodes.BadUserAccessDenied);
    expect(await write(maintenance, mode, DataType.String, "ManualOn")).toBe(StatusCodes.BadUserAccessDenied);
    expect(await write(operator, mode, DataType.String, "Disco")).toBe(StatusCodes.BadOutOfRange);
    expect(await write(operator, mode, DataType.Double, 2)).toBe(StatusCodes.BadTypeMismatch);
    expect(sim.commands().map((c) => [c.user, c.status])).toEqual([
      ["station", "BadUserAccessDenied"],
      ["maintenance", "BadUserAccessDenied"],
      ["operator", "BadOutOfRange"],
      ["operator", "BadTypeMismatch"],
    ]);
  });

  it("switches the cabinet by hand and gives it back to its photocell", async () => {
    const operator = await as({ user: "operator", password: "operator-nis" });
    const base = await cabinet(operator);
    const read = async () => (await operator.read([`${base}.Mode`, `${base}.Energised`, `${base}.Power`].map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value })))).map((d) => d.value.value);
    expect(await write(operator, `${base}.Mode`, DataType.String, "ManualOn")).toBe(StatusCodes.Good);
    await waitFor("the cabinet on by hand", async () => {
      const [mode, energised, power] = await read();
      return mode === "ManualOn" && energised === true && Number(power) > 0.5;
    });
    expect(await write(operator, `${base}.Mode`, DataType.String, "ManualOff")).toBe(StatusCodes.Good);
    await waitFor("the cabinet off by hand", async () => {
      const [mode, energised, power] = await read();
      return mode === "ManualOff" && energised === false && Number(power) < 0.1;
    });
    expect(await write(operator, `${base}.Mode`, DataType.String, "Auto")).toBe(StatusCodes.Good);
    await waitFor("the photocell back", async () => (await read())[0] === "Auto");
  });
});
