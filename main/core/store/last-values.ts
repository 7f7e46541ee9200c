/**
 * Last value of every monitored tag, written in one transaction per flush: the hot path only
 * marks a tag dirty, the timer does the I/O.
 */
import type { TagId, TagValue } from "../../../contract/api";
import type { Db } from "./database";

export class LastValueStore {
  private readonly upsert;

  constructor(private readonly db: Db) {
    this.upsert = db.prepare(
      `INSERT INTO tag_last (tag_id, value, quality, source_time, stored_at) VALUES (?,?,?,?,?)
       ON CONFLICT(tag_id) DO UPDATE SET value=excluded.value, quality=excluded.quality,
         source_time=excluded.source_time, stored_at=excluded.stored_at`,
    );
  }

  write(values: Iterable<TagValue>): number {
    const now = Date.now();
    let n = 0;
    this.db.transaction(() => {
      for (const v of values) {
        this.upsert.run(v.id, JSON.stringify(v.value), v.quality, v.sourceTime, now);
        n++;
      }
    })();
    return n;
  }

  /** Everything stored, marked stale: nothing live backs these values yet. */
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
