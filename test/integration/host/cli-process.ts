/** `main/host/cli.ts` as a real child process: waits for the URL it prints, stops it by its own process group. */
import { spawn } from "node:child_process";

export interface CliRun {
  url: URL;
  output: string;
  stop(): Promise<void>;
}

export async function runHostCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ["--import", "tsx", "main/host/cli.ts", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends it and nothing else
    env: { ...process.env, CCR_HOST_TOKEN: undefined, ...env },
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host CLI did not print its URL in 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /is ready: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(new URL(m[1]!));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`host CLI exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    url,
    get output() {
      return output;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    },
  };
}
