/**
 * Offline maps and preparing for the field, as the contract offers them: the status of the
 * basemap, estimates, one job at a time (a tile download, or a field preparation: model,
 * last values, history, tiles), cancel, import. The core checks the `field` permission of the
 * person; progress goes to every window on the `offline` topic at most a few times a second.
 */
import type { AssetInfo, EndpointId, TagId } from "../../../contract/api";
import type { FieldEstimate, FieldStep, OfflineArea, OfflineJob, OfflineMapStatus, TileEstimate } from "../../../contract/tiles";
import { CoreError } from "../rpc/core-error";
import type { Person } from "../store/outbox-repository";
import { Basemap, MAX_TILES_PER_DOWNLOAD } from "./basemap";
import { districtsOf, resolveArea } from "./offline-area";
import { downloadTiles, type DownloadProgress } from "./tile-downloader";
import { tilesOf, type GeoBox } from "./tile-grid";
import { fillAreaHistory, HISTORY_BYTES_PER_SAMPLE, HISTORY_SAMPLE_EVERY_MS, MAX_SAMPLES_PER_TAG, type HistoryFillAnswer } from "./field-history";

export interface OfflineServiceDeps {
  basemap: Basemap;
  tileUrl: string | null;
  requestsPerSecond: number;
  /** Roles that may download, import and prepare (site permissions.field). */
  roles: readonly string[];
  assets(): AssetInfo[];
  /** The model of this endpoint was discovered live since start (not only restored). */
  liveModel(endpointId: EndpointId): boolean;
  /** Writes the cached last values to the store now; how many of these tags have one. */
  keepLastValues(tagIds: TagId[]): Promise<number>;
  /** readHistory's server fill for one tag and range: gaps left, or why not. */
  fillHistory(tagId: TagId, from: number, to: number): Promise<HistoryFillAnswer>;
  publish(status: OfflineMapStatus): void;
  now?: () => number;
}

const PUBLISH_EVERY_MS = 250;

