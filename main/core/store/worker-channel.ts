/**
 * The core's end of the store worker: numbered requests, one promise each. A worker that dies
 * (native crash, out of memory, terminated) rejects every request still waiting, and every one
 * made after, with an `io` StoreError, and tells the listeners once; it never throws into the core.
 */
import { Worker } from "node:worker_threads";
import { fromData, StoreError } from "./store-error";
import type { OpArgs, OpName, OpResult } from "./worker-handlers";
import type { FromWorker, ToWorker, WorkerInit } from "./worker-protocol";

interface Waiting {
  resolve(value: unknown): void;
  reject(err: StoreError): void;
}

export class WorkerChannel {
  readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private dead: StoreError | null = null;

  /** The one error every request gets once the worker is gone (null while it runs). */
  get deathError(): StoreError | null {
    return this.dead;
  }
  private closing = false;
  private readonly deathListeners = new Set<(err: StoreError) => void>();

  /** Resolves with the open notices once the worker has the file open and migrated. */
  readonly ready: Promise<string[]>;

  constructor(workerFile: URL | string, init: WorkerInit) {
    this.worker = new Worker(workerFile, { workerData: init });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on("message", (m: FromWorker) => {
        if (m.type === "ready") resolve(m.notices);
        else if (m.type === "open-failed") {
          this.closing = true;
          reject(fromData(m.error));
          void this.worker.terminate();
        } else this.settle(m);
      });
      this.worker.on("error", (err) => this.die(`the storage thread failed: ${err.message}`, reject));
      this.worker.on("exit", (code) => this.die(`the storage thread stopped (exit code ${code})`, reject));
    });
  }

  call<K extends OpName>(op: K, ...args: OpArgs<K> extends undefined ? [] : [OpArgs<K>]): Promise<OpResult<K>> {
    return this.send({ id: this.nextId++, op, args: args[0] }) as Promise<OpResult<K>>;
  }

  /** Closes the connection (checkpointing the WAL) and ends the thread. */
  async close(): Promise<void> {
    if (this.dead || this.closing) return;
    const done = this.send({ id: this.nextId++, op: "close" });
    this.closing = true;
    try {
      await done;
    } finally {
      await this.worker.terminate();
    }
  }

  onDeath(listener: (err: StoreError) => void): () => void {
    this.deathListeners.add(listener);
    return () => this.deathListeners.delete(listener);
  }

  private send(message: ToWorker): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    if (this.closing) return Promise.reject(new StoreError("io", "The local store is closed."));
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  private settle(m: Extract<FromWorker, { type: "reply" }>): void {
    const w = this.waiting.get(m.id);
    if (!w) return;
    this.waiting.delete(m.id);
    if (m.ok) w.resolve(m.result);
    else w.reject(fromData(m.error));
  }

  private die(reason: string, rejectOpen: (err: StoreError) => void): void {
    if (this.dead) return;
    const err = new StoreError("io", `The local store is unavailable: ${reason}.`);
    this.dead = err;
    rejectOpen(err);
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    // An exit we asked for (close, or a refused open) is not a death anyone needs to hear about.
    if (this.closing) return;
    for (const l of this.deathListeners) l(err);
  }
}
