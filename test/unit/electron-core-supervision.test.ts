// Core supervision: restart with backoff, tell windows, reload them when back, give up and ask.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_POLICY,
  coreAvailable,
  initialState,
  restartDelay,
  supervise,
  type SupervisorEvent,
  type SupervisorState,
} from "../../main/electron/core-supervision";

const MINUTE = 60_000;

function run(events: SupervisorEvent[], state: SupervisorState = initialState()) {
  const effects = [];
  for (const event of events) {
    const step = supervise(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

describe("restartDelay", () => {
  it("starts at half a second and doubles up to 30 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 100].map((n) => restartDelay(n))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});

describe("supervise", () => {
  it("a first start that becomes ready reloads nothing", () => {
    const { state, effects } = run([{ type: "ready", at: 1000 }]);
    expect(state.phase).toBe("running");
    expect(effects).toEqual([]);
    expect(coreAvailable(state)).toBe(true);
  });

  it("an unexpected exit tells every window why and schedules a restart", () => {
    const { state, effects } = run([
      { type: "ready", at: 0 },
      { type: "exited", at: 5000, code: 1, message: "database is locked" },
    ]);
    expect(state.phase).toBe("restarting");
    expect(coreAvailable(state)).toBe(false);
    expect(effects).toEqual([
      { type: "tell-windows-lost", reason: "The control-room core stopped (exit code 1): database is locked" },
      { type: "schedule-restart", delayMs: 500 },
    ]);
  });

  it("respawns when the delay is over, and reloads the windows once the new core is ready", () => {
    const { state, effects } = run([
      { type: "ready", at: 0 },
      { type: "exited", at: 5000, code: null },
      { type: "restart-due" },
      { type: "ready", at: 7000 },
    ]);
    expect(state.phase).toBe("running");
    expect(effects.map((e) => e.type)).toEqual(["tell-windows-lost", "schedule-restart", "spawn", "reload-windows"]);
  });

  it("backs off while failures come quickly, then gives up and asks a person", () => {
    const events: SupervisorEvent[] = [];
    for (let i = 0; i <= DEFAULT_POLICY.maxQuickFailures; i++) {
      events.push({ type: "exited", at: i * 100, code: 1, message: "endpoint nis-water has no URL" });
      events.push({ type: "restart-due" });
    }
    const { state, effects } = run(events);
    const delays = effects.flatMap((e) => (e.type === "schedule-restart" ? [e.delayMs] : []));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(state.phase).toBe("given-up");
    expect(effects.filter((e) => e.type === "spawn")).toHaveLength(DEFAULT_POLICY.maxQuickFailures);
    expect(effects.at(-1)).toEqual({
      type: "ask-person",
      failures: DEFAULT_POLICY.maxQuickFailures + 1,
      reason: "The control-room core stopped (exit code 1): endpoint nis-water has no URL",
    });
    // nothing more happens by itself
    expect(supervise(state, { type: "restart-due" }).effects).toEqual([]);
  });

  it("counts afresh after the core ran stably for a minute", () => {
    const { state, effects } = run([
      { type: "exited", at: 0, code: 1 },
      { type: "restart-due" },
      { type: "exited", at: 100, code: 1 },
      { type: "restart-due" },
      { type: "ready", at: 1000 },
      { type: "exited", at: 1000 + MINUTE, code: 1 },
    ]);
    const delays = effects.flatMap((e) => (e.type === "schedule-restart" ? [e.delayMs] : []));
    expect(delays).toEqual([500, 1000, 500]);
    expect(state).toMatchObject({ phase: "restarting", quickFailures: 1 });
  });

  it("a core that dies within the minute keeps the count going", () => {
    const { effects } = run([
      { type: "exited", at: 0, code: 1 },
      { type: "restart-due" },
      { type: "ready", at: 1000 },
      { type: "exited", at: 1000 + MINUTE - 1, code: 1 },
    ]);
    expect(effects.flatMap((e) => (e.type === "schedule-restart" ? [e.delayMs] : []))).toEqual([500, 1000]);
  });

  it("a person's retry after giving up starts again from the first delay", () => {
    const given: SupervisorState = { phase: "given-up", quickFailures: 6, reason: "x" };
    const { state, effects } = run([{ type: "retry" }, { type: "exited", at: 0, code: 1 }], given);
    expect(effects.map((e) => e.type)).toEqual(["spawn", "tell-windows-lost", "schedule-restart"]);
    expect(effects[2]).toEqual({ type: "schedule-restart", delayMs: 500 });
    expect(state.phase).toBe("restarting");
  });

  it("an exit while the app quits is expected: no restart, no message", () => {
    const { state, effects } = run([{ type: "ready", at: 0 }, { type: "stop" }, { type: "exited", at: 10, code: 0 }, { type: "restart-due" }]);
    expect(state.phase).toBe("stopping");
    expect(effects).toEqual([]);
  });

  it("a pending restart is cancelled by quitting", () => {
    const { state, effects } = run([{ type: "exited", at: 0, code: 1 }, { type: "stop" }, { type: "restart-due" }]);
    expect(state.phase).toBe("stopping");
    expect(effects.map((e) => e.type)).toEqual(["tell-windows-lost", "schedule-restart"]);
  });
});
