/**
 * `npm run serve`: the core, the embedded Niš simulator and host mode in one Node process.
 * Prints the URL to open in a browser (loopback only, with its token).
 *   --site FILE      site config (default resources/sites/nis.json)
 *   --data DIR       store and PKI folder (default $CCR_DATA_DIR or ~/.local/share/city-control-room)
 *   --port N         HTTP port (default: a free one)
 *   --new-token      make a new token, so every page opened with the old one is refused
 *   --renderer DIR   the built renderer (default dist/renderer)
 * The token is kept in DIR/host-token (owner-only), so a restarted host accepts the pages that
 * were open and they reconnect by themselves; CCR_HOST_TOKEN fixes it instead (not written).
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bootCore } from "../core/boot";
import { SiteConfigError } from "../core/sites/site-config";
import { startHost } from "./host-server";
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
    },
  });
  const core = await bootCore({ siteFile: values.site, dataDir: values.data, waitForConnectionMs: 15_000 });
  const token = hostToken({ dataDir: core.dataDir, fromEnv: process.env.CCR_HOST_TOKEN || undefined, renew: values["new-token"] });
  const host = await startHost({
    service: core.service,
    rendererDir: values.renderer ?? RENDERER_DIR,
    port: values.port ? Number(values.port) : 0,
    tileUrl: core.site.tileUrl,
    token: token.token,
  });
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

main().catch((err) => {
  console.error(err instanceof SiteConfigError ? err.message : `City Control Room could not start: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
