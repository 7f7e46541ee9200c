/** The longest event-loop stall on this thread while `run` works, in ms. */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

/** Node's delay histogram and a 5 ms interval's longest gap, whichever saw more. */
export async function longestStall(run: () => unknown): Promise<number> {
  let last = performance.now();
  let gap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 5);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await sleep(20);
  await run();
  // A stall shows only once the late timer fires.
  await sleep(30);
  histogram.disable();
  clearInterval(ticker);
  return Math.max(histogram.max / 1e6, gap);
}
