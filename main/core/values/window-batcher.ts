/**
 * Coalesces value changes per tag for one window and flushes at most every 100 ms, so an
 * OPC UA burst becomes one message and one render, never one per notification.
 */
import type { TagValue } from "../../../contract/api";
import type { ValueSink } from "./tag-cache";

export const FLUSH_MS = 100;

export class WindowBatcher implements ValueSink {
  private pending = new Map<string, TagValue>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly flush: (values: TagValue[]) => void) {}

  push(value: TagValue): void {
    this.pending.set(value.id, value);
    if (!this.timer) this.timer = setTimeout(() => this.drain(), FLUSH_MS);
  }

  private drain(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flush(batch);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
