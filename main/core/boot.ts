/**
 * Starts the core for a site: loads and validates the site config, starts the embedded
 * simulator for endpoints that ask for one, then the service. Host mode and the Electron
 * utilityProcess both boot through here, so they run the same thing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSimulator, type RunningSimulator } from "../simulator/index";
import type { CoreLog } from "./log/core-log";
import { createClientPki, ownCertificateFile, trustServerCertificate } from "./connections/pki";
import { ControlRoomService } from "./composition/control-room";
import { routeOpcuaLog } from "./connections/opcua-log";
import type { PasswordKeeper } from "./credentials/password-keeper";
import { stationSecret } from "./identity/station-secret";
import { createLogger, type ControlRoomLogger } from "./log/logger";
import { DEFAULT_SITE_FILE } from "./sites/default-site";
import { loadSiteConfig, type SiteConfig } from "./sites/site-config";

/** Where a workstation keeps its store and PKI when nothing else is said. */
export function defaultDataDir(): string {
  if (process.env.CCR_DATA_DIR) return process.env.CCR_DATA_DIR;
  const base = process.env.XDG_DATA_HOME ?? path.join(os.homedir(), ".local", "share");
  return path.join(base, "city-control-room");
}

export interface BootOptions {
  siteFile?: string;
  dataDir?: string;
  nativeBinding?: string;
  /** Wait this long for the first connection and discovery before returning (0: do not wait). */
  waitForConnectionMs?: number;
  /** The store worker's bundled entry (Electron). */
  storeWorkerFile?: string;
  /** Plain-text copy of the log on stderr (default true). */
  logToStderr?: boolean;
  /** Where kept station passwords are: the desktop app's safeStorage; host mode's key files when absent. */
  passwords?: PasswordKeeper;
}

export interface BootedCore {
  site: SiteConfig;
  service: ControlRoomService;
  simulators: Map<string, RunningSimulator>;
  dataDir: string;
  /** The process's structured log (<data>/logs/control-room.log). */
  log: ControlRoomLogger;
  stop(): Promise<void>;
}

export async function bootCore(options: BootOptions = {}): Promise<BootedCore> {
  const siteFile = options.siteFile ?? DEFAULT_SITE_FILE;
  const site = loadSiteConfig(siteFile);
  const dataDir = options.dataDir ?? defaultDataDir();
  fs.mkdirSync(dataDir, { recursive: true });
  const log = createLogger({ dataDir, base: { process: "core" }, stderr: options.logToStderr === false ? false : undefined });
  const coreLog: CoreLog = log;
  routeOpcuaLog(coreLog);
  log.info({ siteFile, dataDir }, `Starting site "${site.id}"`);

  for (const endpoint of site.endpoints) {
    if (endpoint.plainTextPassword) {
      log.warn({ endpointId: endpoint.id }, `Endpoint "${endpoint.id}": its password is written in the site file; move it to passwordEnv or passwordFile`);
    }
    if (endpoint.generatedPassword && endpoint.credentials) endpoint.credentials.password = stationSecret(dataDir, endpoint.id);
  }

  const pkiDir = path.join(dataDir, "pki");
  const pki = await createClientPki(pkiDir);
  const simulators = new Map<string, RunningSimulator>();
  const urls = new Map<string, string>();
  try {
    // One server per utility, started side by side: each its own port, PKI and certificate.
    const embedded = site.endpoints.filter((e) => e.embeddedSimulator && !e.url);
    await Promise.all(
      embedded.map(async (endpoint) => {
        const sim = await startSimulator({
          port: 0,
          seed: endpoint.embeddedSimulator!.seed,
          scale: endpoint.embeddedSimulator!.scale,
          pkiDir: path.join(dataDir, "simulator-pki", endpoint.id),
          allowSecurityNone: endpoint.securityMode === "None",
          allowAnonymous: endpoint.credentials === null,
          services: endpoint.embeddedSimulator!.services ?? site.services,
          rolePermissions: site.permissions,
          // The station identity this workstation made for its own server: reads, never acts.
          stationUsers: endpoint.generatedPassword && endpoint.credentials ? [endpoint.credentials] : [],
        });
        simulators.set(endpoint.id, sim);
        // The app started this server itself, so it vouches for it, and the server for the app:
        // no one else's certificate is trusted by this shortcut.
        await trustServerCertificate(pki, sim.certificateFile);
        await sim.trustClientCertificate(ownCertificateFile(pkiDir));
        urls.set(endpoint.id, sim.endpointUrl);
      }),
    );
    const service = await ControlRoomService.start({
      site,
      dataDir,
      pki,
      endpointUrls: urls,
      nativeBinding: options.nativeBinding,
      storeWorkerFile: options.storeWorkerFile,
      log: coreLog,
      passwords: options.passwords,
    });
    if (options.waitForConnectionMs) await service.whenConnected(options.waitForConnectionMs);
    return {
      site,
      service,
      simulators,
      dataDir,
      log,
      async stop() {
        await service.stop();
        for (const sim of simulators.values()) await sim.stop();
        log.info({}, "Stopped");
        log.close();
      },
    };
  } catch (err) {
    for (const sim of simulators.values()) await sim.stop().catch(() => undefined);
    log.error({ err }, "The core could not start");
    log.close();
    throw err;
  }
}
