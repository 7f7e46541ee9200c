/**
 * Fetches the tiles of an area from the site's tile server into our MBTiles file, one request
 * at a time at the configured rate, honouring 429/503 Retry-After. Tiles already in the file
 * are skipped, so a cancelled or failed download resumes where it stopped; what was fetched is
 * written in small transactions and kept on cancel.
 */
import type { MbtilesFile, TileBytes } from "./mbtiles-file";
import { Aborted, MAX_RETRY_AFTER_MS, RequestPacer, retryAfterMs, sleep } from "./request-pacer";
import { sniffFormat } from "./tile-format";
import { tmsRow, type TileXyz } from "./tile-grid";

export interface DownloadProgress {
  total: number;
  /** Tiles settled: fetched, already there, missing on the server or given up on. */
  done: number;
  fetched: number;
  alreadyThere: number;
  /** The server has no such tile (404/204): nothing to show there. */
  missing: number;
  failed: number;
  bytes: number;
}

export type DownloadOutcome =
  | { state: "done"; progress: DownloadProgress }
  | { state: "cancelled"; progress: DownloadProgress }
  | { state: "failed"; progress: DownloadProgress; problem: string };

export interface DownloadJob {
  template: string;
  tiles: Iterable<TileXyz>;
  total: number;
  target: MbtilesFile;
  requestsPerSecond: number;
  signal: AbortSignal;
  onProgress(progress: DownloadProgress): void;
  userAgent?: string;
  fetch?: typeof fetch;
}

const BATCH_TILES = 16;
const BATCH_MS = 2000;
/** A tile whose requests keep failing is given up on after this many tries. */
const TRIES_PER_TILE = 3;
/** So many tiles in a row failing means the server is gone: stop and say so. */
const FAILED_IN_A_ROW = 10;
/** 429s for one tile before the download stops: the server does not want us now. */
const THROTTLES_PER_TILE = 8;
const REQUEST_TIMEOUT_MS = 30_000;

const SUBDOMAINS = ["a", "b", "c"];

export function tileUrl(template: string, t: TileXyz): string {
  return template
    .replaceAll("{z}", String(t.z))
    .replaceAll("{x}", String(t.x))
    .replaceAll("{y}", String(t.y))
    .replaceAll("{-y}", String(tmsRow(t.z, t.y)))
    .replaceAll("{s}", SUBDOMAINS[(t.x + t.y) % SUBDOMAINS.length]!)
    .replaceAll("{r}", "");
}

type Attempt = { kind: "tile"; data: Uint8Array } | { kind: "missing" } | { kind: "throttled"; waitMs: number } | { kind: "error"; problem: string };

async function attempt(job: DownloadJob, url: string): Promise<Attempt> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  let res: Response;
  try {
    res = await (job.fetch ?? fetch)(url, {
      signal: AbortSignal.any([job.signal, timeout]),
      headers: { "user-agent": job.userAgent ?? "CityControlRoom (offline map tiles)", accept: "image/png,image/jpeg,image/webp,image/*;q=0.8" },
      redirect: "follow",
    });
  } catch (err) {
    if (job.signal.aborted) throw new Aborted();
    return { kind: "error", problem: timeout.aborted ? `no answer in ${REQUEST_TIMEOUT_MS / 1000} s` : (err as Error).message };
  }
  if (res.status === 429 || (res.status === 503 && res.headers.has("retry-after"))) {
    await res.body?.cancel();
    return { kind: "throttled", waitMs: retryAfterMs(res.headers.get("retry-after")) ?? -1 };
  }
  if (res.status === 404 || res.status === 204 || res.status === 410) {
    await res.body?.cancel();
    return { kind: "missing" };
  }
  if (!res.ok) {
    await res.body?.cancel();
    return { kind: "error", problem: `HTTP ${res.status} ${res.statusText}`.trim() };
  }
  let data: Uint8Array;
  try {
    data = new Uint8Array(await res.arrayBuffer());
  } catch (err) {
    if (job.signal.aborted) throw new Aborted();
    return { kind: "error", problem: (err as Error).message };
  }
  if (!sniffFormat(data)) return { kind: "error", problem: `the answer is not a png, jpg or webp image (${res.headers.get("content-type") ?? "no content type"})` };
  return { kind: "tile", data };
}

export async function downloadTiles(job: DownloadJob): Promise<DownloadOutcome> {
  const progress: DownloadProgress = { total: job.total, done: 0, fetched: 0, alreadyThere: 0, missing: 0, failed: 0, bytes: 0 };
  const pacer = new RequestPacer(job.requestsPerSecond);
  let batch: TileBytes[] = [];
  let batchSince = Date.now();
  const flush = () => {
    if (batch.length > 0) job.target.putTiles(batch);
    batch = [];
    batchSince = Date.now();
  };
  let failedInARow = 0;
  let lastProblem = "";
  try {
    for (const xyz of job.tiles) {
      if (job.signal.aborted) throw new Aborted();
      if (job.target.has(xyz) || batch.some((b) => b.xyz.z === xyz.z && b.xyz.x === xyz.x && b.xyz.y === xyz.y)) {
        progress.alreadyThere++;
        progress.done++;
        job.onProgress({ ...progress });
        continue;
      }
      const url = tileUrl(job.template, xyz);
      let tries = 0;
      let throttles = 0;
      let backoff = 2000;
      for (;;) {
        await pacer.take(job.signal);
        const got = await attempt(job, url);
        if (got.kind === "tile") {
          batch.push({ xyz, data: got.data });
          progress.fetched++;
          progress.bytes += got.data.byteLength;
          failedInARow = 0;
          break;
        }
        if (got.kind === "missing") {
          progress.missing++;
          failedInARow = 0;
          break;
        }
        if (got.kind === "throttled") {
          if (++throttles > THROTTLES_PER_TILE) {
            flush();
            return { state: "failed", progress, problem: `The tile server kept answering "too many requests" (429) for ${url}; try again later or lower the rate` };
          }
          const wait = got.waitMs >= 0 ? got.waitMs : backoff;
          if (wait > MAX_RETRY_AFTER_MS) {
            flush();
            return { state: "failed", progress, problem: `The tile server asked to wait ${Math.round(wait / 60_000)} minutes (Retry-After); try again later` };
          }
          backoff = Math.min(backoff * 2, 60_000);
          pacer.holdFor(wait);
          continue;
        }
        lastProblem = `${url}: ${got.problem}`;
        if (++tries >= TRIES_PER_TILE) {
          progress.failed++;
          failedInARow++;
          break;
        }
        await sleep(backoff, job.signal);
        backoff = Math.min(backoff * 2, 60_000);
      }
      progress.done++;
      if (batch.length >= BATCH_TILES || Date.now() - batchSince > BATCH_MS) flush();
      job.onProgress({ ...progress });
      if (failedInARow >= FAILED_IN_A_ROW) {
        flush();
        return { state: "failed", progress, problem: `${FAILED_IN_A_ROW} tiles in a row could not be fetched; the last: ${lastProblem}` };
      }
    }
    flush();
    return { state: "done", progress };
  } catch (err) {
    flush();
    if (err instanceof Aborted || job.signal.aborted) return { state: "cancelled", progress };
    throw err;
  }
}
