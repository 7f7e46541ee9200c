/**
 * `npm run bench`: every benchmark, printed as value, baseline and ratio (same run, same
 * machine). `npm run bench -- --quick` skips the live 100k-tag runs (a few minutes).
 */
import { benchCacheMemory, benchCacheThroughput, benchPersistence, type BenchLine } from "./core-hot-path";
import { measureAlarmStorm } from "./alarm-storm";
import { measureIngest } from "./core-ingest";
import { benchStoreFlush } from "./store-flush";

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(2));
const print = (l: BenchLine) =>
  console.log(`${l.name}\n  ${fmt(l.value)} ${l.unit}; baseline ${fmt(l.baseline)} ${l.unit}; ratio ${l.ratio.toFixed(2)}× (${l.note})`);

for (const line of [benchCacheThroughput(), benchPersistence(), benchCacheMemory()]) print(line);
print(await benchStoreFlush());
print((await import("./historian-write")).benchHistorianWrite());

if (!process.argv.includes("--quick")) {
  const base = await measureIngest(undefined);
  const big = await measureIngest(100_000);
  console.log(
    `core on the live simulator (SignAndEncrypt), default size vs --scale 100k:\n` +
      `  default: ${base.tags} tags, ready in ${base.readyS.toFixed(1)} s, ${fmt(base.perSecond)} notifications/s, ${base.heapMB.toFixed(0)} MB heap\n` +
      `  100k:    ${big.tags} tags, ready in ${big.readyS.toFixed(1)} s, ${fmt(big.perSecond)} notifications/s, ${big.heapMB.toFixed(0)} MB heap`,
  );
  print({
    name: "core ingest notifications/s at 100k tags",
    value: big.perSecond,
    unit: "notifications/s",
    baseline: base.perSecond,
    ratio: big.perSecond / base.perSecond,
    note: `baseline: default size (${base.tags} tags); tags ratio ${(big.tags / base.tags).toFixed(1)}×`,
  });
  print({
    name: "core + simulator heap per tag at 100k",
    value: (big.heapMB * 1e6) / big.tags,
    unit: "bytes/tag",
    baseline: (base.heapMB * 1e6) / base.tags,
    ratio: big.heapMB / big.tags / (base.heapMB / base.tags),
    note: "baseline: the same at default size",
  });
}
if (!process.argv.includes("--quick")) {
  const storm = await measureAlarmStorm();
  console.log(
    `alarm storm in Chromium (1920×1080, operator screen): ${storm.alarms} alarms in ${storm.stormS.toFixed(0)} s\n` +
      `  long tasks while alarms arrive: ${storm.longTasksDuring} (longest ${fmt(storm.longestDuringMs)} ms)\n` +
      `  long tasks in the 5 s after the last alarm: ${storm.longTasksAfter} (longest ${fmt(storm.longestAfterMs)} ms)`,
  );
  print({
    name: "renderer main thread busy after the storm",
    value: storm.busyAfter * 100,
    unit: "% of wall time",
    baseline: storm.busyIdle * 100,
    ratio: storm.busyAfter / Math.max(storm.busyIdle, 0.001),
    note: "baseline: the same page idle before the storm",
  });
}
process.exit(0);
