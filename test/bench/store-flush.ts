/**
 * The longest event-loop stall on the core's thread during a 100k-tag last-value flush:
 * baseline, the same flush done synchronously on this thread (what the core did before the
 * store worker); measured, the flush through the store worker. Same run, same machine, each on
 * a fresh file. Add to run.ts as `print(await benchStoreFlush())`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tagId, type TagValue } from "../../contract/api";
import { LastValueSql } from "../../main/core/store/last-value-repository";
import { openDatabase } from "../../main/core/store/open-database";
import { openStore } from "../../main/core/store/store";
import type { BenchLine } from "./core-hot-path";
import { longestStall } from "./event-loop-stall";

const TAGS = 100_000;

export async function benchStoreFlush(): Promise<BenchLine> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-bench-flush-"));
  const values: TagValue[] = Array.from({ length: TAGS }, (_, i) => ({
    id: tagId("nis-field", `ns=1;s=tag.${i}`),
    value: i * 0.001,
    quality: "good",
    sourceTime: 1,
    stale: false,
  }));
  try {
    const { db } = openDatabase({ file: path.join(dir, "sync.sqlite") });
    const sync = new LastValueSql(db);
    const baseline = await longestStall(() => sync.write(null, values));
    db.close();

    const store = await openStore({ file: path.join(dir, "worker.sqlite") });
    const measured = await longestStall(() => store.lastValues.write(values));
    await store.close();
    return {
      name: "longest event-loop stall during a 100k-tag last-value flush",
      value: measured,
      unit: "ms",
      baseline,
      ratio: measured / baseline,
      note: "baseline: the same flush synchronously on the core's thread; measured: through the store worker (2k-value chunks)",
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
