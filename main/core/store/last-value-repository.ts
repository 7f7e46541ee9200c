/**
 * Last value of every monitored tag. A flush of 100k tags is one transaction in the worker; the
 * core sends it in chunks (see store.ts) so copying it into the worker never stalls the core
 * either, and the worker stages the chunks until the last one arrives.
 */
import type { TagId, TagValue } from "../../../contract/api";
import type { Db } from "./open-database";

export interface LastValueRepository {
  /** Resolves with the number of rows written, once they are durable. */
  write(values: TagValue[]): Promise<number>;
  /** Everything stored, marked stale: nothing live backs these values yet. */
  loadAll(): Promise<TagValue[]>;
}

/** What crosses the thread boundary for one value: the stale flag is not stored. */
export type StoredValue = Pick<TagValue, "id" | "value" | "quality" | "sourceTime">;

/** Worker side. */
export class LastValueSql {
  private readonly upsert;
  private readonly staged = new Map<number, StoredValue[]>();

  constructor(private readonly db: Db) {
    this.upsert = db.prepare(
      `INSERT INTO tag_last (tag_id, value, quality, source_time, stored_at) VALUES (?,?,?,?,?)
       ON CONFLICT(tag_id) DO UPDATE SET value=excluded.value, quality=excluded.quality,
         source_time=excluded.source_time, stored_at=excluded.stored_at`,
    );
  }

  /** Keeps a chunk of a large flush until `write` with the same flush number commits it. */
  stage(flush: number, rows: StoredValue[]): void {
    const list = this.staged.get(flush);
    if (list) for (const r of rows) list.push(r);
    else this.staged.set(flush, rows.slice());
  }

  write(flush: number | null, rows: StoredValue[]): number {
    const staged = flush === null ? [] : (this.staged.get(flush) ?? []);
    if (flush !== null) this.staged.delete(flush);
    const now = Date.now();
    this.db.transaction(() => {
      for (const v of staged) this.upsert.run(v.id, JSON.stringify(v.value), v.quality, v.sourceTime, now);
      for (const v of rows) this.upsert.run(v.id, JSON.stringify(v.value), v.quality, v.sourceTime, now);
    })();
    return staged.length + rows.length;
  }

  loadAll(): TagValue[] {
    const rows = this.db.prepare("SELECT tag_id, value, quality, source_time FROM tag_last").all() as {
      tag_id: TagId;
      value: string | null;
      quality: TagValue["quality"];
      source_time: number;
    }[];
    return rows.map((r) => ({
      id: r.tag_id,
      value: r.value === null ? null : (JSON.parse(r.value) as TagValue["value"]),
      quality: r.quality,
      sourceTime: r.source_time,
      stale: true,
    }));
  }
}
