/**
 * Hot-path benchmarks of the core, each as a ratio against a baseline measured in the same run
 * on the same machine:
 * - tag cache + per-window batcher vs a bare Map.set loop (what the OPC UA callback costs us);
 * - last-value persistence of 100k tags in one transaction vs one autocommit statement per row;
 * - memory held per cached tag.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tagId, type TagValue } from "../../contract/api";
import { LastValueSql } from "../../main/core/store/last-value-repository";
import { openDatabase } from "../../main/core/store/open-database";
import { TagCache } from "../../main/core/values/tag-cache";
import { WindowBatcher } from "../../main/core/values/window-batcher";

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  note: string;
}

function rate(n: number, run: () => void): number {
  const t0 = process.hrtime.bigint();
  run();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return n / s;
}

const TAGS = 100_000;
const ids = Array.from({ length: TAGS }, (_, i) => tagId("nis-field", `ns=1;s=tag.${i}`));
const value = (i: number, round: number): TagValue => ({ id: ids[i]!, value: round + i * 0.001, quality: "good", sourceTime: round, stale: false });

export function benchCacheThroughput(): BenchLine {
  const rounds = 10;
  const n = TAGS * rounds;
  const plain = new Map<string, TagValue>();
  const baseline = rate(n, () => {
    for (let r = 0; r < rounds; r++) for (let i = 0; i < TAGS; i++) plain.set(ids[i]!, value(i, r));
  });
  const cache = new TagCache();
  let flushed = 0;
  const windows = [0, 1, 2].map(() => new WindowBatcher((b) => (flushed += b.length)));
  // Each of three windows watches 1,000 tags, as a value panel or trend would.
  windows.forEach((w, k) => {
    for (let i = k * 1000; i < (k + 1) * 1000; i++) cache.watch(ids[i]!, w);
  });
  const measured = rate(n, () => {
    for (let r = 0; r < rounds; r++) for (let i = 0; i < TAGS; i++) cache.set(value(i, r));
  });
  windows.forEach((w) => w.dispose());
  void flushed;
  return {
    name: "tag cache notifications/s (100k tags, 3 windows × 1k watched)",
    value: measured,
    unit: "notifications/s",
    baseline,
    ratio: measured / baseline,
    note: "baseline: bare Map.set of the same values",
  };
}

export function benchPersistence(): BenchLine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-bench-"));
  try {
    // The worker's own SQL, on this thread, so the figure is SQLite's and not the message copy's.
    const { db } = openDatabase({ file: path.join(dir, "bench.sqlite") });
    const store = new LastValueSql(db);
    const values = ids.map((_, i) => value(i, 1));
    const measured = rate(TAGS, () => store.write(null, values));
    // Baseline: the naive way, one autocommit (one fsync with synchronous=FULL) per row; 500 rows are enough to measure it.
    const stmt = db.prepare("INSERT OR REPLACE INTO tag_last (tag_id, value, quality, source_time, stored_at) VALUES (?,?,?,?,?)");
    const baseline = rate(500, () => {
      for (let i = 0; i < 500; i++) stmt.run(ids[i], "1", "good", 1, 1);
    });
    db.close();
    return {
      name: "last-value persistence rows/s (100k tags, one transaction per flush)",
      value: measured,
      unit: "rows/s",
      baseline,
      ratio: measured / baseline,
      note: "baseline: one autocommit statement per row (WAL, synchronous FULL)",
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function benchCacheMemory(): BenchLine {
  const heap = () => {
    global.gc?.();
    return process.memoryUsage().heapUsed;
  };
  // Both structures stay referenced until the end, so the second measure does not see the first freed.
  const b0 = heap();
  const baselineMap = new Map<string, TagValue>();
  for (let i = 0; i < TAGS; i++) baselineMap.set(ids[i]!, value(i, 1));
  const basePerTag = (heap() - b0) / TAGS;
  const c0 = heap();
  const cache = new TagCache();
  for (let i = 0; i < TAGS; i++) cache.set(value(i, 1));
  cache.takeDirty();
  const perTag = (heap() - c0) / TAGS;
  const kept = baselineMap.size + (cache.get(ids[0]!) ? 1 : 0);
  return {
    name: "tag cache heap bytes per tag (100k tags)",
    value: perTag,
    unit: "bytes/tag",
    baseline: basePerTag,
    ratio: perTag / basePerTag,
    note: `baseline: a bare Map of the same values${global.gc ? "" : " (run without --expose-gc: rough)"}; ${kept} entries held`,
  };
}
