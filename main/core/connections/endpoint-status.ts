/**
 * One endpoint's status as the windows see it, kept in one place so its rules hold whoever
 * changes it: a status goes out only when something in it changed, and `since` says when the
 * endpoint got into its present condition, not when the last retry began (an endpoint refused
 * every 30 s since 10:15 reads "since 10:15", however often it tried).
 */
import type { ConnectionState, EndpointSecurity, EndpointStatus } from "../../../contract/api";
import type { Described } from "./endpoint-problem";

/** What changes with the reconnection rather than with the state. */
export type StatusExtras = Partial<Pick<EndpointStatus, "attempts" | "nextAttemptAt" | "server" | "lastConnectedAt">>;

/** Trying again after a failure (connecting with the trouble still shown, then refused again) is one condition. */
function condition(s: Pick<EndpointStatus, "state" | "problem">): string {
  if ((s.state === "connecting" || s.state === "error") && s.problem) return `trouble:${s.problem.kind}`;
  return s.state;
}

export class EndpointStatusKeeper {
  private status: EndpointStatus;

  constructor(
    base: { endpointId: EndpointStatus["endpointId"]; url: string; security: EndpointSecurity },
    private readonly emit: (status: EndpointStatus) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.status = {
      ...base,
      state: "connecting",
      error: null,
      problem: null,
      since: now(),
      server: null,
      attempts: 0,
      nextAttemptAt: null,
      lastConnectedAt: null,
    };
  }

  get(): EndpointStatus {
    return this.status;
  }

  /** The current trouble, kept while a new attempt is under way. */
  trouble(): Described | null {
    const { error, problem } = this.status;
    return error ? { error, problem: problem ?? { kind: "other", code: null } } : null;
  }

  /** `trouble` null: nothing wrong; the sentence and the problem are always set together. */
  set(state: ConnectionState, trouble: Described | null, extras: StatusExtras = {}): void {
    const next: EndpointStatus = { ...this.status, ...extras, state, error: trouble?.error ?? null, problem: trouble?.problem ?? null };
    if (condition(next) !== condition(this.status)) next.since = this.now();
    this.publish(next);
  }

  /** Changes only the reconnection's figures (a back-off step), the state stays. */
  update(extras: StatusExtras): void {
    this.publish({ ...this.status, ...extras });
  }

  private publish(next: EndpointStatus): void {
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    this.emit(next);
  }
}

/** What the runtime adds to its connection's status: the refresh under way, the redundant set. */
export interface StatusOverlay {
  /** Connected and waiting for the ConditionRefresh to end. */
  refreshing: boolean;
  redundancy?: EndpointStatus["redundancy"];
}

/**
 * The status the windows see of an endpoint whose session may move between servers and whose
 * alarms are refreshed after each connect: "connected" reads "refreshing" until the refresh
 * ends, `since` says when each of the two began, and the last good connection is remembered
 * across a switchover. Goes out only when something in it changed.
 */
export class PresentedStatus {
  private last: EndpointStatus | null = null;
  private lastConnectedAt: number | null = null;

  constructor(
    private readonly emit: (status: EndpointStatus) => void,
    private readonly now: () => number = Date.now,
  ) {}

  present(base: EndpointStatus, overlay: StatusOverlay): EndpointStatus {
    const state = base.state === "connected" && overlay.refreshing ? "refreshing" : base.state;
    const previous = this.last?.state;
    let since = base.since;
    if (state === "refreshing" || (state === "connected" && previous === "connected")) since = previous === state ? this.last!.since : this.now();
    else if (state === "connected" && previous === "refreshing") since = this.now();
    this.lastConnectedAt = Math.max(base.lastConnectedAt ?? 0, this.lastConnectedAt ?? 0) || null;
    const next: EndpointStatus = { ...base, state, since, lastConnectedAt: this.lastConnectedAt };
    if (overlay.redundancy !== undefined) next.redundancy = overlay.redundancy;
    if (JSON.stringify(next) !== JSON.stringify(this.last)) {
      this.last = next;
      this.emit(next);
    }
    return this.last!;
  }

  get(): EndpointStatus | null {
    return this.last;
  }
}
