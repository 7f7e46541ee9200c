/** Runs `main/host/cli.ts` as a real child process and waits for the URL it prints. */
import { spawn, type ChildProcess } from "node:child_process";

export interface HostProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  kill(): Promise<void>;
}

export async function startHostProcess(args: string[], env: Record<string, string> = {}): Promise<HostProcess> {
  const child = spawn("npx", ["tsx", "main/host/cli.ts", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: { ...process.env, ...env },
  });
  let output = "";
  const killGroup = () => {
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const url = await new Promise<string>((resolve, reject) => {
    // A host that never got ready is stopped, not left running behind the failed test.
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`host mode did not print its URL in 120 s:\n${output}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /is ready: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`host mode exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return; // the group is already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    },
  };
}
