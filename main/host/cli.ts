/**
 * `npm run serve`: the core, the embedded Niš simulator and host mode in one Node process.
 * Prints the URL to open in a browser (loopback only, with its token).
 *   --site FILE      site config (default resources/sites/nis.json)
 *   --data DIR       store and PKI folder (default $CCR_DATA_DIR or ~/.local/share/city-control-room)
 *   --port N         HTTP port (default: the one used last time with this data folder if free, else a free one)
 *   --new-token      make a new token, so every page opened with the old one is refused
 *   --renderer DIR   the built renderer (default dist/renderer)
 *   --connect-wait-ms N  how long to wait for the servers before serving (default 15000; 0 serves
 *                    at once, as the desktop app does — the cold-start bench uses it)
 * The token is kept in DIR/host-token (owner-only) and the port in DIR/host-port, so a restarted
 * host is where the pages that were open look for it and accepts them: they reconnect by
 * themselves. CCR_HOST_TOKEN fixes the token instead (not written).
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bootCore } from "../core/boot";
import { logUncaught } from "../core/log/logger";
import { SiteConfigError } from "../core/sites/site-config";
import { TileSource } from "../core/tiles/tile-source";
import { startHost, type HostOptions, type RunningHost } from "./host-server";
import { rememberedPort, rememberPort } from "./host-port";
import { hostToken } from "./host-token";

const RENDERER_DIR = fileURLToPath(new URL("../../dist/renderer", import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: "string" },
      data: { type: "string" },
      port: { type: "string" },
      "new-token": { type: "boolean" },
      renderer: { type: "string" },
      "connect-wait-ms": { type: "string" },
    },
  });
  const wait = values["connect-wait-ms"] === undefined ? 15_000 : Number(values["connect-wait-ms"]);
  if (!Number.isInteger(wait) || wait < 0) throw new Error(`--connect-wait-ms takes whole milliseconds (0 or more), not "${values["connect-wait-ms"]}"`);
  const core = await bootCore({ siteFile: values.site, dataDir: values.data, waitForConnectionMs: wait });
  logUncaught(core.log);
  // Logged above; the windows are told too, so a person knows something went wrong.
  process.on("unhandledRejection", (reason) => core.service.reportInternalError(reason));
  const token = hostToken({ dataDir: core.dataDir, fromEnv: process.env.CCR_HOST_TOKEN || undefined, renew: values["new-token"] });
  const options: HostOptions = {
    service: core.service,
    rendererDir: values.renderer ?? RENDERER_DIR,
    tileUrl: core.site.tileUrl,
    tiles: new TileSource(core.dataDir),
    token: token.token,
    log: core.log.child({ room: "host" }),
  };
  const host = values.port ? await startHost({ ...options, port: Number(values.port) }) : await startOnLastPort(options, core.dataDir);
  for (const [id, sim] of core.simulators) console.log(`Embedded simulator for "${id}": ${sim.endpointUrl}`);
  for (const s of core.service.getConnections()) console.log(`Endpoint "${s.endpointId}": ${s.state}${s.error ? ` — ${s.error}` : ""}`);
  for (const notice of core.service.getSite().notices) console.warn(`Notice: ${notice}`);
  console.log(`Data: ${core.dataDir}`);
  console.log(
    token.source === "environment"
      ? "Token: from CCR_HOST_TOKEN"
      : token.source === "file"
        ? `Token: kept in ${token.file} (open pages reconnect; --new-token to refuse them)`
        : `Token: new, kept in ${token.file}`,
  );
  console.log(`City Control Room (host mode) is ready: ${host.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await core.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

/** The port of the last run with this data folder, so open pages find the host again; a free one if it is taken. */
async function startOnLastPort(options: HostOptions, dataDir: string): Promise<RunningHost> {
  const last = rememberedPort(dataDir);
  let host: RunningHost;
  try {
    host = await startHost({ ...options, port: last ?? 0 });
  } catch (err) {
    if (last === null || (err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    console.warn(`Port ${last} (used last time) is taken; pages opened before will not find this host.`);
    host = await startHost({ ...options, port: 0 });
  }
  rememberPort(dataDir, host.port);
  return host;
}

main().catch((err) => {
  console.error(err instanceof SiteConfigError ? err.message : `City Control Room could not start: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
