/**
 * Standalone Niš field network: `npm run simulator -- --port 4841 --seed 7 --scale 100000`.
 * Prints its endpoint URL and per-service counts, stops cleanly on SIGINT/SIGTERM.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_USERS, SCENARIO_NAMES, startSimulator, type RunningSimulator } from "./index";
import { startRedundantPair } from "./redundant-pair";

const USAGE = `Usage: npm run simulator -- [options]
  --port N            TCP port on 127.0.0.1 (default 4841; 0 = any free port)
  --seed N            random seed, same seed = same values at the same simulated times (default 1)
  --scale N           approximate number of tags (default: a few thousand)
  --scenario NAME     start a scenario at once (repeatable): ${SCENARIO_NAMES.join(", ")}
  --allow-none        also offer the unsecured None endpoint
  --allow-anonymous   accept anonymous sessions (they act as operators)
  --accept-unknown-clients  trust any client certificate (default: reject, see README "Security")
  --pki DIR           the server's PKI folder (default ./.simulator-pki)
  --time-scale X      simulated seconds per real second (default 1)
  --start ISO         simulated start time (default now)
  --services a,b      only these services (default all seven)
  --redundant-pair    two servers as a non-transparent redundant pair (Hot), on --port and the
                      next port (0: any free ports), ServiceLevel 255 and 200; lower one with the
                      method Objects/Simulation/SetServiceLevel
  --redundancy MODE   with --redundant-pair: Hot (default) or Warm`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4841" },
      seed: { type: "string", default: "1" },
      scale: { type: "string" },
      scenario: { type: "string", multiple: true },
      "allow-none": { type: "boolean", default: false },
      "allow-anonymous": { type: "boolean", default: false },
      "accept-unknown-clients": { type: "boolean", default: false },
      pki: { type: "string", default: path.resolve(".simulator-pki") },
      "time-scale": { type: "string", default: "1" },
      start: { type: "string" },
      services: { type: "string" },
      "redundant-pair": { type: "boolean", default: false },
      redundancy: { type: "string", default: "Hot" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const options = {
    seed: Number(values.seed),
    scale: values.scale ? Number(values.scale) : undefined,
    pkiDir: path.resolve(values.pki),
    allowSecurityNone: values["allow-none"],
    allowAnonymous: values["allow-anonymous"],
    acceptUnknownClientCertificates: values["accept-unknown-clients"],
    timeScale: Number(values["time-scale"]),
    startTime: values.start ? new Date(values.start) : undefined,
    services: values.services?.split(",").map((s) => s.trim()),
  };
  const port = Number(values.port);
  let partner: RunningSimulator | null = null;
  let sim: RunningSimulator;
  if (values["redundant-pair"]) {
    if (values.redundancy !== "Hot" && values.redundancy !== "Warm") throw new Error(`--redundancy: Hot or Warm, not "${values.redundancy}"`);
    const pair = await startRedundantPair({ ...options, ports: port === 0 ? [0, 0] : [port, port + 1], mode: values.redundancy });
    sim = pair.a;
    partner = pair.b;
  } else {
    sim = await startSimulator({ ...options, port });
  }
  for (const name of values.scenario ?? []) for (const server of [sim, partner]) server?.startScenario(name);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  console.log(`Niš field network simulator listening on ${sim.endpointUrl} (started in ${seconds} s)`);
  console.log(`Server certificate: ${sim.certificateFile}`);
  if (partner) {
    console.log(`Redundant partner listening on ${partner.endpointUrl} (ApplicationUris ${sim.applicationUri}, ${partner.applicationUri})`);
    console.log(`Partner certificate: ${partner.certificateFile}`);
  }
  let assets = 0;
  let tags = 0;
  for (const [service, c] of Object.entries(sim.counts())) {
    console.log(`  ${service.padEnd(9)} ${String(c.assets).padStart(6)} assets ${String(c.tags).padStart(7)} tags`);
    assets += c.assets;
    tags += c.tags;
  }
  console.log(`  ${"total".padEnd(9)} ${String(assets).padStart(6)} assets ${String(tags).padStart(7)} tags`);
  console.log(`Users: ${DEFAULT_USERS.map((u) => `${u.user}/${u.password} (${u.role})`).join(", ")}`);
  await sim.ready();
  console.log(`All assets live, ${sim.alarmCount()} alarm conditions, ${((performance.now() - started) / 1000).toFixed(1)} s after start.`);
  console.log(`Client certificates are rejected until trusted: move them from ${path.join(path.resolve(values.pki), "rejected")} to ${path.join(path.resolve(values.pki), "trusted", "certs")}.`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await Promise.all([sim.stop(), partner?.stop()]);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
