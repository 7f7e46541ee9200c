/** What an ingest client process reports for a measuring window: its own CPU, notifications, memory. */
export interface WindowFigures {
  cpuS: number;
  notifications: number;
  seconds: number;
  rssMB: number;
}

/** Measures CPU seconds (user + system) and notifications of this process over `ms`. */
export async function measureWindow(ms: number, count: () => number): Promise<WindowFigures> {
  global.gc?.();
  const cpu0 = process.cpuUsage();
  const n0 = count();
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  return { cpuS: (cpu.user + cpu.system) / 1e6, notifications: count() - n0, seconds, rssMB: process.memoryUsage().rss / 1e6 };
}
