/** Per-window coalescing: a burst of notifications becomes one message per window per flush. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TagValue } from "../../contract/api";
import { TagCache } from "../../main/core/values/tag-cache";
import { FLUSH_MS, WindowBatcher } from "../../main/core/values/window-batcher";
import { T } from "./fixtures/ids";

const v = (id: string, value: number): TagValue => ({ id: T(id), value, quality: "good", sourceTime: value, stale: false });

describe("per-window value batching", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("coalesces a burst per tag into one flush holding each tag's latest value", () => {
    const flushes: TagValue[][] = [];
    const batcher = new WindowBatcher((values) => flushes.push(values));
    for (let round = 0; round < 1000; round++) for (let tag = 0; tag < 10; tag++) batcher.push(v(`ep|t${tag}`, round));
    expect(flushes).toHaveLength(0);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(flushes).toHaveLength(1);
    expect(flushes[0]).toHaveLength(10);
    expect(flushes[0]!.every((x) => x.value === 999)).toBe(true);
  });

  it("flushes at most once per interval however long the burst lasts", () => {
    const flushes: TagValue[][] = [];
    const batcher = new WindowBatcher((values) => flushes.push(values));
    for (let ms = 0; ms < 1000; ms++) {
      batcher.push(v("ep|t", ms));
      vi.advanceTimersByTime(1);
    }
    expect(flushes.length).toBeLessThanOrEqual(1000 / FLUSH_MS);
    expect(flushes.length).toBeGreaterThanOrEqual(1000 / FLUSH_MS - 1);
  });

  it("each window gets only the tags it watches", () => {
    const cache = new TagCache();
    const a: TagValue[][] = [];
    const b: TagValue[][] = [];
    const wa = new WindowBatcher((values) => a.push(values));
    const wb = new WindowBatcher((values) => b.push(values));
    cache.watch(T("ep|pressure"), wa);
    cache.watch(T("ep|flow"), wb);
    cache.watch(T("ep|flow"), wa);
    for (let i = 0; i < 50; i++) {
      cache.set(v("ep|pressure", i));
      cache.set(v("ep|flow", i));
      cache.set(v("ep|unwatched", i));
    }
    vi.advanceTimersByTime(FLUSH_MS);
    expect(a.flat().map((x) => x.id).sort()).toEqual(["ep|flow", "ep|pressure"]);
    expect(b.flat().map((x) => x.id)).toEqual(["ep|flow"]);
  });

  it("marks an endpoint's tags stale by id and tells only their watchers", () => {
    const cache = new TagCache();
    const seen: TagValue[][] = [];
    const w = new WindowBatcher((values) => seen.push(values));
    cache.set(v("a|t1", 1));
    cache.set(v("b|t2", 2));
    cache.watch(T("a|t1"), w);
    expect(cache.markStale([T("a|t1")])).toBe(1);
    expect(cache.get(T("b|t2"))?.stale).toBe(false);
    vi.advanceTimersByTime(FLUSH_MS);
    expect(seen.flat()).toEqual([{ ...v("a|t1", 1), stale: true }]);
  });
});
