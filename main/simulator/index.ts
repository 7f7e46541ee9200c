/**
 * The Niš field network: an OPC UA server of the city's seven communal services, for demo,
 * training and tests. Embeddable (startSimulator) and standalone (cli.ts). See README.md for the
 * asset convention a client discovers by browsing, the scenarios and the demo users.
 */
import { OPCUAServer, type UAObject } from "node-opcua";
import { DEFAULT_ROLE_PERMISSIONS, installAccessControl, type RolePermissions } from "./access";
import { buildAddressSpace, type BuiltAsset } from "./address-space";
import { AlarmBuilder } from "./alarms";
import { SimClock } from "./clock";
import { LiveValues } from "./live-values";
import { buildPlant, countsOf, parseServices } from "./plan";
import { SERVICE_KEYS } from "./model";
import { ScenarioBook, STARTUP_SCENARIO } from "./scenarios";
import { ensureServerCertificate, makeCertificateManager, ownCertificateFile, securitySettings, trustCertificate } from "./security";
import { giveEachCallItsOwnContext } from "./call-context";
import { installClientUserIdStamp } from "./client-user-id";
import { CommandBook, type CommandRecord } from "./commands";
import { bindShelvingTypeMethods } from "./shelving-methods";
import { addSimulationObject } from "./simulation-object";
import { installRedundancy, type RedundancyOptions, type ServiceLevelControl } from "./redundancy";
import { DEFAULT_USERS, makeUserManager, type Role, type SimulatorUser } from "./users";

export { DEFAULT_USERS, ROLES, type Role, type SimulatorUser } from "./users";
export { DEFAULT_ROLE_PERMISSIONS, type RolePermissions } from "./access";
export type { CommandRecord } from "./commands";
export { SCENARIO_NAMES, SCENARIOS, STARTUP_SCENARIO } from "./scenarios";
export { SERVICE_KEYS, SEVERITY, type ServiceKey } from "./model";
export type { RedundancyMode, RedundancyOptions } from "./redundancy";

export const SITE_NAMESPACE_URI = "urn:city-control-room:nis:field";
export const SIMULATOR_APPLICATION_URI = "urn:city-control-room:nis:simulator";

export interface SimulatorOptions {
  /** 0 or undefined = pick a free loopback port. */
  port?: number;
  /** Default 1. */
  seed?: number;
  /** Approximate target tag count; default is the default size (a few hundred assets, a few thousand tags). */
  scale?: number;
  /** The server's own PKI folder (created if missing). */
  pkiDir: string;
  /** Offer the None endpoint (no signing, no encryption); only when true. */
  allowSecurityNone?: boolean;
  allowAnonymous?: boolean;
  /** The role anonymous sessions act with when allowAnonymous is true; default "operator". */
  anonymousRole?: Role;
  /** Subset of the seven service keys; default all. */
  services?: string[];
  /** Which roles may call which alarm methods; default DEFAULT_ROLE_PERMISSIONS. */
  rolePermissions?: RolePermissions;
  /** Simulated seconds per real second, default 1. */
  timeScale?: number;
  /** Simulated clock start, default now. */
  startTime?: Date;
  /** Accept client certificates nobody trusted yet (they are still stored). Default false: reject. */
  acceptUnknownClientCertificates?: boolean;
  /** Scenario running from the first second; default "missed-collection" (one overflowing container), null for none. */
  startupScenario?: string | null;
  /** Real milliseconds between value updates, default 1000. */
  tickMs?: number;
  /** Read-only accounts besides the demo users: a workstation's station identity (reads, subscribes, no methods). */
  stationUsers?: { user: string; password: string }[];
  /** This server's ApplicationUri; default SIMULATOR_APPLICATION_URI. Each server of a redundant set has its own. */
  applicationUri?: string;
  /** Appended to the application name ("Niš field network simulator A"), to tell servers of a set apart. */
  nameSuffix?: string;
  /** One server of a non-transparent redundant set (redundancy.ts); default none. */
  redundancy?: RedundancyOptions;
}

