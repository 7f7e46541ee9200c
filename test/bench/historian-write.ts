/**
 * Historian write throughput: the store worker's historian write (intern tags, insert raw rows a
 * row for the same tag and time does not hold, fold the new ones into minute and hour
 * aggregates) against the floor of the same rows as plain batched better-sqlite3 inserts into
 * the same raw table (integer tag keys known, no aggregates). Same rows, same batches of one
 * second's worth (5,000 tags changing once), each on a fresh file. Add to run.ts as
 * `print(benchHistorianWrite())`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tagId, type TagId } from "../../contract/ids";
import { HistorianSql, type HistoryRow } from "../../main/core/store/historian-repository";
import { openDatabase } from "../../main/core/store/open-database";
import type { BenchLine } from "./core-hot-path";

const TAGS = 5_000;
const SECONDS = 60;

export function benchHistorianWrite(): BenchLine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-bench-hist-"));
  const ids: TagId[] = Array.from({ length: TAGS }, (_, i) => tagId("nis-field", `ns=2;s=asset.${i}.Pressure`));
  const t0 = Date.UTC(2025, 0, 1);
  const batches: HistoryRow[][] = Array.from({ length: SECONDS }, (_, s) => ids.map((id, i) => [id, t0 + s * 1000 + (i % 1000), Math.sin(i + s) * 5 + 5, 0]));
  const rows = TAGS * SECONDS;
  try {
    const a = openDatabase({ file: path.join(dir, "historian.sqlite") }).db;
    const historian = new HistorianSql(a);
    let start = performance.now();
    for (const batch of batches) historian.write(null, { rows: batch, origin: 0 });
    const measured = rows / ((performance.now() - start) / 1000);
    a.close();

    const b = openDatabase({ file: path.join(dir, "plain.sqlite") }).db;
    b.transaction(() => ids.forEach((id) => b.prepare("INSERT INTO hist_tag (tag_id) VALUES (?)").run(id)))();
    const key = new Map(ids.map((id, i) => [id, i + 1]));
    const insert = b.prepare("INSERT INTO hist_raw (tag, t, v, q, origin) VALUES (?,?,?,?,0)");
    const write = b.transaction((batch: HistoryRow[]) => {
      for (const [id, t, v, q] of batch) insert.run(key.get(id)!, t, v, q);
    });
    start = performance.now();
    for (const batch of batches) write(batch);
    const baseline = rows / ((performance.now() - start) / 1000);
    b.close();
    return {
      name: `historian write, ${TAGS.toLocaleString("en-US")} tags × ${SECONDS} one-second batches (raw + minute and hour aggregates)`,
      value: measured,
      unit: "rows/s",
      baseline,
      ratio: measured / baseline,
      note: "baseline: the same rows as plain batched inserts into the same raw table, tag keys known, no aggregates",
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
