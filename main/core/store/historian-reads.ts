/** The historian's reads, worker side: every query walks one tag's primary key range. */
import type { EndpointId, TagId } from "../../../contract/api";
import type { Bucket, QualityCode } from "./historian-aggregates";
import type { Span, StoredSample } from "./historian-repository";
import type { Db } from "./open-database";

export interface HistoryRange {
  tagId: TagId;
  from: number;
  to: number;
}

export class HistorianReads {
  private readonly stmt;

  constructor(
    db: Db,
    private readonly lookup: (tagId: string) => number | undefined,
  ) {
    const buckets = (table: string) =>
      db.prepare(
        `SELECT tag, bucket, count, num, min, max, sum, first_t AS firstT, last_t AS lastT FROM ${table}
         WHERE tag = ? AND bucket >= ? AND bucket <= ? ORDER BY bucket LIMIT ?`,
      );
    this.stmt = {
      raw: db.prepare("SELECT t, v, typeof(v) AS ty, q, origin FROM hist_raw WHERE tag = ? AND t >= ? AND t <= ? ORDER BY t LIMIT ?"),
      // Counting stops past the cap: a choice between raw and aggregates needs no more, and a year of samples is long to count.
      count: db.prepare("SELECT COUNT(*) FROM (SELECT 1 FROM hist_raw WHERE tag = ? AND t >= ? AND t <= ? LIMIT ?)").pluck(),
      minute: buckets("hist_minute"),
      hour: buckets("hist_hour"),
      cover: db.prepare("SELECT start, end FROM hist_cover WHERE endpoint_id = ? AND start <= ? AND end >= ? ORDER BY start"),
      fetched: db.prepare("SELECT start, end FROM hist_fetched WHERE tag = ? AND start <= ? AND end >= ? ORDER BY start"),
    };
  }

  raw(q: HistoryRange & { limit: number }): StoredSample[] {
    const tag = this.lookup(q.tagId);
    if (tag === undefined) return [];
    const rows = this.stmt.raw.all(tag, q.from, q.to, q.limit) as { t: number; v: number | string | null; ty: string; q: QualityCode; origin: number }[];
    // Booleans are stored as INTEGER 0/1, numbers as REAL: the storage class tells them apart.
    return rows.map((r) => ({ t: r.t, v: r.ty === "integer" ? r.v === 1 : r.v, q: r.q, fromServer: r.origin === 1 }));
  }

  countRaw(q: HistoryRange & { cap: number }): number {
    const tag = this.lookup(q.tagId);
    return tag === undefined ? 0 : (this.stmt.count.get(tag, q.from, q.to, q.cap) as number);
  }

  aggregates(q: HistoryRange & { resolution: "minute" | "hour"; limit: number }): Bucket[] {
    const tag = this.lookup(q.tagId);
    if (tag === undefined) return [];
    const size = q.resolution === "minute" ? 60_000 : 3_600_000;
    const stmt = q.resolution === "minute" ? this.stmt.minute : this.stmt.hour;
    return stmt.all(tag, Math.floor(q.from / size) * size, q.to, q.limit) as Bucket[];
  }

  known(q: HistoryRange & { endpointId: EndpointId }): { cover: Span[]; fetched: Span[] } {
    const tag = this.lookup(q.tagId);
    const cover = this.stmt.cover.all(q.endpointId, q.to, q.from) as Span[];
    const fetched = tag === undefined ? [] : (this.stmt.fetched.all(tag, q.to, q.from) as Span[]);
    return { cover, fetched };
  }
}