export interface RunningSimulator {
  /** opc.tcp://127.0.0.1:PORT/UA/Nis */
  endpointUrl: string;
  /** The server certificate (PEM), so an embedding app can trust it explicitly. */
  certificateFile: string;
  stop(): Promise<void>;
  /** Throws on an unknown name, naming the valid ones. */
  startScenario(name: string): void;
  /** Ends every scenario (including the startup one): values return to their undisturbed course. */
  reset(): void;
  counts(): Record<string, { assets: number; tags: number }>;
  /** Current simulated time, ms since the epoch. */
  simulatedTime(): number;
  /** Trusts a client certificate (DER/PEM path or DER bytes) in the server's PKI. */
  trustClientCertificate(certificate: string | Buffer): Promise<void>;
  /** Tag value writes so far (for benchmarks). */
  writes(): number;
  /** Writes to command variables the server judged, oldest first (the last 200): who, what, the answer. */
  commands(): CommandRecord[];
  /** Number of alarm conditions in the address space so far. */
  alarmCount(): number;
  /**
   * Resolves when every asset is live. startSimulator returns as soon as the server listens and
   * the startup scenario's asset is live; the other assets' alarms are built in the background
   * (about 6 ms each), and each asset's tags start updating when its alarms exist.
   */
  ready(): Promise<void>;
  /** This server's ApplicationUri. */
  applicationUri: string;
  /** Sets ServiceLevel (0..255); throws without `redundancy` in the options. */
  setServiceLevel(level: number): void;
}

/** Alarms are memory-heavy (dozens of nodes each); at benchmark scales only this many are built. */
const ALARM_BUDGET = 4000;
const HISTORY_BUDGET = 3000;

/** Round-robin over asset types so budgets are shared fairly when the plant is scaled up. */
function interleaved(assets: Iterable<BuiltAsset>): BuiltAsset[] {
  const queues = new Map<string, BuiltAsset[]>();
  let total = 0;
  for (const a of assets) {
    total++;
    const q = queues.get(a.spec.type) ?? [];
    q.push(a);
    queues.set(a.spec.type, q);
  }
  const out: BuiltAsset[] = [];
  const lists = [...queues.values()];
  for (let i = 0; out.length < total; i++) for (const q of lists) if (i < q.length) out.push(q[i]!);
  return out;
}

