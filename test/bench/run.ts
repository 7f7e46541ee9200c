/**
 * `npm run bench`: every benchmark of issue #9, each figure against a baseline measured in the
 * same run on the same machine, with the target and met or not; prints the table and
 * writes test/bench/results/<date>.json (or --out FILE).
 * `npm run bench -- --quick`: the smoke form CI runs (small sizes, seconds) — it checks that every
 * benchmark still runs, not its timings; it writes test-results/bench-quick.json, and exits 1 if
 * any benchmark failed to run.
 * `--only a,b`: just those benchmarks (ids below).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchAlarmFlood } from "./alarm-flood";
import { benchColdStart } from "./cold-start";
import { benchCacheMemory, benchCacheThroughput, benchPersistence, type BenchLine } from "./core-hot-path";
import { figure, type Figure } from "./figures";
import { benchHistorian } from "./historian-write";
import { benchIngest } from "./ingest-figures";
import { benchLatency } from "./latency";
import { benchMapPan } from "./map-pan";
import { benchStoreFlush } from "./store-flush";
import { renderMarkdown, renderTable } from "./table";

const quick = process.argv.includes("--quick");
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg("--only")?.split(",");

const line = (l: BenchLine): Figure =>
  figure({ item: "0 hot path", name: l.name, value: l.value, unit: l.unit, baseline: { value: l.baseline, label: l.note.replace(/^baseline: /, "") } });

const BENCHES: { id: string; run: () => Promise<Figure[]> }[] = [
  { id: "hot-path", run: async () => [benchCacheThroughput(), benchPersistence(), benchCacheMemory(), await benchStoreFlush()].map(line) },
  { id: "historian", run: () => benchHistorian(quick ? { tags: 500, seconds: 5, days: 2 } : { tags: 5_000, seconds: 60, days: 30 }) },
  // These drive host mode in Chromium: the renderer must be built (npm run build:renderer).
  { id: "latency", run: () => benchLatency(quick ? 5 : 200) },
  { id: "flood", run: () => benchAlarmFlood(quick ? { alarms: 50, acks: 10, withinMs: 500, afterMs: 1_000 } : { alarms: 10_000, acks: 1_000, withinMs: 10_000, afterMs: 5_000 }) },
  { id: "map", run: () => benchMapPan(quick ? { assets: 300, alarms: 30, perSecond: 30, panMs: 1_000 } : { assets: 10_000, alarms: 1_000, perSecond: 1_000, panMs: 5_000 }) },
  { id: "cold-start", run: () => benchColdStart(quick ? { items: 1_100, historyTags: 5, days: 1 } : { items: 100_000, historyTags: 100, days: 30 }) },
  // Last: the longest (100k items), so a long run has every other figure written first.
  { id: "ingest", run: () => benchIngest(quick ? [1_000] : [10_000, 50_000, 100_000], quick ? 1_000 : 15_000) },
];

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "unknown",
  memoryGB: Math.round(os.totalmem() / 1e9),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
  loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
};
console.log(`bench${quick ? " --quick (smoke: sizes are small, timings mean nothing)" : ""} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, load ${machine.loadAverageAtStart.join(" ")}`);

const stamp = new Date().toISOString();
const out = arg("--out") ?? (quick ? "test-results/bench-quick.json" : path.join("test", "bench", "results", `${stamp.slice(0, 10)}.json`));
fs.mkdirSync(path.dirname(out), { recursive: true });
const figures: Figure[] = [];
const runs: { id: string; ok: boolean; seconds: number; error?: string }[] = [];
/** Written after every benchmark, so a run stopped part-way keeps what it measured. */
const write = () => {
  const loadAverageAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)));
  fs.writeFileSync(out, `${JSON.stringify({ date: stamp, quick, machine: { ...machine, loadAverageAtEnd }, runs, figures, markdown: renderMarkdown(figures) }, null, 2)}\n`);
};

for (const bench of BENCHES.filter((b) => !only || only.includes(b.id))) {
  const t0 = performance.now();
  try {
    const got = await bench.run();
    figures.push(...got);
    runs.push({ id: bench.id, ok: true, seconds: (performance.now() - t0) / 1000 });
    console.log(`  ${bench.id}: ${got.length} figures in ${((performance.now() - t0) / 1000).toFixed(1)} s, load ${os.loadavg()[0]!.toFixed(2)}`);
    if (!quick) console.log(`${renderTable(got)}\n`);
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    runs.push({ id: bench.id, ok: false, seconds: (performance.now() - t0) / 1000, error });
    console.error(`  ${bench.id}: FAILED\n${error}`);
  }
  write();
}

console.log(`\n${renderTable(figures)}`);
const failed = runs.filter((r) => !r.ok);
const met = figures.filter((f) => f.met === true).length;
const missed = figures.filter((f) => f.met === false).length;
console.log(`\n${runs.length - failed.length} benchmarks ran, ${failed.length} failed; targets: ${met} met, ${missed} not met`);
console.log(`written: ${out}`);
process.exit(failed.length > 0 ? 1 : 0);
