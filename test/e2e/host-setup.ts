/**
 * Starts host mode (embedded simulator, core, a fresh SQLite file in a temp folder) as a real
 * child process and hands its printed URL to the tests.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startHostProcess } from "./host-process";

/**
 * One file per Playwright run (the config names the run before workers start, and they inherit
 * it), so two runs on one machine never visit each other's host.
 */
export const HOST_URL_FILE = path.resolve("test-results", `e2e-host-url-${process.env.CCR_E2E_RUN ?? "default"}.txt`);

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-"));
  // CCR_E2E_SITE runs the specs against another site file (the default Niš site otherwise).
  const site = process.env.CCR_E2E_SITE ? ["--site", process.env.CCR_E2E_SITE] : [];
  const host = await startHostProcess(["--data", dataDir, ...site]);
  fs.mkdirSync(path.dirname(HOST_URL_FILE), { recursive: true });
  fs.writeFileSync(HOST_URL_FILE, host.url);
  return async () => {
    await host.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
