/** The messages between the core and the store worker. */
import type { OpName } from "./worker-handlers";
import type { Retention } from "./retention";
import type { StoreErrorData } from "./store-error";

/** Handed to the worker as workerData. */
export interface WorkerInit {
  file: string;
  nativeBinding?: string;
  retention: Retention;
}

export type ToWorker = { id: number; op: OpName; args: unknown } | { id: number; op: "close" };

export type FromWorker =
  | { type: "ready"; notices: string[] }
  | { type: "open-failed"; error: StoreErrorData }
  | { type: "reply"; id: number; ok: true; result: unknown }
  | { type: "reply"; id: number; ok: false; error: StoreErrorData };
