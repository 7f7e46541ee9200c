/**
 * The local store as the core sees it: SQLite in one worker thread (the only writer) behind
 * async repositories, so a 100k-row flush or an hourly prune never holds up value and alarm
 * handling. Failures arrive as typed StoreErrors; storage faults are also reported through
 * onError, so one place in the core can tell a person even when the caller only logged them.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import type { AlarmState, TagValue } from "../../../contract/api";
import type { AuditRepository } from "./audit-repository";
import type { EngineeredModelRepository } from "./engineered-model-repository";
import type { HandoverRepository } from "./handover-repository";
import type { HistorianRepository } from "./historian-repository";
import type { HistoryRepository } from "./history-repository";
import type { JournalRepository } from "./journal-repository";
import type { LastValueRepository, StoredValue } from "./last-value-repository";
import type { ModelRepository } from "./model-repository";
import type { NotesRepository } from "./notes-repository";
import type { OutboxRepository } from "./outbox-repository";
import type { VerifierRepository } from "./verifier-repository";
import { DEFAULT_RETENTION, type Retention } from "./retention";
import { StoreError } from "./store-error";
import { WorkerChannel } from "./worker-channel";
import { defaultWorkerFile } from "./worker-file";
import type { OpArgs, OpName, OpResult } from "./worker-handlers";

export type { AuditEntry, AuditRow } from "./audit-repository";
export type { StoredVerifier } from "./verifier-repository";
export type { JournalRow } from "./journal-repository";
export type { HistoryQuery, HistoryRepository, StoredAlarmHistory, StoredAuditHistory } from "./history-repository";
export type { OutboxRecord, OutboxRow, OutboxRepository, Person } from "./outbox-repository";
export type { Retention } from "./retention";
export { DEFAULT_RETENTION } from "./retention";
export { StoreError, type StoreErrorKind } from "./store-error";
export { defaultWorkerFile, STORE_WORKER_BUNDLE, STORE_WORKER_ENTRY } from "./worker-file";

export interface OpenStoreOptions {
  file: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron); Node's own otherwise. */
  nativeBinding?: string;
  /** The worker's code; defaults to defaultWorkerFile() (the Electron bundle passes its own). */
  workerFile?: string | URL;
  retention?: Partial<Retention>;
}

export interface Store {
  readonly file: string;
  /** Human sentences about what happened on open: a corrupt or empty file set aside, damaged rows set aside. */
  readonly notices: string[];
  models: ModelRepository;
  /** The engineered asset model, its versions (and their audit rows). */
  engineered: EngineeredModelRepository;
  lastValues: LastValueRepository;
  journal: JournalRepository;
  outbox: OutboxRepository;
  audit: AuditRepository;
  verifiers: VerifierRepository;
  /** Alarm history search and KPI input (read-only for callers). */
  history: HistoryRepository;
  /** The historian: raw samples, minute and hour aggregates, its own retention. */
  historian: HistorianRepository;
  /** Field notes on assets and alarms, with their photos. */
  notes: NotesRepository;
  /** Signed shift handover notes. */
  handover: HandoverRepository;
  /** Retention; the core calls it hourly. */
  prune(now?: number): Promise<{ journal: number; outbox: number }>;
  /** The connection's settings, for a support screen (and tests): synchronous 2 is FULL. */
  diagnostics(): Promise<{ journalMode: string; synchronous: number; userVersion: number }>;
  close(): Promise<void>;
  /** Storage faults (a failed write, a dead worker), each once, for the core to tell a person. */
  onError(listener: (err: StoreError) => void): () => void;
}

/** Values per message of a large flush: copying one chunk into the worker takes a few ms. */
export const FLUSH_CHUNK = 2_000;

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const retention: Retention = { ...DEFAULT_RETENTION, ...options.retention };
  const channel = new WorkerChannel(options.workerFile ?? defaultWorkerFile(), {
    file: options.file,
    nativeBinding: options.nativeBinding,
    retention,
  });
  const notices = await channel.ready;
  return new WorkerStore(options.file, notices, channel);
}

class WorkerStore implements Store {
  private readonly listeners = new Set<(err: StoreError) => void>();
  private nextFlush = 1;

  constructor(
    readonly file: string,
    readonly notices: string[],
    /** Not part of Store: tests reach the thread through it. */
    readonly channel: WorkerChannel,
  ) {
    channel.onDeath((err) => this.report(err));
  }

  private call<K extends OpName>(op: K, ...args: OpArgs<K> extends undefined ? [] : [OpArgs<K>]): Promise<OpResult<K>> {
    return this.channel.call(op, ...args).catch((err: unknown) => {
      // A dead worker was reported once by onDeath; do not report it again for every request.
      if (err instanceof StoreError && err.isFault && err !== this.channel.deathError) this.report(err);
      throw err;
    });
  }

  models: ModelRepository = {
    replaceEndpoint: (endpointId, assets, nodeIds) => this.call("models.replaceEndpoint", { endpointId, assets, nodeIds }),
    load: () => this.call("models.load"),
  };

