/**
 * A bench participant in a child process of its own (node + tsx, IPC channel), so each one's CPU
 * and memory are its own. The child sends { ready } once, then answers { id, cmd } requests.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface BenchChild<Ready> {
  ready: Ready;
  request<T>(cmd: string, args?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
  process: ChildProcess;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export async function startChild<Ready>(file: string, options: unknown, timeoutMs = 600_000): Promise<BenchChild<Ready>> {
  const child = fork(path.join(here, file), [JSON.stringify(options)], {
    // BENCH_CPU_PROF=DIR: a V8 CPU profile of every child (open in Chrome DevTools) to see where the time goes.
    execArgv: ["--import", "tsx", "--expose-gc", ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} was not ready in ${timeoutMs / 1000} s`)), timeoutMs);
    child.on("message", (m: { ready?: Ready; id?: number; result?: unknown; error?: string }) => {
      if (m.ready !== undefined) {
        clearTimeout(timer);
        resolve(m.ready);
        return;
      }
      const p = pending.get(m.id!);
      pending.delete(m.id!);
      if (m.error !== undefined) p?.reject(new Error(`${file}: ${m.error}`));
      else p?.resolve(m.result);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (${code}) before it was ready`));
      for (const p of pending.values()) p.reject(new Error(`${file} exited (${code})`));
    });
  });
  return {
    ready,
    process: child,
    request: <T>(cmd: string, args: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, ...args });
      }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      const id = nextId++;
      child.send({ id, cmd: "stop" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
