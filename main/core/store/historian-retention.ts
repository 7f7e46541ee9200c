/**
 * The historian's retention, run in the store worker: raw samples by their tag's class (its
 * service, else the default), minute and hour aggregates by age, then the size bound. Raw data
 * goes first, aggregates are kept longer; the bound deletes the oldest raw samples of every tag
 * until the database fits, and only when no raw sample is left the oldest minute aggregates, then
 * hours.
 *
 * Size is the pages in use, (page_count - freelist_count) * page_size: SQLite keeps the pages a
 * delete frees and reuses them for new rows, so the file stops growing at the bound instead of
 * shrinking (a VACUUM of gigabytes would hold the only writer for minutes).
 */
import type { Db } from "./open-database";

export interface HistoryRetention {
  /** Days of raw samples: `default`, and per service (the tag's class). */
  rawDays: { default: number } & Record<string, number>;
  minuteDays: number;
  hourDays: number;
  maxSizeMB: number;
}

export const DEFAULT_HISTORY_RETENTION: HistoryRetention = { rawDays: { default: 14 }, minuteDays: 90, hourDays: 730, maxSizeMB: 2048 };

export interface HistoryPruned {
  raw: number;
  minute: number;
  hour: number;
  /** Rows deleted to keep within the size bound (all tables). */
  bySize: number;
  usedBytes: number;
}

const DAY = 86_400_000;
/** Steps of the size bound's loop: each removes at least an hour or an eighth of what is left. */
const SIZE_STEPS = 32;

export function usedBytes(db: Db): number {
  const pages = db.pragma("page_count", { simple: true }) as number;
  const free = db.pragma("freelist_count", { simple: true }) as number;
  const size = db.pragma("page_size", { simple: true }) as number;
  return (pages - free) * size;
}

/** Deletes rows older than `before` of every tag: `tag IN` lets SQLite walk the primary key per tag. */
function deleteOlder(db: Db, table: "hist_raw" | "hist_minute" | "hist_hour", column: "t" | "bucket", before: number, where = "", params: string[] = []): number {
  return db.prepare(`DELETE FROM ${table} WHERE tag IN (SELECT id FROM hist_tag ${where}) AND ${column} < ?`).run(...params, before).changes;
}

/**
 * Cover and fetched ranges live as long as the hour aggregates: while any aggregate of a range is
 * kept, the range must not look unrecorded, or a server's history read into it again would be
 * counted twice in the aggregates. Raw samples pruned by age or size inside a covered range are
 * gone by retention, not a gap to fill.
 */
function trimRanges(db: Db, before: number): void {
  db.prepare("DELETE FROM hist_cover WHERE end < ?").run(before);
  db.prepare("UPDATE hist_cover SET start = ? WHERE start < ?").run(before, before);
  db.prepare("DELETE FROM hist_fetched WHERE end < ?").run(before);
}

/** The oldest row of a table over every tag, by one seek per tag rather than a scan. */
function oldest(db: Db, table: "hist_raw" | "hist_minute" | "hist_hour", column: "t" | "bucket"): number | null {
  return db
    .prepare(`SELECT MIN((SELECT ${column} FROM ${table} x WHERE x.tag = hist_tag.id ORDER BY ${column} LIMIT 1)) FROM hist_tag`)
    .pluck()
    .get() as number | null;
}

export function pruneHistory(db: Db, retention: HistoryRetention, now = Date.now()): HistoryPruned {
  const out: HistoryPruned = { raw: 0, minute: 0, hour: 0, bySize: 0, usedBytes: 0 };
  const classes = Object.keys(retention.rawDays).filter((k) => k !== "default");
  db.transaction(() => {
    for (const service of classes) {
      out.raw += deleteOlder(db, "hist_raw", "t", now - retention.rawDays[service]! * DAY, "WHERE service = ?", [service]);
    }
    const others = classes.length ? `WHERE service IS NULL OR service NOT IN (${classes.map(() => "?").join(",")})` : "";
    out.raw += deleteOlder(db, "hist_raw", "t", now - retention.rawDays.default * DAY, others, classes);
    out.minute = deleteOlder(db, "hist_minute", "bucket", now - retention.minuteDays * DAY);
    out.hour = deleteOlder(db, "hist_hour", "bucket", now - retention.hourDays * DAY);
    trimRanges(db, now - retention.hourDays * DAY);
  })();
  out.bySize = enforceSize(db, retention.maxSizeMB * 1024 * 1024, now);
  out.usedBytes = usedBytes(db);
  return out;
}

/** Oldest raw first, then minute, then hour aggregates, until the pages in use fit `maxBytes`. */
export function enforceSize(db: Db, maxBytes: number, now = Date.now()): number {
  let deleted = 0;
  const tables = [
    ["hist_raw", "t"],
    ["hist_minute", "bucket"],
    ["hist_hour", "bucket"],
  ] as const;
  for (let step = 0; step < SIZE_STEPS && usedBytes(db) > maxBytes; step++) {
    const found = tables.map(([table, column]) => ({ table, column, from: oldest(db, table, column) })).find((x) => x.from !== null);
    if (!found) break;
    const from = found.from!;
    const cut = from + Math.max(3_600_000, Math.ceil((now - from) / 8));
    deleted += db.transaction(() => {
      const n = deleteOlder(db, found.table, found.column, cut);
      if (found.table === "hist_hour") trimRanges(db, cut);
      return n;
    })();
  }
  return deleted;
}
