/**
 * Minute and hour aggregates of raw samples, computed per batch as the rows are written.
 *
 * The mean is the simple mean of the samples (sum / count), not time-weighted. Sum and count
 * merge exactly: a bucket's figures do not depend on how its samples were split into batches,
 * nor on the order they came in, and a gap filled later from a server's history adds to the
 * buckets it falls in without touching its neighbours, so the aggregates stay incremental. A
 * time-weighted mean needs each sample's successor, which crosses batch and bucket boundaries
 * and changes when a gap is filled. Our servers report analog values at a steady rate (a change
 * per sampling tick), where both means agree; for a value that sits still for long spells the
 * simple mean leans toward the moments it changed, which first and last time help a reader see.
 *
 * Booleans count as 0 and 1 (the mean is the share of samples that were true); text, null and
 * bad-quality samples are counted but stay out of min, max and mean.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** Quality as stored: 0 good, 1 uncertain, 2 bad. */
export type QualityCode = 0 | 1 | 2;

export interface Sample {
  tag: number;
  t: number;
  v: number | boolean | string | null;
  q: QualityCode;
}

export interface Bucket {
  tag: number;
  /** Start of the bucket, ms since epoch. */
  bucket: number;
  /** Every sample in the bucket. */
  count: number;
  /** Samples that went into min, max and sum. */
  num: number;
  min: number | null;
  max: number | null;
  sum: number;
  firstT: number;
  lastT: number;
}

export function bucketStart(t: number, size: number): number {
  return Math.floor(t / size) * size;
}

/** The number a sample contributes to min, max and mean, or null when it contributes none. */
export function numericOf(v: Sample["v"], q: QualityCode): number | null {
  if (q === 2) return null;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return null;
}

export function meanOf(b: Pick<Bucket, "num" | "sum">): number | null {
  return b.num > 0 ? b.sum / b.num : null;
}

const lower = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const higher = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** Two partial aggregates of the same tag and bucket as one. */
export function mergeBuckets(a: Bucket, b: Bucket): Bucket {
  return {
    tag: a.tag,
    bucket: a.bucket,
    count: a.count + b.count,
    num: a.num + b.num,
    min: lower(a.min, b.min),
    max: higher(a.max, b.max),
    sum: a.sum + b.sum,
    firstT: Math.min(a.firstT, b.firstT),
    lastT: Math.max(a.lastT, b.lastT),
  };
}

/** The samples' buckets of `size` ms, one per tag and bucket start. */
export function aggregate(samples: Iterable<Sample>, size: number): Bucket[] {
  const out = new Map<string, Bucket>();
  for (const s of samples) {
    const start = bucketStart(s.t, size);
    const key = `${s.tag}:${start}`;
    const n = numericOf(s.v, s.q);
    const one: Bucket = { tag: s.tag, bucket: start, count: 1, num: n === null ? 0 : 1, min: n, max: n, sum: n ?? 0, firstT: s.t, lastT: s.t };
    const had = out.get(key);
    out.set(key, had ? mergeBuckets(had, one) : one);
  }
  return [...out.values()];
}
