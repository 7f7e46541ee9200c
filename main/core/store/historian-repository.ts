/**
 * The historian's writes, worker side: one transaction per batch that interns new tags, inserts
 * the raw samples a row already there for the same tag and time does not hold, and folds exactly
 * those into the minute and hour aggregates (historian-aggregates.ts), so a sample written twice
 * (a server's history overlapping ours) is never counted twice. Large batches arrive in chunks
 * (staged until the last) as the last values do, to keep each copy into the worker short.
 */
import type { EndpointId, TagId } from "../../../contract/api";
import { aggregate, HOUR_MS, MINUTE_MS, type Bucket, type QualityCode, type Sample } from "./historian-aggregates";
import { HistorianReads, type HistoryRange } from "./historian-reads";
import { pruneHistory, type HistoryPruned, type HistoryRetention } from "./historian-retention";
import type { Db } from "./open-database";

/** One sample as it crosses the thread: [tag, source time ms, value, quality code] (tuples clone cheaply). */
export type HistoryRow = [TagId, number, number | boolean | string | null, QualityCode];

export interface HistoryBatch {
  rows: HistoryRow[];
  /** 0: recorded live; 1: read from the server's history. */
  origin: 0 | 1;
  /** Tags whose class (service) the worker may not know yet. */
  classes?: [TagId, string | null][];
  /** Spans this workstation was recording an endpoint, by start (a span grows while it lasts). */
  cover?: { endpointId: EndpointId; start: number; end: number }[];
  /** A range a server's history was asked for, with everything it gave now written. */
  fetched?: { tagId: TagId; start: number; end: number };
}

export interface HistorianRepository {
  stage(flush: number, rows: HistoryRow[]): Promise<void>;
  /** Resolves with the number of samples new to the store, once durable. */
  write(flush: number | null, batch: HistoryBatch): Promise<number>;
  raw(q: HistoryRange & { limit: number }): Promise<StoredSample[]>;
  /** Samples in the range, counted up to `cap`. */
  countRaw(q: HistoryRange & { cap: number }): Promise<number>;
  aggregates(q: HistoryRange & { resolution: "minute" | "hour"; limit: number }): Promise<Bucket[]>;
  /** What is known to be recorded or fetched for this tag in the range. */
  known(q: HistoryRange & { endpointId: EndpointId }): Promise<{ cover: Span[]; fetched: Span[] }>;
  prune(retention: HistoryRetention, now?: number): Promise<HistoryPruned>;
}

export interface Span {
  start: number;
  end: number;
}

export interface StoredSample {
  t: number;
  v: number | boolean | string | null;
  q: QualityCode;
  fromServer: boolean;
}

/** Worker side. */
export class HistorianSql {
  private readonly ids = new Map<string, number>();
  private readonly staged = new Map<number, HistoryRow[]>();
  private readonly reads: HistorianReads;
  private readonly stmt;

  constructor(private readonly db: Db) {
    this.reads = new HistorianReads(db, (tagId) => this.lookup(tagId));
    const upsertBucket = (table: string) =>
      db.prepare(
        `INSERT INTO ${table} (tag, bucket, count, num, min, max, sum, first_t, last_t) VALUES (?,?,?,?,?,?,?,?,?)
         ON CONFLICT(tag, bucket) DO UPDATE SET count = count + excluded.count, num = num + excluded.num,
           min = coalesce(min(min, excluded.min), min, excluded.min), max = coalesce(max(max, excluded.max), max, excluded.max),
           sum = sum + excluded.sum, first_t = min(first_t, excluded.first_t), last_t = max(last_t, excluded.last_t)`,
      );
    this.stmt = {
      findTag: db.prepare("SELECT id FROM hist_tag WHERE tag_id = ?").pluck(),
      addTag: db.prepare("INSERT INTO hist_tag (tag_id, service) VALUES (?, ?)"),
      setClass: db.prepare("UPDATE hist_tag SET service = ? WHERE id = ? AND service IS NOT ?"),
      insertRaw: db.prepare("INSERT OR IGNORE INTO hist_raw (tag, t, v, q, origin) VALUES (?,?,?,?,?)"),
      minute: upsertBucket("hist_minute"),
      hour: upsertBucket("hist_hour"),
      cover: db.prepare("INSERT INTO hist_cover (endpoint_id, start, end) VALUES (?,?,?) ON CONFLICT DO UPDATE SET end = max(end, excluded.end)"),
      fetched: db.prepare("INSERT INTO hist_fetched (tag, start, end) VALUES (?,?,?) ON CONFLICT DO UPDATE SET end = max(end, excluded.end)"),
    };
  }

  /** The interned key of a tag, or undefined when it was never recorded. */
  lookup(tagId: string): number | undefined {
    const known = this.ids.get(tagId);
    if (known !== undefined) return known;
    const id = this.stmt.findTag.get(tagId) as number | undefined;
    if (id !== undefined) this.ids.set(tagId, id);
    return id;
  }

  private intern(tagId: string, service: string | null = null): number {
    const id = this.lookup(tagId);
    if (id !== undefined) return id;
    const added = Number(this.stmt.addTag.run(tagId, service).lastInsertRowid);
    this.ids.set(tagId, added);
    return added;
  }

  stage(flush: number, rows: HistoryRow[]): void {
    const list = this.staged.get(flush);
    if (list) for (const r of rows) list.push(r);
    else this.staged.set(flush, rows.slice());
  }

  write(flush: number | null, batch: HistoryBatch): number {
    const staged = flush === null ? [] : (this.staged.get(flush) ?? []);
    if (flush !== null) this.staged.delete(flush);
    return this.db.transaction(() => {
      for (const [tagId, service] of batch.classes ?? []) this.stmt.setClass.run(service, this.intern(tagId, service), service);
      const added: Sample[] = [];
      for (const list of [staged, batch.rows]) {
        for (const [tagId, t, v, q] of list) {
          const tag = this.intern(tagId);
          const stored = typeof v === "boolean" ? BigInt(v ? 1 : 0) : typeof v === "number" && !Number.isFinite(v) ? null : v;
          if (this.stmt.insertRaw.run(tag, t, stored, q, batch.origin).changes === 1) added.push({ tag, t, v, q });
        }
      }
      for (const [size, stmt] of [
        [MINUTE_MS, this.stmt.minute],
        [HOUR_MS, this.stmt.hour],
      ] as const) {
        for (const b of aggregate(added, size)) stmt.run(b.tag, b.bucket, b.count, b.num, b.min, b.max, b.sum, b.firstT, b.lastT);
      }
      for (const c of batch.cover ?? []) this.stmt.cover.run(c.endpointId, c.start, c.end);
      if (batch.fetched) this.stmt.fetched.run(this.intern(batch.fetched.tagId), batch.fetched.start, batch.fetched.end);
      return added.length;
    })();
  }

  raw(q: HistoryRange & { limit: number }): StoredSample[] {
    return this.reads.raw(q);
  }

  countRaw(q: HistoryRange & { cap: number }): number {
    return this.reads.countRaw(q);
  }

  aggregates(q: HistoryRange & { resolution: "minute" | "hour"; limit: number }): Bucket[] {
    return this.reads.aggregates(q);
  }

  known(q: HistoryRange & { endpointId: EndpointId }): { cover: Span[]; fetched: Span[] } {
    return this.reads.known(q);
  }

  prune(retention: HistoryRetention, now?: number): HistoryPruned {
    return pruneHistory(this.db, retention, now);
  }
}
