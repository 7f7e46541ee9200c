/**
 * Politeness towards a tile server: request starts at least 1/rate apart, and a server that
 * says "slow down" (429 or 503 with Retry-After) is waited for before anything else is asked.
 * Sleeps end early on abort, so cancel is immediate even in the middle of a long Retry-After.
 */

/** Longest Retry-After we honour before giving up on the server for this download. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

export class Aborted extends Error {
  constructor() {
    super("cancelled");
    this.name = "Aborted";
  }
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Aborted());
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Aborted());
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Retry-After as seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

export class RequestPacer {
  private nextStart = 0;

  constructor(
    private readonly requestsPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(requestsPerSecond > 0)) throw new Error("requestsPerSecond must be above 0");
  }

  private get interval(): number {
    return 1000 / this.requestsPerSecond;
  }

  /** Waits for the next slot and takes it. */
  async take(signal: AbortSignal): Promise<void> {
    const wait = this.nextStart - this.now();
    if (wait > 0) await sleep(wait, signal);
    this.nextStart = Math.max(this.now(), this.nextStart) + this.interval;
  }

  /** The server asked for a pause: nothing starts before it ends. */
  holdFor(ms: number): void {
    this.nextStart = Math.max(this.nextStart, this.now() + ms);
  }
}
