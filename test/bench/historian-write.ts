/**
 * Issue #9 item 2, the historian.
 * - Write rate: the historian's SQL (intern tags, insert raw rows the table does not hold, fold
 *   new ones into minute and hour aggregates) against the same rows as plain batched
 *   better-sqlite3 inserts into the same raw table (tag keys known, no aggregates). Same batches
 *   of one second's worth (every tag changing once), each on a fresh file, on this thread.
 * - Longest event-loop stall while the core writes those batches through the store worker (its
 *   real path), against the same writes done on the core's own thread.
 * - Query time through the worker: one day of one tag raw, and a month of one tag as hour
 *   aggregates, from a file holding a month of that tag every 10 s beside the other tags; the
 *   baselines are bare SQL on the same file (the day's rows; the month grouped by hour from raw).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tagId, type TagId } from "../../contract/ids";
import { HistorianSql, type HistoryRow } from "../../main/core/store/historian-repository";
import { openDatabase } from "../../main/core/store/open-database";
import { openStore } from "../../main/core/store/store";
import { longestStall } from "./event-loop-stall";
import { figure, type Figure } from "./figures";

export interface HistorianSize {
  tags: number;
  seconds: number;
  /** Days of the one queried tag, every 10 s. */
  days: number;
}

const DAY = 86_400_000;
const ITEM = "2 historian";

function batchesOf(ids: TagId[], seconds: number, t0: number): HistoryRow[][] {
  return Array.from({ length: seconds }, (_, s) => ids.map((id, i): HistoryRow => [id, t0 + s * 1000 + (i % 1000), Math.sin(i + s) * 5 + 5, 0]));
}

function timeMs(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

async function timeAsyncMs(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

export async function benchHistorian(size: HistorianSize): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-bench-hist-"));
  const ids = Array.from({ length: size.tags }, (_, i) => tagId("nis-field", `ns=2;s=asset.${i}.Pressure`));
  const t0 = Date.UTC(2025, 0, 1);
  const batches = batchesOf(ids, size.seconds, t0);
  const rows = size.tags * size.seconds;
  try {
    // Write rate, both on this thread.
    const a = openDatabase({ file: path.join(dir, "historian.sqlite") }).db;
    const historian = new HistorianSql(a);
    let syncStall = 0;
    let ms = 0;
    syncStall = await longestStall(() => {
      ms = timeMs(() => batches.forEach((batch) => historian.write(null, { rows: batch, origin: 0 })));
    });
    const measured = rows / (ms / 1000);
    a.close();

    const b = openDatabase({ file: path.join(dir, "plain.sqlite") }).db;
    b.transaction(() => ids.forEach((id) => b.prepare("INSERT INTO hist_tag (tag_id) VALUES (?)").run(id)))();
    const key = new Map(ids.map((id, i) => [id, i + 1]));
    const insert = b.prepare("INSERT INTO hist_raw (tag, t, v, q, origin) VALUES (?,?,?,?,0)");
    const write = b.transaction((batch: HistoryRow[]) => {
      for (const [id, t, v, q] of batch) insert.run(key.get(id)!, t, v, q);
    });
    const baseline = rows / (timeMs(() => batches.forEach((batch) => write(batch))) / 1000);
    b.close();

    // The core's path: the same batches through the store worker, the loop watched meanwhile.
    const store = await openStore({ file: path.join(dir, "worker.sqlite") });
    try {
      const workerStall = await longestStall(async () => {
        for (const batch of batches) await store.historian.write(null, { rows: batch, origin: 0 });
      });

      // A month (or `days`) of one tag every 10 s, beside the batches above.
      const queried = ids[0]!;
      const start = t0 + size.seconds * 1000;
      const perDay = 8640;
      for (let d = 0; d < size.days; d++) {
        const day: HistoryRow[] = Array.from({ length: perDay }, (_, k) => [queried, start + d * DAY + k * 10_000, 5 + Math.sin(k / 100) * 3, 0]);
        await store.historian.write(null, { rows: day, origin: 0 });
      }
      const mid = start + Math.floor(size.days / 2) * DAY;
      let dayRows = 0;
      const dayMs = await timeAsyncMs(async () => (dayRows = (await store.historian.raw({ tagId: queried, from: mid, to: mid + DAY - 1, limit: 100_000 })).length));
      let buckets = 0;
      const monthMs = await timeAsyncMs(
        async () => (buckets = (await store.historian.aggregates({ tagId: queried, from: start, to: start + size.days * DAY, resolution: "hour", limit: 100_000 })).length),
      );
      await store.close();

      const plain = openDatabase({ file: path.join(dir, "worker.sqlite") }).db;
      const tag = (plain.prepare("SELECT id FROM hist_tag WHERE tag_id = ?").pluck().get(queried) as number) ?? -1;
      const bareDay = plain.prepare("SELECT t, v FROM hist_raw WHERE tag = ? AND t >= ? AND t <= ? ORDER BY t");
      const bareMonth = plain.prepare("SELECT t / 3600000 AS h, count(*), min(v), max(v), avg(v) FROM hist_raw WHERE tag = ? AND t >= ? AND t <= ? GROUP BY h ORDER BY h");
      const bareDayMs = timeMs(() => bareDay.all(tag, mid, mid + DAY - 1));
      const bareMonthMs = timeMs(() => bareMonth.all(tag, start, start + size.days * DAY));
      plain.close();

      const label = `${size.tags.toLocaleString("en-US")} tags × ${size.seconds} one-second batches`;
      return [
        figure({
          item: ITEM,
          name: `write rate, ${label}`,
          value: measured,
          unit: "rows/s",
          baseline: { value: baseline, label: "the same rows as plain batched inserts into the same raw table, tag keys known, no aggregates" },
          target: { on: "ratio", op: ">=", limit: 0.8 },
          note: "measured: raw + minute and hour aggregates, new-row check, tag interning",
        }),
        figure({
          item: ITEM,
          name: `longest event-loop stall while writing (${label}, through the store worker)`,
          value: workerStall,
          unit: "ms",
          baseline: { value: syncStall, label: "the same writes on the core's own thread" },
          target: { on: "value", op: "<=", limit: 50 },
        }),
        figure({
          item: ITEM,
          name: `query a day of one tag raw (${dayRows.toLocaleString("en-US")} rows, through the worker)`,
          value: dayMs,
          unit: "ms",
          baseline: { value: bareDayMs, label: "the same SELECT on the same file, this thread" },
          target: { on: "value", op: "<=", limit: 50 },
        }),
        figure({
          item: ITEM,
          name: `query ${size.days} days of one tag as hour aggregates (${buckets} buckets, through the worker)`,
          value: monthMs,
          unit: "ms",
          baseline: { value: bareMonthMs, label: "grouping the raw rows by hour in SQL on the same file" },
        }),
      ];
    } finally {
      await store.close().catch(() => undefined);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npx tsx test/bench/historian-write.ts`: this benchmark alone, small. */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchHistorian({ tags: 500, seconds: 10, days: 2 }));
  process.exit(0);
}
