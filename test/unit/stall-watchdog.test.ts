/** The stall rule on a hand-turned clock: silence for two keep-alive periods, no sooner, and not when answers wait unread. */
import { describe, expect, it } from "vitest";
import { StallWatchdog, type Stall } from "../../main/core/connections/stall-watchdog";

/** A clock and timer queue turned by the test; `afterIo` callbacks run when `io()` is called. */
function harness(period: { ms: number | null }) {
  let now = 1_000_000;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let io: (() => void)[] = [];
  let nextId = 1;
  const stalls: Stall[] = [];
  const dog = new StallWatchdog({
    keepAliveMs: () => period.ms,
    onStall: (s) => stalls.push(s),
    now: () => now,
    schedule: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    cancel: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
    afterIo: (fn) => io.push(fn),
  });
  /** Moves the clock on, firing due timers in order; pending I/O callbacks run after each (as Node's setImmediate). */
  const advance = (ms: number, readIo = true) => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > end) break;
      timers.shift();
      now = Math.max(now, due.at);
      due.fn();
      if (readIo) runIo();
    }
    now = end;
  };
  const runIo = () => {
    const pending = io;
    io = [];
    for (const fn of pending) fn();
  };
  return { dog, stalls, advance, heardAfter: (ms: number) => (advance(ms), dog.heard()), lateTimer: (ms: number) => (now += ms), runIo, pendingTimers: () => timers.length };
}

describe("stall watchdog", () => {
  it("declares a stall once nothing came for two keep-alive periods, saying how long and since when", () => {
    const h = harness({ ms: 1000 });
    h.dog.start();
    h.heardAfter(500);
    h.advance(1999);
    expect(h.stalls).toEqual([]);
    h.advance(1);
    expect(h.stalls).toEqual([{ silentMs: 2000, keepAliveMs: 1000, lastHeardAt: 1_000_500 }]);
  });

  it("never fires while answers keep coming once a period", () => {
    const h = harness({ ms: 1000 });
    h.dog.start();
    for (let i = 0; i < 50; i++) h.heardAfter(1000);
    h.advance(1500);
    expect(h.stalls).toEqual([]);
  });

  it("does not count silence while no subscription promises answers, and starts counting once one does", () => {
    const period: { ms: number | null } = { ms: null };
    const h = harness(period);
    h.dog.start();
    h.advance(60_000);
    expect(h.stalls).toEqual([]);
    period.ms = 500;
    h.advance(1000); // the idle look notices the period, then the silence counts from then
    h.advance(1000);
    expect(h.stalls).toHaveLength(1);
    expect(h.stalls[0]!.keepAliveMs).toBe(500);
  });

  it("looks again after pending reads when its timer was late: answers waiting unread are not a stall", () => {
    const h = harness({ ms: 1000 });
    h.dog.start();
    // The event loop was busy: the timer fires late, and an answer sits unread in the socket.
    h.lateTimer(5000);
    h.advance(0, false);
    expect(h.stalls).toEqual([]);
    h.dog.heard(); // the read runs before the confirmation (Node: poll phase before setImmediate)
    h.runIo();
    expect(h.stalls).toEqual([]);
    h.advance(2000);
    expect(h.stalls).toHaveLength(1);
  });

  it("fires once, and not at all after stop", () => {
    const h = harness({ ms: 1000 });
    h.dog.start();
    h.advance(10_000);
    expect(h.stalls).toHaveLength(1);
    expect(h.pendingTimers()).toBe(0);
    const g = harness({ ms: 1000 });
    g.dog.start();
    g.dog.stop();
    g.advance(10_000);
    expect(g.stalls).toEqual([]);
  });
});
