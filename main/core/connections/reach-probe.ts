/**
 * Why an opc.tcp address could not be reached, asked of the network itself: node-opcua's first
 * connect reports a closed port, an unknown host and a silent server with the same words, so
 * after such a failure the name is looked up and the port dialled once, with a deadline.
 */
import dns from "node:dns/promises";
import net from "node:net";
import { hostOf } from "./endpoint-problem";

export type Reach =
  | { kind: "host-unknown"; host: string }
  | { kind: "refused" }
  | { kind: "timeout" }
  | { kind: "unreachable"; code: string | null }
  /** The port accepts connections: whatever failed, failed after that. */
  | { kind: "open" };

/** Look-up failures that mean "no such name" (or no answer about it), not a network error. */
const NAME_UNKNOWN = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_FAIL", "EAI_NODATA"]);
const OPC_TCP_PORT = 4840;

function portOf(url: string): number {
  try {
    const port = Number(new URL(url).port);
    return Number.isInteger(port) && port > 0 ? port : OPC_TCP_PORT;
  } catch {
    return OPC_TCP_PORT;
  }
}

function dial(address: string, port: number, timeoutMs: number): Promise<Reach> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    const done = (reach: Reach) => {
      socket.destroy();
      resolve(reach);
    };
    socket.setTimeout(timeoutMs, () => done({ kind: "timeout" }));
    socket.once("connect", () => done({ kind: "open" }));
    socket.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "ECONNREFUSED") done({ kind: "refused" });
      else if (err.code === "ETIMEDOUT") done({ kind: "timeout" });
      else done({ kind: "unreachable", code: err.code ?? null });
    });
  });
}

export async function probeReach(url: string, timeoutMs = 5000): Promise<Reach> {
  const host = hostOf(url);
  let address: string;
  try {
    address = (await dns.lookup(host)).address;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    return NAME_UNKNOWN.has(code) ? { kind: "host-unknown", host } : { kind: "unreachable", code: code || null };
  }
  return dial(address, portOf(url), timeoutMs);
}
