/**
 * The historian's recording side: every live value change of every subscribed tag is buffered
 * in memory (an array push per notification, nothing else) and written once per interval as one
 * transaction through the store worker, so the core's event loop never waits on SQLite. It also
 * notes when each endpoint was being recorded (connected), which tells a real gap from a tag
 * that did not change, and runs the historian's retention.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import type { EndpointId, EndpointStatus, TagId, TagValue } from "../../../contract/api";
import type { QualityCode } from "../store/historian-aggregates";
import type { HistoryBatch, HistorianRepository, HistoryRow } from "../store/historian-repository";
import type { HistoryPruned, HistoryRetention } from "../store/historian-retention";
import { FLUSH_CHUNK } from "../store/store";

/** A store that cannot keep up must not take the core's memory with it: past this, the oldest samples go. */
const MAX_BUFFER = 1_000_000;
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

export const QUALITY_CODE: Record<TagValue["quality"], QualityCode> = { good: 0, uncertain: 1, bad: 2 };

export interface HistorianDeps {
  store: HistorianRepository;
  retention: HistoryRetention;
  /** The tag's class for retention (its asset's service); null while the model does not know it. */
  serviceOf(tagId: TagId): string | null;
  failed(err: unknown): void;
}

export class HistorianService {
  private buffer: HistoryRow[] = [];
  private readonly classified = new Set<TagId>();
  /** Endpoints being recorded now, with the start of their span. */
  private readonly recording = new Map<EndpointId, number>();
  private ended: NonNullable<HistoryBatch["cover"]> = [];
  private timer: NodeJS.Timeout | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private nextFlush = 1;
  /** Samples written, and dropped because the store fell behind (diagnostics, tests). */
  written = 0;
  dropped = 0;

  constructor(private readonly deps: HistorianDeps) {}

  get retention(): HistoryRetention {
    return this.deps.retention;
  }

  record(v: TagValue): void {
    if (v.stale) return;
    this.buffer.push([v.id, v.sourceTime, v.value, QUALITY_CODE[v.quality]]);
    if (this.buffer.length > MAX_BUFFER) {
      const cut = MAX_BUFFER / 10;
      this.buffer.splice(0, cut);
      this.dropped += cut;
    }
  }

  /** Connected (alarms refreshed or not: values flow): recording starts; anything else ends the endpoint's span. */
  onConnection(status: Pick<EndpointStatus, "endpointId" | "state">, now = Date.now()): void {
    const start = this.recording.get(status.endpointId);
    if (status.state === "connected" || status.state === "refreshing") {
      if (start === undefined) this.recording.set(status.endpointId, now);
    } else if (start !== undefined) {
      this.recording.delete(status.endpointId);
      this.ended.push({ endpointId: status.endpointId, start, end: now });
    }
  }

  start(intervalMs = 1000): void {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.pruneTimer = setInterval(() => void this.prune().catch(this.deps.failed), PRUNE_INTERVAL_MS);
    this.pruneTimer.unref();
  }

  /** One transaction for everything buffered; a write still running absorbs the next interval's. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => this.flush());
    const rows = this.buffer;
    this.buffer = [];
    const now = Date.now();
    const cover = [...this.ended, ...[...this.recording].map(([endpointId, start]) => ({ endpointId, start, end: now }))];
    this.ended = [];
    if (rows.length === 0 && cover.length === 0) return Promise.resolve();
    this.flushing = this.send({ rows, origin: 0, classes: this.classes(rows), cover })
      .then((n) => void (this.written += n), this.deps.failed)
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  /** Samples read from a server's history, written as the live ones are, marked as from the server. */
  async writeFromServer(rows: HistoryRow[], fetched: HistoryBatch["fetched"]): Promise<number> {
    await this.flushing;
    return this.send({ rows, origin: 1, classes: this.classes(rows), fetched });
  }

  prune(now?: number): Promise<HistoryPruned> {
    return this.deps.store.prune(this.deps.retention, now);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.timer = this.pruneTimer = null;
    for (const id of [...this.recording.keys()]) this.onConnection({ endpointId: id, state: "disconnected" });
    await this.flush();
  }

  private classes(rows: HistoryRow[]): [TagId, string | null][] {
    const out: [TagId, string | null][] = [];
    for (const [id] of rows) {
      if (this.classified.has(id)) continue;
      const service = this.deps.serviceOf(id);
      // Unknown yet (the model loads later): asked again with the next batch.
      if (service === null) continue;
      this.classified.add(id);
      out.push([id, service]);
    }
    return out;
  }

  /**
   * postMessage copies on this thread: a large batch goes in chunks with a turn of the event loop
   * between, and the worker commits them all in one transaction with the last.
   */
  private async send(batch: HistoryBatch): Promise<number> {
    if (batch.rows.length <= FLUSH_CHUNK) return this.deps.store.write(null, batch);
    const flush = this.nextFlush++;
    const sent: Promise<unknown>[] = [];
    let start = 0;
    for (; start + FLUSH_CHUNK < batch.rows.length; start += FLUSH_CHUNK) {
      const p = this.deps.store.stage(flush, batch.rows.slice(start, start + FLUSH_CHUNK));
      p.catch(() => undefined);
      sent.push(p);
      await nextTurn();
    }
    const written = this.deps.store.write(flush, { ...batch, rows: batch.rows.slice(start) });
    await Promise.all(sent);
    return written;
  }
}