export async function startSimulator(opts: SimulatorOptions): Promise<RunningSimulator> {
  const seed = opts.seed ?? 1;
  const timeScale = opts.timeScale ?? 1;
  const services = parseServices(opts.services);
  const plant = buildPlant(seed, services, opts.scale);
  const clock = new SimClock((opts.startTime ?? new Date()).getTime(), timeScale);
  const scenarios = new ScenarioBook(plant, seed);
  const permissions = { ...DEFAULT_ROLE_PERMISSIONS, ...(opts.rolePermissions ?? {}) };
  const users: SimulatorUser[] = [...DEFAULT_USERS, ...(opts.stationUsers ?? []).map((u) => ({ ...u, role: null }))];
  const anonymousRole = opts.allowAnonymous ? (opts.anonymousRole ?? "operator") : null;

  const serverCertificateManager = await makeCertificateManager(opts.pkiDir, !!opts.acceptUnknownClientCertificates);
  // One utility's server names its services, as the connections view and certificate show them.
  const which = (services.length === SERVICE_KEYS.length ? "" : ` (${services.join(", ")})`) + (opts.nameSuffix ? ` ${opts.nameSuffix}` : "");
  const applicationUri = opts.applicationUri ?? SIMULATOR_APPLICATION_URI;
  await ensureServerCertificate(serverCertificateManager, opts.pkiDir, applicationUri, `Nis field network simulator${which}`);
  const server = new OPCUAServer({
    port: opts.port ?? 0,
    hostname: "127.0.0.1",
    host: "127.0.0.1",
    resourcePath: "/UA/Nis",
    serverCertificateManager,
    certificateFile: ownCertificateFile(opts.pkiDir),
    ...securitySettings(!!opts.allowSecurityNone),
    allowAnonymous: !!opts.allowAnonymous,
    userManager: makeUserManager(users),
    serverInfo: {
      applicationUri,
      productUri: "urn:city-control-room:simulator",
      applicationName: { text: `Niš field network simulator${which}`, locale: "en" },
    },
    buildInfo: { productName: "City Control Room — Niš field network simulator", manufacturerName: "City Control Room" },
    serverCapabilities: { maxSessions: 50 },
    maxConnectionsPerEndpoint: 50,
    isAuditing: false,
  });
  await server.initialize();

  const addressSpace = server.engine.addressSpace!;
  // Binds Acknowledge/Confirm/AddComment/ConditionRefresh on the standard types (i=9111 ...).
  addressSpace.installAlarmsAndConditionsService();
  const ns = addressSpace.registerNamespace(SITE_NAMESPACE_URI);
  const assets = buildAddressSpace(addressSpace, ns, plant, { historyBudget: HISTORY_BUDGET, historyDepth: 2000 });

  let live: LiveValues | null = null;
  const commands = new CommandBook(users, permissions.command, anonymousRole, (asset) => {
    live?.invalidate([asset.spec.id]);
    live?.tick();
  });
  for (const asset of assets.values()) commands.install(ns, asset);
  const controls = {
    startScenario(name: string) {
      const touched = scenarios.start(name, clock.now());
      live?.invalidate(touched);
      live?.tick();
    },
    reset() {
      scenarios.reset();
      live?.invalidate();
      live?.tick();
    },
    activeScenarios: () => scenarios.active(clock.now()),
  };
  const simulation = addSimulationObject(addressSpace, ns, controls, { seed, timeScale });
  const serviceLevel: ServiceLevelControl | null = opts.redundancy ? installRedundancy(addressSpace, ns, simulation.node, opts.redundancy) : null;
  installAccessControl(addressSpace, ns.index, users, permissions, anonymousRole);
  bindShelvingTypeMethods(addressSpace);
  installClientUserIdStamp(addressSpace);
  giveEachCallItsOwnContext(server.engine);

  const startup = opts.startupScenario === undefined ? STARTUP_SCENARIO : opts.startupScenario;
  const startupAssets = new Set(startup ? scenarios.start(startup, clock.now()) : []);
  const alarms = new AlarmBuilder(ns, simulation.node as UAObject, ALARM_BUDGET);
  // The startup scenario's assets first, so an alarm is up within the first second.
  const queue = interleaved([...assets.values()].filter((a) => !a.live)).sort(
    (a, b) => Number(startupAssets.has(b.spec.id)) - Number(startupAssets.has(a.spec.id)),
  );
  const FIRST_BATCH = Math.max(1, startupAssets.size);
  for (const asset of queue.splice(0, FIRST_BATCH)) alarms.build(asset);
  live = new LiveValues(seed, assets, scenarios, clock, (t) => simulation.update(t), (spec, values) => commands.apply(spec, values));
  live.start(opts.tickMs ?? 1000);

  await server.start();
  const endpointUrl = server.getEndpointUrl();

  let stopped = false;
  // The rest in small batches between client requests, so the server answers while it builds.
  const ready = new Promise<void>((resolve) => {
    const step = () => {
      if (stopped) return resolve();
      const until = performance.now() + 40;
      while (queue.length && performance.now() < until) alarms.build(queue.shift()!);
      live?.tick();
      if (queue.length) setImmediate(step);
      else resolve();
    };
    setImmediate(step);
  });
  return {
    endpointUrl,
    certificateFile: server.certificateFile,
    async stop() {
      if (stopped) return;
      stopped = true;
      await ready;
      live?.stop();
      await server.shutdown(0);
      await serverCertificateManager.dispose();
    },
    startScenario: (name) => controls.startScenario(name),
    reset: () => controls.reset(),
    counts: () => countsOf(plant),
    simulatedTime: () => clock.now(),
    trustClientCertificate: (certificate) => trustCertificate(serverCertificateManager, certificate),
    writes: () => live?.writes ?? 0,
    alarmCount: () => alarms.built.length,
    commands: () => [...commands.log],
    ready: () => ready,
    applicationUri,
    setServiceLevel(level) {
      if (!serviceLevel) throw new Error("this simulator is not part of a redundant set (no redundancy option)");
      serviceLevel.set(level);
    },
  };
}
