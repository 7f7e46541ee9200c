/**
 * The historian's aggregate maths on hand-made samples with known answers, then the same
 * figures through the real store worker: batches split anywhere, and a sample written twice,
 * give the answer of one pass over the samples.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tagId } from "../../contract/ids";
import { aggregate, HOUR_MS, meanOf, mergeBuckets, MINUTE_MS, type Sample } from "../../main/core/store/historian-aggregates";
import type { HistoryRow } from "../../main/core/store/historian-repository";
import { openStore } from "../../main/core/store/store";

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0);
const samples: Sample[] = [
  { tag: 1, t: T0, v: 1, q: 0 },
  { tag: 1, t: T0 + 30_000, v: 3, q: 1 },
  { tag: 1, t: T0 + 59_999, v: true, q: 0 },
  { tag: 1, t: T0 + 60_000, v: 10, q: 0 },
  { tag: 1, t: T0 + 61_000, v: "Servis", q: 0 },
  { tag: 1, t: T0 + 62_000, v: 500, q: 2 },
  { tag: 1, t: T0 + 63_000, v: null, q: 0 },
  { tag: 2, t: T0 + 1_000, v: -4.5, q: 0 },
];

describe("aggregate maths", () => {
  it("gives count, min, max, simple mean and first/last time per minute and hour", () => {
    const minutes = aggregate(samples, MINUTE_MS);
    const m0 = minutes.find((b) => b.tag === 1 && b.bucket === T0)!;
    // 1, 3 and true (1): a boolean counts as 0 or 1.
    expect(m0).toEqual({ tag: 1, bucket: T0, count: 3, num: 3, min: 1, max: 3, sum: 5, firstT: T0, lastT: T0 + 59_999 });
    expect(meanOf(m0)).toBeCloseTo(5 / 3, 12);
    // Text, a bad-quality 500 and null are counted, but stay out of min, max and mean.
    const m1 = minutes.find((b) => b.tag === 1 && b.bucket === T0 + MINUTE_MS)!;
    expect(m1).toEqual({ tag: 1, bucket: T0 + MINUTE_MS, count: 4, num: 1, min: 10, max: 10, sum: 10, firstT: T0 + 60_000, lastT: T0 + 63_000 });
    expect(minutes).toHaveLength(3);

    const [h1, h2] = aggregate(samples, HOUR_MS);
    expect(h1).toEqual({ tag: 1, bucket: T0, count: 7, num: 4, min: 1, max: 10, sum: 15, firstT: T0, lastT: T0 + 63_000 });
    expect(meanOf(h1!)).toBe(3.75);
    expect(h2).toMatchObject({ tag: 2, count: 1, min: -4.5, max: -4.5, sum: -4.5 });
    expect(meanOf({ num: 0, sum: 0 })).toBeNull();
  });

  it("merges partial buckets to the figures of one pass, whatever the split and order", () => {
    const whole = aggregate(samples, HOUR_MS)[0]!;
    const only1 = samples.filter((s) => s.tag === 1);
    for (let cut = 1; cut < only1.length; cut++) {
      const [a] = aggregate(only1.slice(cut), HOUR_MS);
      const [b] = aggregate(only1.slice(0, cut).reverse(), HOUR_MS);
      expect(mergeBuckets(a!, b!)).toEqual(whole);
    }
  });
});

describe("aggregates through the store", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it("writes raw rows and folds them into minute and hour rows once, even when a batch repeats a sample", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-hist-agg-"));
    dirs.push(dir);
    const store = await openStore({ file: path.join(dir, "s.sqlite") });
    const id = tagId("nis-field", "ns=1;s=Pump.Pressure");
    const rows: HistoryRow[] = samples.filter((s) => s.tag === 1).map((s) => [id, s.t, s.v, s.q]);
    try {
      expect(await store.historian.write(null, { rows: rows.slice(0, 4), origin: 0, classes: [[id, "water"]] })).toBe(4);
      // The server's history overlaps: the repeated sample is not new and is not counted again.
      expect(await store.historian.write(null, { rows: rows.slice(3), origin: 1 })).toBe(3);

      const hour = await store.historian.aggregates({ tagId: id, from: T0, to: T0 + HOUR_MS, resolution: "hour", limit: 10 });
      expect(hour).toEqual([{ tag: expect.any(Number), bucket: T0, count: 7, num: 4, min: 1, max: 10, sum: 15, firstT: T0, lastT: T0 + 63_000 }]);
      const minutes = await store.historian.aggregates({ tagId: id, from: T0 + 1, to: T0 + HOUR_MS, resolution: "minute", limit: 10 });
      expect(minutes.map((b) => [b.bucket - T0, b.count, b.num, b.min, b.max, b.sum])).toEqual([
        [0, 3, 3, 1, 3, 5],
        [MINUTE_MS, 4, 1, 10, 10, 10],
      ]);

      const raw = await store.historian.raw({ tagId: id, from: T0, to: T0 + HOUR_MS, limit: 100 });
      // Types come back as written; a value from the server's history says so.
      expect(raw.map((r) => [r.t - T0, r.v, r.q, r.fromServer])).toEqual([
        [0, 1, 0, false],
        [30_000, 3, 1, false],
        [59_999, true, 0, false],
        [60_000, 10, 0, false],
        [61_000, "Servis", 0, true],
        [62_000, 500, 2, true],
        [63_000, null, 0, true],
      ]);
      expect(await store.historian.countRaw({ tagId: id, from: T0 + 30_000, to: T0 + 60_000, cap: 100 })).toBe(3);
      expect(await store.historian.countRaw({ tagId: id, from: T0, to: T0 + HOUR_MS, cap: 5 })).toBe(5);
      expect(await store.historian.raw({ tagId: tagId("nis-field", "ns=1;s=Unknown"), from: 0, to: T0, limit: 10 })).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
