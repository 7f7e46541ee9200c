/**
 * A tag's recorded history over a period as consecutive slots: whole hours from the hour
 * aggregates, then minutes for the last part hour, so a period ending at "now" (or at the same
 * time yesterday) is read to the minute without pulling a day of minute rows. Each slot carries
 * the bucket's min, max and mean (null when no sample fell in it) and how many of its ms the
 * workstation was recording the tag's endpoint (the historian's cover).
 */
import type { EndpointId, TagId } from "../../../contract/api";
import { bucketStart, HOUR_MS, meanOf, MINUTE_MS, type Bucket } from "../store/historian-aggregates";
import type { HistorianRepository, Span } from "../store/historian-repository";

export interface Slot {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** ms of [start, end) inside the recorded spans. */
  covered: number;
}

export type HistoryStore = Pick<HistorianRepository, "aggregates" | "known">;

/** ms of [from, to) inside the spans (which may overlap). */
export function coveredMs(from: number, to: number, spans: readonly Span[]): number {
  const parts = spans
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let at = from;
  for (const p of parts) {
    const start = Math.max(p.start, at);
    if (p.end > start) total += p.end - start;
    at = Math.max(at, p.end);
  }
  return total;
}

function toSlots(buckets: Bucket[], from: number, to: number, size: number, cover: readonly Span[]): Slot[] {
  const byStart = new Map(buckets.map((b) => [b.bucket, b]));
  const out: Slot[] = [];
  for (let s = bucketStart(from, size); s < to; s += size) {
    const start = Math.max(s, from);
    const end = Math.min(s + size, to);
    const b = byStart.get(s);
    out.push({ start, end, min: b?.min ?? null, max: b?.max ?? null, mean: b ? meanOf(b) : null, covered: coveredMs(start, end, cover) });
  }
  return out;
}

/** Reads history once per tag and period; the endpoint's cover once per endpoint and period. */
export class HistorySlots {
  private readonly covers = new Map<string, Promise<Span[]>>();

  constructor(private readonly store: HistoryStore) {}

  cover(endpointId: EndpointId, tagId: TagId, from: number, to: number): Promise<Span[]> {
    const key = `${endpointId}|${from}|${to}`;
    let known = this.covers.get(key);
    if (!known) {
      known = this.store.known({ tagId, endpointId, from, to }).then((k) => k.cover);
      this.covers.set(key, known);
    }
    return known;
  }

  async slots(endpointId: EndpointId, tagId: TagId, from: number, to: number): Promise<Slot[]> {
    if (to <= from) return [];
    const cover = await this.cover(endpointId, tagId, from, to);
    const lastHour = Math.max(bucketStart(to, HOUR_MS), from);
    const hours = lastHour > from ? await this.store.aggregates({ tagId, from, to: lastHour - 1, resolution: "hour", limit: 1000 }) : [];
    const minutes = to > lastHour ? await this.store.aggregates({ tagId, from: lastHour, to: to - 1, resolution: "minute", limit: 120 }) : [];
    return [...toSlots(hours, from, lastHour, HOUR_MS, cover), ...toSlots(minutes, lastHour, to, MINUTE_MS, cover)];
  }

  /** Whole hours only (sparklines). */
  async hourly(endpointId: EndpointId, tagId: TagId, from: number, to: number): Promise<Slot[]> {
    const cover = await this.cover(endpointId, tagId, from, to);
    const hours = await this.store.aggregates({ tagId, from, to: to - 1, resolution: "hour", limit: 1000 });
    return toSlots(hours, from, to, HOUR_MS, cover);
  }

  /** Minute slots (the night window). */
  async minutes(endpointId: EndpointId, tagId: TagId, from: number, to: number): Promise<Slot[]> {
    const cover = await this.cover(endpointId, tagId, from, to);
    const rows = await this.store.aggregates({ tagId, from, to: to - 1, resolution: "minute", limit: Math.ceil((to - from) / MINUTE_MS) + 1 });
    return toSlots(rows, from, to, MINUTE_MS, cover);
  }
}