export class OfflineService {
  private job: OfflineJob | null = null;
  private abort: AbortController | null = null;
  private running: Promise<void> | null = null;
  private nextId = 1;
  private lastPublish = 0;
  private publishTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: OfflineServiceDeps) {}

  status(): OfflineMapStatus {
    const files = this.deps.basemap.list();
    return {
      tileServer: this.deps.tileUrl,
      files,
      minZoom: files.length ? Math.min(...files.map((f) => f.minZoom)) : null,
      maxZoom: files.length ? Math.max(...files.map((f) => f.maxZoom)) : null,
      revision: this.deps.basemap.revision,
      job: this.job ? { ...this.job } : null,
      districts: districtsOf(this.deps.assets()),
      requestsPerSecond: this.deps.requestsPerSecond,
    };
  }

  estimateTiles(area: OfflineArea, zooms: number[]): TileEstimate {
    return this.deps.basemap.estimate(resolveArea(area, this.deps.assets()).box, zooms);
  }

  estimateField(area: OfflineArea, zooms: number[], from: number, to: number): FieldEstimate {
    const resolved = resolveArea(area, this.deps.assets());
    const tiles = this.deps.basemap.estimate(resolved.box, zooms);
    const tags = resolved.assets.reduce((n, a) => n + a.tags.length, 0);
    const samples = Math.min(MAX_SAMPLES_PER_TAG, Math.ceil((to - from) / HISTORY_SAMPLE_EVERY_MS));
    const historyBytes = tags * samples * HISTORY_BYTES_PER_SAMPLE;
    return { tiles, assets: resolved.assets.length, tags, historyBytes, bytes: tiles.bytes + historyBytes };
  }

  downloadTiles(person: Person, area: OfflineArea, zooms: number[]): OfflineJob {
    this.mayAct(person);
    const template = this.needTileServer();
    const { box } = resolveArea(area, this.deps.assets());
    const estimate = this.checkSize(box, zooms);
    const job = this.begin("tiles", person, { area, zooms }, estimate.tiles, estimate.bytes);
    this.run(job, async (signal) => {
      await this.tiles(job, template, box, zooms, signal, 0);
    });
    return { ...job };
  }

  prepareForField(person: Person, area: OfflineArea, zooms: number[], from: number, to: number): OfflineJob {
    this.mayAct(person);
    const template = this.needTileServer();
    const resolved = resolveArea(area, this.deps.assets());
    const estimate = this.estimateField(area, zooms, from, to);
    this.checkSize(resolved.box, zooms);
    const tagIds = resolved.assets.flatMap((a) => a.tags.map((t) => t.id));
    const job = this.begin("field", person, { area, zooms, from, to }, tagIds.length + estimate.tiles.tiles, estimate.bytes);
    const summary = { assets: resolved.assets.length, tags: tagIds.length, storedModelOnly: [] as string[], lastValues: 0, historyFilled: 0, historyNotKept: 0, historyFailed: 0, historyProblem: null as string | null };
    job.field = summary;
    this.run(job, async (signal) => {
      this.step(job, "model");
      summary.storedModelOnly = [...new Set(resolved.assets.map((a) => a.endpointId))].filter((id) => !this.deps.liveModel(id));
      this.step(job, "values");
      summary.lastValues = await this.deps.keepLastValues(tagIds);
      this.step(job, "history");
      await fillAreaHistory(tagIds, from, Math.min(to, (this.deps.now ?? Date.now)()), this.deps.fillHistory, signal, (so) => {
        summary.historyFilled = so.filled;
        summary.historyNotKept = so.notKept;
        summary.historyFailed = so.failed;
        summary.historyProblem = so.problem;
        job.done++;
        this.changed();
      });
      if (signal.aborted) return;
      this.step(job, "tiles");
      await this.tiles(job, template, resolved.box, zooms, signal, job.done);
    });
    return { ...job };
  }

  cancel(person: Person): OfflineJob | null {
    this.mayAct(person);
    if (!this.job || this.job.state !== "running") return this.job ? { ...this.job } : null;
    this.abort?.abort();
    return { ...this.job };
  }

  importFile(person: Person, file: string) {
    this.mayAct(person);
    if (this.job?.state === "running") throw new CoreError("unavailable", "A download is running: wait for it or cancel it, then import");
    const imported = this.deps.basemap.import(file);
    this.changed(true);
    return imported;
  }

  /** Waits for the running job to end (tests, stop). */
  async settled(): Promise<void> {
    await this.running;
  }

  async stop(): Promise<void> {
    this.abort?.abort();
    await this.running;
    if (this.publishTimer) clearTimeout(this.publishTimer);
  }

  private mayAct(person: Person): void {
    if (!this.deps.roles.includes(person.role)) {
      throw new CoreError("forbidden", `Preparing for the field (map tiles, history) is for ${this.deps.roles.join(", ") || "nobody"} on this site; ${person.name} signed in as ${person.role}`);
    }
  }

  private needTileServer(): string {
    if (!this.deps.tileUrl) throw new CoreError("unavailable", 'The site names no tile server (tileUrl in the site config): import an MBTiles file instead');
    return this.deps.tileUrl;
  }

  private checkSize(box: GeoBox, zooms: number[]): TileEstimate {
    const estimate = this.deps.basemap.estimate(box, zooms);
    if (estimate.tiles > MAX_TILES_PER_DOWNLOAD) {
      throw new CoreError("bad-request", `field "zooms": ${estimate.tiles.toLocaleString("en")} tiles is more than the ${MAX_TILES_PER_DOWNLOAD.toLocaleString("en")} one download may take; choose fewer zoom levels or a smaller area`);
    }
    return estimate;
  }

  private begin(kind: OfflineJob["kind"], person: Person, request: OfflineJob["request"], total: number, estimateBytes: number): OfflineJob {
    if (this.job?.state === "running") throw new CoreError("unavailable", `A ${this.job.kind === "field" ? "field preparation" : "tile download"} started by ${this.job.startedBy} is running: wait for it or cancel it`);
    const now = (this.deps.now ?? Date.now)();
    this.job = { id: this.nextId++, kind, state: "running", step: null, done: 0, total, bytes: 0, estimateBytes, missing: 0, failed: 0, problem: null, field: null, startedBy: person.name, startedAt: now, endedAt: null, request };
    return this.job;
  }

  private run(job: OfflineJob, work: (signal: AbortSignal) => Promise<void>): void {
    const abort = new AbortController();
    this.abort = abort;
    this.changed(true);
    this.running = work(abort.signal)
      .then(() => {
        if (job.state === "running") job.state = abort.signal.aborted ? "cancelled" : "done";
      })
      .catch((err: unknown) => {
        job.state = abort.signal.aborted ? "cancelled" : "failed";
        if (job.state === "failed") job.problem = err instanceof Error ? err.message : String(err);
      })
      .finally(() => {
        job.endedAt = (this.deps.now ?? Date.now)();
        this.abort = null;
        this.deps.basemap.changed();
        this.changed(true);
      });
  }

  private async tiles(job: OfflineJob, template: string, box: GeoBox, zooms: number[], signal: AbortSignal, offset: number): Promise<void> {
    const target = this.deps.basemap.openForDownload(template);
    let lastRevisionAt = Date.now();
    try {
      const outcome = await downloadTiles({
        template,
        tiles: tilesOf(box, zooms),
        total: job.total - offset,
        target,
        requestsPerSecond: this.deps.requestsPerSecond,
        signal,
        onProgress: (p: DownloadProgress) => {
          job.done = offset + p.done;
          job.bytes = p.bytes;
          job.missing = p.missing;
          job.failed = p.failed;
          // Maps pick up new tiles every few seconds while the download runs.
          if (Date.now() - lastRevisionAt > 5000) {
            this.deps.basemap.changed();
            lastRevisionAt = Date.now();
          }
          this.changed();
        },
      });
      if (outcome.state === "failed") {
        job.state = "failed";
        job.problem = outcome.problem;
      } else if (outcome.state === "cancelled") job.state = "cancelled";
    } finally {
      target.close();
    }
  }

  private step(job: OfflineJob, step: FieldStep): void {
    job.step = step;
    this.changed(true);
  }

  /** Progress at most every PUBLISH_EVERY_MS; state changes at once. */
  private changed(now = false): void {
    if (this.publishTimer) return;
    const wait = now ? 0 : Math.max(0, this.lastPublish + PUBLISH_EVERY_MS - Date.now());
    if (wait === 0) {
      this.lastPublish = Date.now();
      this.deps.publish(this.status());
      return;
    }
    this.publishTimer = setTimeout(() => {
      this.publishTimer = null;
      this.lastPublish = Date.now();
      this.deps.publish(this.status());
    }, wait);
  }
}
