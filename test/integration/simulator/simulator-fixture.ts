/**
 * What the simulator's own tests share: its users by role, a fixed start time, method calls,
 * and one running simulator with a supervisor's session on it for a file's tests.
 */
import type { ClientSession } from "node-opcua";
import { DEFAULT_USERS, SITE_NAMESPACE_URI, startSimulator, type RunningSimulator } from "../../../main/simulator";
import { connect, readValue, tempDir, type Connection } from "./client";

export const user = (role: string) => DEFAULT_USERS.find((u) => u.role === role)!;
export const START = new Date("2025-01-15T06:30:00Z");

/** Calls a method; the answer's status code is what these tests look at. */
export async function call(session: ClientSession, objectId: string, methodId: string, inputArguments: { dataType: string; value: unknown }[] = []) {
  const r = await session.call({ objectId, methodId, inputArguments });
  return r.statusCode;
}

export interface SupervisedSimulator {
  sim: RunningSimulator;
  sup: Connection;
  /** The site namespace's index. */
  ns: number;
}

/** Seed 1, SecurityNone and anonymous allowed, the clock at START; a supervisor connected. */
export async function startSupervisedSimulator(): Promise<SupervisedSimulator> {
  const sim = await startSimulator({ pkiDir: tempDir("sim-pki-"), seed: 1, allowSecurityNone: true, allowAnonymous: true, startTime: START });
  await sim.ready();
  const sup = await connect(sim.endpointUrl, { user: user("supervisor") });
  const nsArray = (await readValue(sup.session, "i=2255")).value.value as string[];
  return { sim, sup, ns: nsArray.indexOf(SITE_NAMESPACE_URI) };
}
