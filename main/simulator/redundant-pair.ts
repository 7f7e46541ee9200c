/**
 * Two simulators as a non-transparent redundant pair (OPC UA Part 4 §6.6): the same address
 * space and the same simulated values (same seed), each on its own port with its own
 * ApplicationUri and certificate, both naming the pair in ServerUriArray. Each keeps its own
 * alarm state, as two real servers of a pair do; a client that moves learns the partner's by
 * ConditionRefresh.
 */
import path from "node:path";
import { SIMULATOR_APPLICATION_URI, startSimulator, type RunningSimulator, type SimulatorOptions } from "./index";
import type { RedundancyMode } from "./redundancy";

export interface RedundantPairOptions extends Omit<SimulatorOptions, "port" | "applicationUri" | "redundancy" | "nameSuffix"> {
  /** Ports of server A and B; 0 or undefined = any free port. */
  ports?: [number, number];
  /** Default "Hot". */
  mode?: RedundancyMode;
  /** ServiceLevel of A and B at start; default 255 and 200 (A preferred). */
  serviceLevels?: [number, number];
}

export interface RunningPair {
  a: RunningSimulator;
  b: RunningSimulator;
  stop(): Promise<void>;
}

const LABELS = ["A", "B"] as const;

export async function startRedundantPair(opts: RedundantPairOptions): Promise<RunningPair> {
  const uris = LABELS.map((label) => `${SIMULATOR_APPLICATION_URI}:${label.toLowerCase()}`);
  const levels = opts.serviceLevels ?? [255, 200];
  const [a, b] = await Promise.all(
    LABELS.map((label, i) =>
      startSimulator({
        ...opts,
        // Each server its own certificate (its ApplicationUri is in it).
        pkiDir: path.join(opts.pkiDir, label.toLowerCase()),
        port: opts.ports?.[i] ?? 0,
        applicationUri: uris[i],
        nameSuffix: label,
        redundancy: { mode: opts.mode ?? "Hot", serverUris: uris, serviceLevel: levels[i] },
      }),
    ),
  );
  return {
    a: a!,
    b: b!,
    async stop() {
      await Promise.all([a!.stop(), b!.stop()]);
    },
  };
}
