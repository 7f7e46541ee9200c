/**
 * The store worker: the one thread that owns the SQLite connection. Requests are answered in
 * the order they arrive, so a transaction never interleaves with another. A failed request is
 * answered with its typed error; the worker itself keeps running. No top-level await: esbuild
 * bundles this file to CommonJS for Electron.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase, type Db } from "./open-database";
import { toData, toStoreError } from "./store-error";
import { makeHandlers, type OpName, type StoreOps } from "./worker-handlers";
import type { FromWorker, ToWorker, WorkerInit } from "./worker-protocol";

const port = parentPort;
if (!port) throw new Error("worker-entry.ts runs only as a worker thread");
const post = (m: FromWorker) => port.postMessage(m);
const init = workerData as WorkerInit;

let db: Db | undefined;
let handlers: StoreOps | undefined;
try {
  const opened = openDatabase({ file: init.file, nativeBinding: init.nativeBinding });
  db = opened.db;
  handlers = makeHandlers(db, init.retention);
  post({ type: "ready", notices: opened.notices });
} catch (err) {
  post({ type: "open-failed", error: toData(toStoreError(err, `Cannot open the local store ${init.file}`)) });
}

port.on("message", (m: ToWorker) => {
  if (m.op === "close") {
    try {
      db?.close();
      post({ type: "reply", id: m.id, ok: true, result: undefined });
    } catch (err) {
      post({ type: "reply", id: m.id, ok: false, error: toData(toStoreError(err)) });
    }
    port.close();
    return;
  }
  try {
    if (!handlers) throw toStoreError(new Error("the local store is not open"));
    const handler = handlers[m.op] as (args: unknown) => unknown;
    post({ type: "reply", id: m.id, ok: true, result: handler(m.args) });
  } catch (err) {
    post({ type: "reply", id: m.id, ok: false, error: toData(toStoreError(err, describe(m.op))) });
  }
});

function describe(op: OpName): string {
  return `Local store (${op})`;
}
