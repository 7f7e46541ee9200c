/**
 * Last value of every tag in memory. The OPC UA hot path calls `set` per notification, so it
 * only updates a map and hands the value to the windows that watch that tag; persistence
 * picks up the dirty set on its own timer.
 */
import type { TagId, TagValue } from "../../../contract/api";

export interface ValueSink {
  push(value: TagValue): void;
}

export class TagCache {
  private readonly values = new Map<TagId, TagValue>();
  private dirty = new Set<TagId>();
  private readonly watchers = new Map<TagId, Set<ValueSink>>();

  get(id: TagId): TagValue | undefined {
    return this.values.get(id);
  }

  /** Values loaded from the store at start: known, but not live. */
  seed(values: TagValue[]): void {
    for (const v of values) if (!this.values.has(v.id)) this.values.set(v.id, v);
  }

  set(value: TagValue): void {
    this.values.set(value.id, value);
    this.dirty.add(value.id);
    const sinks = this.watchers.get(value.id);
    if (sinks) for (const sink of sinks) sink.push(value);
  }

  /** Marks these tags' values stale (an endpoint went dark) and tells the watchers. */
  markStale(ids: Iterable<TagId>): number {
    let n = 0;
    for (const id of ids) {
      const v = this.values.get(id);
      if (!v || v.stale) continue;
      const stale = { ...v, stale: true };
      this.values.set(id, stale);
      n++;
      const sinks = this.watchers.get(id);
      if (sinks) for (const sink of sinks) sink.push(stale);
    }
    return n;
  }

  takeDirty(): TagValue[] {
    const ids = this.dirty;
    this.dirty = new Set();
    const out: TagValue[] = [];
    for (const id of ids) {
      const v = this.values.get(id);
      if (v) out.push(v);
    }
    return out;
  }

  watch(id: TagId, sink: ValueSink): void {
    let set = this.watchers.get(id);
    if (!set) this.watchers.set(id, (set = new Set()));
    set.add(sink);
  }

  unwatch(id: TagId, sink: ValueSink): boolean {
    const set = this.watchers.get(id);
    if (!set?.delete(sink)) return false;
    if (set.size === 0) this.watchers.delete(id);
    return true;
  }
}
