/**
 * `npm run bench`: every benchmark, printed as value, baseline and ratio (same run, same machine).
 */
import { benchCacheMemory, benchCacheThroughput, benchPersistence, type BenchLine } from "./core-hot-path";

const lines: BenchLine[] = [benchCacheThroughput(), benchPersistence(), benchCacheMemory()];

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(2));
for (const l of lines) {
  console.log(`${l.name}\n  ${fmt(l.value)} ${l.unit}; baseline ${fmt(l.baseline)} ${l.unit}; ratio ${l.ratio.toFixed(2)}× (${l.note})`);
}
