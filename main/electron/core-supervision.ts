/**
 * When the core's utility process dies, the main process restarts it with backoff, tells the
 * windows, and reloads them once the new core is up; after too many quick failures in a row it
 * gives up and asks a person. This file is the decision; main.ts carries out the effects.
 */
export interface SupervisionPolicy {
  /** First restart delay; each quick failure in a row doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A core that served this long counts as healthy: its death starts the count afresh. */
  stableAfterMs: number;
  /** Quick failures in a row tolerated; one more and we give up. */
  maxQuickFailures: number;
}

export const DEFAULT_POLICY: SupervisionPolicy = {
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  stableAfterMs: 60_000,
  maxQuickFailures: 5,
};

/** Delay before restart number `attempt` (0 = the first restart after a healthy run). */
export function restartDelay(attempt: number, policy: SupervisionPolicy = DEFAULT_POLICY): number {
  const n = Math.max(0, Math.floor(attempt));
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(n, 30));
}

export type SupervisorState =
  /** Forked, not yet serving. `restarted`: windows hold ports to a dead core and need a reload. */
  | { phase: "starting"; quickFailures: number; restarted: boolean }
  | { phase: "running"; quickFailures: number; readyAt: number }
  | { phase: "restarting"; quickFailures: number; delayMs: number; reason: string }
  | { phase: "given-up"; quickFailures: number; reason: string }
  /** The app is quitting: an exit now is expected. */
  | { phase: "stopping" };

export type SupervisorEvent =
  | { type: "ready"; at: number }
  | { type: "exited"; at: number; code: number | null; message?: string | null }
  | { type: "restart-due" }
  | { type: "retry" }
  | { type: "stop" };

export type SupervisorEffect =
  | { type: "spawn" }
  | { type: "tell-windows-lost"; reason: string }
  | { type: "schedule-restart"; delayMs: number }
  | { type: "reload-windows" }
  | { type: "ask-person"; reason: string; failures: number };

export interface Step {
  state: SupervisorState;
  effects: SupervisorEffect[];
}

/** The first state; main.ts spawns the core right away. */
export function initialState(): SupervisorState {
  return { phase: "starting", quickFailures: 0, restarted: false };
}

export function exitReason(code: number | null, message?: string | null): string {
  const how = code === null ? "stopped" : `stopped (exit code ${code})`;
  return message ? `The control-room core ${how}: ${message}` : `The control-room core ${how}.`;
}

export function supervise(state: SupervisorState, event: SupervisorEvent, policy: SupervisionPolicy = DEFAULT_POLICY): Step {
  const stay: Step = { state, effects: [] };
  if (event.type === "stop") return { state: { phase: "stopping" }, effects: [] };
  if (state.phase === "stopping") return stay;

  switch (event.type) {
    case "ready":
      if (state.phase !== "starting") return stay;
      return {
        state: { phase: "running", quickFailures: state.quickFailures, readyAt: event.at },
        effects: state.restarted ? [{ type: "reload-windows" }] : [],
      };

    case "exited": {
      if (state.phase !== "starting" && state.phase !== "running") return stay;
      const healthy = state.phase === "running" && event.at - state.readyAt >= policy.stableAfterMs;
      const quickFailures = (healthy ? 0 : state.quickFailures) + 1;
      const reason = exitReason(event.code, event.message);
      const lost: SupervisorEffect = { type: "tell-windows-lost", reason };
      if (quickFailures > policy.maxQuickFailures) {
        return {
          state: { phase: "given-up", quickFailures, reason },
          effects: [lost, { type: "ask-person", reason, failures: quickFailures }],
        };
      }
      const delayMs = restartDelay(quickFailures - 1, policy);
      return {
        state: { phase: "restarting", quickFailures, delayMs, reason },
        effects: [lost, { type: "schedule-restart", delayMs }],
      };
    }

    case "restart-due":
      if (state.phase !== "restarting") return stay;
      return { state: { phase: "starting", quickFailures: state.quickFailures, restarted: true }, effects: [{ type: "spawn" }] };

    case "retry":
      if (state.phase !== "given-up") return stay;
      return { state: { phase: "starting", quickFailures: 0, restarted: true }, effects: [{ type: "spawn" }] };
  }
}

/** Whether a window asking for a port now can be given one (a core process exists). */
export function coreAvailable(state: SupervisorState): boolean {
  return state.phase === "starting" || state.phase === "running";
}
