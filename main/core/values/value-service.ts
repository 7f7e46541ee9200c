/**
 * Values: DataChange -> tag cache -> (a) the windows that subscribed, coalesced per window;
 * (b) the store, one batched write per interval, never per notification; (c) the historian's buffer. An endpoint that
 * goes dark marks its own tags stale (looked up in the asset index, not found by a scan).
 */
import type { EndpointId, TagId, TagValue } from "../../../contract/api";
import type { AssetIndex } from "../model/asset-index";
import type { WindowLink } from "../rpc/window-link";
import type { LastValueRepository } from "../store/last-value-repository";
import { TagCache } from "./tag-cache";

export class ValueService {
  readonly cache = new TagCache();
  /** Notifications received since start (benchmarks, diagnostics). */
  received = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly assets: AssetIndex,
    private readonly lastValues: LastValueRepository,
    private readonly storeFailed: (err: unknown) => void,
    /** The historian: every live change, buffered there and written once per interval. */
    private readonly history?: { record(value: TagValue): void },
  ) {}

  /** Last known values from the store: known, not live. */
  async restore(): Promise<void> {
    this.cache.seed(await this.lastValues.loadAll());
  }

  onValue(value: TagValue): void {
    this.received++;
    this.cache.set(value);
    this.history?.record(value);
  }

  markEndpointStale(endpointId: EndpointId): void {
    this.cache.markStale(this.assets.tagsOf(endpointId));
  }

  subscribe(link: WindowLink, tagIds: TagId[]): TagValue[] {
    const out: TagValue[] = [];
    for (const id of tagIds) {
      if (!this.assets.hasTag(id)) continue;
      if (!link.watched.has(id)) {
        link.watched.add(id);
        this.cache.watch(id, link.batcher);
      }
      const v = this.cache.get(id);
      if (v) out.push(v);
    }
    return out;
  }

  unsubscribe(link: WindowLink, tagIds: TagId[]): number {
    let count = 0;
    for (const id of tagIds) {
      if (link.watched.delete(id) && this.cache.unwatch(id, link.batcher)) count++;
    }
    return count;
  }

  /** A window closed: it stops watching everything. */
  release(link: WindowLink): void {
    for (const id of link.watched) this.cache.unwatch(id, link.batcher);
    link.watched.clear();
  }

  startPersisting(intervalMs: number): void {
    this.timer = setInterval(() => void this.flush(), intervalMs);
  }

  /** One write for everything that changed; a write still running absorbs the next interval's. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    const dirty = this.cache.takeDirty();
    if (dirty.length === 0) return Promise.resolve();
    this.flushing = this.lastValues
      .write(dirty)
      .then(() => undefined, this.storeFailed)
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flushing;
    await this.flush();
  }
}
