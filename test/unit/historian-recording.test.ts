/**
 * Recording: notifications are only buffered, and written as one transaction per interval
 * through the store worker, so a second of 100k changes keeps the core's event loop turning (the
 * same bound and witnesses as store-event-loop.test.ts). Also the gap arithmetic.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { endpointId, tagId } from "../../contract/ids";
import { HistorianService } from "../../main/core/history/historian-service";
import { uncovered } from "../../main/core/history/spans";
import { DEFAULT_HISTORY_RETENTION } from "../../main/core/store/historian-retention";
import type { HistorianRepository } from "../../main/core/store/historian-repository";
import { openStore, type Store } from "../../main/core/store/store";

const BOUND_MS = 250;
let dir: string;
let store: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-hist-rec-"));
  store = await openStore({ file: path.join(dir, "s.sqlite") });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The real repository, counting the transactions the historian asks for. */
function counted(repo: HistorianRepository) {
  const calls = { write: 0, stage: 0 };
  const wrapped: HistorianRepository = {
    ...repo,
    write: (flush, batch) => (calls.write++, repo.write(flush, batch)),
    stage: (flush, rows) => (calls.stage++, repo.stage(flush, rows)),
  };
  return { wrapped, calls };
}

describe("recording", () => {
  it("writes 100k notifications of a second in one transaction without stalling the event loop", async () => {
    const { wrapped, calls } = counted(store.historian);
    const historian = new HistorianService({ store: wrapped, retention: DEFAULT_HISTORY_RETENTION, serviceOf: () => "water", failed: (e) => { throw e; } });
    const t0 = Date.now() - 1000;
    historian.onConnection({ endpointId: endpointId("nis-field"), state: "connected" }, t0);
    const ids = Array.from({ length: 10_000 }, (_, i) => tagId("nis-field", `ns=1;s=tag.${i}`));
    for (let k = 0; k < 10; k++) {
      for (const id of ids) historian.record({ id, value: k + 0.5, quality: "good", sourceTime: t0 + k * 100, stale: false });
    }
    // Stale values are the last known ones coming back, not changes: never recorded.
    historian.record({ id: ids[0]!, value: 99, quality: "good", sourceTime: t0 + 5, stale: true });
    expect(calls.write + calls.stage).toBe(0);

    let ticks = 0;
    let last = performance.now();
    let gap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
      ticks++;
    }, 5);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    await historian.flush();
    const elapsed = performance.now() - started;
    await new Promise((r) => setTimeout(r, 30));
    delay.disable();
    clearInterval(ticker);

    expect(calls.write).toBe(1);
    expect(historian.written).toBe(100_000);
    expect(Math.max(delay.max / 1e6, gap)).toBeLessThan(BOUND_MS);
    expect(ticks).toBeGreaterThan(Math.min(10, elapsed / 50));
    const id = ids[1234]!;
    expect((await store.historian.raw({ tagId: id, from: t0, to: t0 + 1000, limit: 100 })).map((r) => r.v)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5]);
    // The endpoint was being recorded from its connection until the flush.
    const known = await store.historian.known({ tagId: id, endpointId: endpointId("nis-field"), from: t0, to: Date.now() });
    expect(known.cover).toEqual([{ start: t0, end: expect.any(Number) }]);
    expect(known.cover[0]!.end).toBeGreaterThanOrEqual(t0 + 1000);
    await historian.stop();
  });
});

describe("gaps", () => {
  it("finds the parts of a range no span covers, ignoring short holes", () => {
    const spans = [
      { start: 50, end: 60 },
      { start: 10, end: 20 },
      { start: 15, end: 30 },
      { start: 61, end: 62 },
    ];
    expect(uncovered(0, 100, spans)).toEqual([
      { start: 0, end: 10 },
      { start: 30, end: 50 },
      { start: 60, end: 61 },
      { start: 62, end: 100 },
    ]);
    expect(uncovered(0, 100, spans, 5)).toEqual([
      { start: 0, end: 10 },
      { start: 30, end: 50 },
      { start: 62, end: 100 },
    ]);
    expect(uncovered(12, 28, spans)).toEqual([]);
    expect(uncovered(0, 100, [])).toEqual([{ start: 0, end: 100 }]);
  });
});
