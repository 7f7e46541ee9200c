/**
 * Starts `main/host/cli.ts` (host mode, embedded simulator, core, a fresh SQLite file in a temp
 * folder) as a real child process and hands its printed URL to the tests.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const HOST_URL_FILE = path.resolve("test-results", "e2e-host-url.txt");

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-e2e-"));
  const child = spawn("npx", ["tsx", "main/host/cli.ts", "--data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host mode did not print its URL in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /is ready: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`host mode exited (${code}) before it was ready:\n${output}`)));
  });
  fs.mkdirSync(path.dirname(HOST_URL_FILE), { recursive: true });
  fs.writeFileSync(HOST_URL_FILE, url);
  return async () => {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
