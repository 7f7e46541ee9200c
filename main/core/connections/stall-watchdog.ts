/**
 * Notices a stalled link: the TCP connection stays open but nothing comes back. A server with a
 * live subscription answers at least once per keep-alive period (a publish response, empty if
 * need be), so silence for two periods means the link or the server is stuck. node-opcua only
 * notices when its socket has been idle for half the transport timeout (30 s by default) or a
 * request times out (15 s), while frozen values would still show as live.
 *
 * Plain code with its clock and timers injected, so its rules are tested without a network.
 */

export interface Stall {
  /** How long nothing came from the server, ms. */
  silentMs: number;
  /** The keep-alive period the server promised, ms. */
  keepAliveMs: number;
  /** When the last message from the server arrived, ms since epoch. */
  lastHeardAt: number;
}

export interface StallWatchdogOptions {
  /** The keep-alive period now in force, ms; null while nothing promises regular answers (no subscription yet). */
  keepAliveMs(): number | null;
  onStall(stall: Stall): void;
  now?: () => number;
  /** Timers, replaceable in tests. */
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  /** Runs `fn` after pending I/O has been read (Node's setImmediate). */
  afterIo?: (fn: () => void) => void;
}

/** Periods of silence that make a stall: one missed keep-alive may be a slow server, two are not. */
export const STALL_PERIODS = 2;
/** How often to look again while no keep-alive period is known yet. */
const IDLE_CHECK_MS = 1000;

export class StallWatchdog {
  private lastHeard: number;
  private timer: unknown = null;
  private running = false;
  private readonly now: () => number;
  private readonly schedule: (fn: () => void, ms: number) => unknown;
  private readonly cancel: (handle: unknown) => void;
  private readonly afterIo: (fn: () => void) => void;

  constructor(private readonly options: StallWatchdogOptions) {
    this.now = options.now ?? Date.now;
    this.schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    this.cancel = options.cancel ?? ((h) => clearTimeout(h as NodeJS.Timeout));
    this.afterIo = options.afterIo ?? ((fn) => setImmediate(fn));
    this.lastHeard = this.now();
  }

  /** Something came from the server. Called per received chunk: it only notes the time. */
  heard(): void {
    this.lastHeard = this.now();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.lastHeard = this.now();
    this.arm();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) this.cancel(this.timer);
    this.timer = null;
  }

  /** The next look is due when the silence would reach the limit, not on a fixed beat. */
  private arm(): void {
    if (!this.running) return;
    const period = this.options.keepAliveMs();
    const wait = period === null ? IDLE_CHECK_MS : Math.max(1, this.lastHeard + STALL_PERIODS * period - this.now());
    this.timer = this.schedule(() => this.check(), wait);
  }

  private check(): void {
    this.timer = null;
    if (!this.running) return;
    const period = this.options.keepAliveMs();
    // Nothing promised regular answers until now: the silence so far does not count.
    if (period === null) this.lastHeard = this.now();
    else if (this.now() - this.lastHeard >= STALL_PERIODS * period) {
      // Timers run before pending socket reads: after a busy event loop the answers may be
      // waiting unread. Look again once they are in.
      this.afterIo(() => this.confirm(period));
      return;
    }
    this.arm();
  }

  private confirm(period: number): void {
    if (!this.running) return;
    const silentMs = this.now() - this.lastHeard;
    if (silentMs < STALL_PERIODS * period) return this.arm();
    this.running = false;
    this.options.onStall({ silentMs, keepAliveMs: period, lastHeardAt: this.lastHeard });
  }
}
