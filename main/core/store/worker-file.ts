/**
 * Where the store worker's code is. From source it is the bootstrap next to this file; in the
 * Electron bundle (esbuild, CommonJS, import.meta.url defined as the bundle's own file) it is a
 * separate bundle next to the core's: add `main/core/store/worker-entry.ts` as an esbuild entry
 * with outfile `dist/electron/store-worker.cjs`, or pass `workerFile` to openStore.
 */
export const STORE_WORKER_ENTRY = "main/core/store/worker-entry.ts";
export const STORE_WORKER_BUNDLE = "store-worker.cjs";

export function defaultWorkerFile(here: string = import.meta.url): URL {
  return here.endsWith(".cjs") ? new URL(`./${STORE_WORKER_BUNDLE}`, here) : new URL("./worker-bootstrap.mjs", here);
}
