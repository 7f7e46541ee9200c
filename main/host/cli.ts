/**
 * `npm run serve`: the core, the embedded Niš simulator and host mode in one Node process.
 * Prints the URL to open in a browser (loopback only, with its token).
 *   --site FILE   site config (default resources/sites/nis.json)
 *   --data DIR    store and PKI folder (default $CCR_DATA_DIR or ~/.local/share/city-control-room)
 *   --port N      HTTP port (default: a free one)
 * CCR_HOST_TOKEN fixes the token (so a restarted host on the same port keeps open pages working);
 * by default a new random one is made at each start.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bootCore } from "../core/boot";
import { SiteConfigError } from "../core/sites/site-config";
import { startHost } from "./host-server";

const RENDERER_DIR = fileURLToPath(new URL("../../dist/renderer", import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: "string" }, data: { type: "string" }, port: { type: "string" } },
  });
  const core = await bootCore({ siteFile: values.site, dataDir: values.data, waitForConnectionMs: 15_000 });
  const host = await startHost({
    service: core.service,
    rendererDir: RENDERER_DIR,
    port: values.port ? Number(values.port) : 0,
    tileUrl: core.site.tileUrl,
    token: process.env.CCR_HOST_TOKEN || undefined,
  });
  for (const [id, sim] of core.simulators) console.log(`Embedded simulator for "${id}": ${sim.endpointUrl}`);
  for (const s of core.service.getConnections()) console.log(`Endpoint "${s.endpointId}": ${s.state}${s.error ? ` — ${s.error}` : ""}`);
  for (const notice of core.service.getSite().notices) console.warn(`Notice: ${notice}`);
  console.log(`Data: ${core.dataDir}`);
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

main().catch((err) => {
  console.error(err instanceof SiteConfigError ? err.message : `City Control Room could not start: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