  engineered: EngineeredModelRepository = {
    load: () => this.call("engineered.load"),
    save: (draft, change) => this.call("engineered.save", { draft, change }),
    delete: (assetId, change) => this.call("engineered.delete", { assetId, change }),
    versions: (query) => this.call("engineered.versions", query),
  };

  lastValues: LastValueRepository = {
    write: (values) => this.writeValues(values),
    loadAll: () => this.call("lastValues.loadAll"),
  };

  journal: JournalRepository = {
    append: (rows) => this.call("journal.append", { rows }),
    latest: async () =>
      (await this.call("journal.latest")).map((r) => ({
        state: r.state as AlarmState,
        eventId: r.eventId === null ? null : Buffer.from(r.eventId, "hex"),
      })),
    history: (alarmId) => this.call("journal.history", { alarmId }),
  };

  outbox: OutboxRepository = {
    record: (req) => this.call("outbox.record", req),
    claim: (id) => this.call("outbox.claim", { id }),
    settle: (id, status, answer) => this.call("outbox.settle", { id, status, answer }),
    release: (id, error) => this.call("outbox.release", { id, error }),
    pending: (endpointId) => this.call("outbox.pending", { endpointId }),
    openFor: (kind, target) => this.call("outbox.openFor", { kind, target }),
    get: (id) => this.call("outbox.get", { id }),
    list: (filter) => this.call("outbox.list", filter),
    discard: (id, reason, user) => this.call("outbox.discard", { id, reason, user }),
    retry: (id, payload, user, detail) => this.call("outbox.retry", { id, payload, user, detail }),
  };

  audit: AuditRepository = {
    list: (limit) => this.call("audit.list", { limit }),
    append: (entry) => this.call("audit.append", entry),
    verify: () => this.call("audit.verify"),
  };

  verifiers: VerifierRepository = {
    // Buffers cross the thread as Uint8Arrays: give callers Buffers back.
    get: async (login) => {
      const v = await this.call("verifiers.get", { login });
      return v ? { ...v, salt: Buffer.from(v.salt), hash: Buffer.from(v.hash) } : null;
    },
    put: (verifier) => this.call("verifiers.put", verifier),
  };

  history: HistoryRepository = {
    search: (query) => this.call("history.search", query),
    activations: (range) => this.call("history.activations", range),
    endStates: (range) => this.call("history.endStates", range),
  };

  historian: HistorianRepository = {
    stage: (flush, rows) => this.call("historian.stage", { flush, rows }),
    write: (flush, batch) => this.call("historian.write", { flush, batch }),
    raw: (q) => this.call("historian.raw", q),
    countRaw: (q) => this.call("historian.countRaw", q),
    aggregates: (q) => this.call("historian.aggregates", q),
    known: (q) => this.call("historian.known", q),
    prune: (retention, now) => this.call("historian.prune", { retention, now }),
  };

  notes: NotesRepository = {
    add: (note) => this.call("notes.add", note),
    setDelivery: (id, outboxId, problem) => this.call("notes.setDelivery", { id, outboxId, problem }),
    forAsset: (query) => this.call("notes.forAsset", query),
    between: (range) => this.call("notes.between", range),
    get: (id) => this.call("notes.get", { id }),
    photo: (id) => this.call("notes.photo", { id }),
  };

  handover: HandoverRepository = {
    add: (note) => this.call("handover.add", note),
    forShift: (shiftFrom) => this.call("handover.forShift", { shiftFrom }),
  };

  prune(now?: number): Promise<{ journal: number; outbox: number }> {
    return this.call("prune", { now });
  }

  diagnostics(): Promise<{ journalMode: string; synchronous: number; userVersion: number }> {
    return this.call("diagnostics");
  }

  close(): Promise<void> {
    return this.channel.close();
  }

  onError(listener: (err: StoreError) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private report(err: StoreError): void {
    for (const l of this.listeners) {
      try {
        l(err);
      } catch {
        // A listener that throws must not stop the others, nor surface as an unhandled rejection here.
      }
    }
  }

  /**
   * postMessage copies its data synchronously on this thread, and 100k values at once would
   * stall it for tens of ms; chunks with a turn of the event loop between keep each stall
   * short, and the worker commits them all in one transaction when the last one arrives.
   */
  private async writeValues(values: TagValue[]): Promise<number> {
    const strip = (v: TagValue): StoredValue => ({ id: v.id, value: v.value, quality: v.quality, sourceTime: v.sourceTime });
    if (values.length <= FLUSH_CHUNK) return this.call("lastValues.write", { flush: null, rows: values.map(strip) });
    const flush = this.nextFlush++;
    const sent: Promise<unknown>[] = [];
    // Handled at once: a chunk that fails while later ones are still being sent must not count as unhandled.
    const keep = <T>(p: Promise<T>) => (p.catch(() => undefined), sent.push(p), p);
    let start = 0;
    for (; start + FLUSH_CHUNK < values.length; start += FLUSH_CHUNK) {
      void keep(this.call("lastValues.stage", { flush, rows: values.slice(start, start + FLUSH_CHUNK).map(strip) }));
      await nextTurn();
    }
    const written = keep(this.call("lastValues.write", { flush, rows: values.slice(start).map(strip) }));
    await Promise.all(sent);
    return written;
  }
}
