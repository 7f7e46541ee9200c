/**
 * Things a person must be told that are not endpoints or alarms: a store set aside at start,
 * a disk that filled up. Each is logged, kept for windows that open later, and pushed to the
 * open ones; a failure that repeats (every flush on a full disk) is told once a minute.
 */
import type { CoreNotice } from "../../../contract/api";
import type { CoreLog } from "../log/core-log";
import { decodeStartNotice } from "../../../contract/start-notice";

const KEEP = 50;
const REPEAT_MS = 60_000;

export class NoticeBoard {
  private readonly notices: string[] = [];
  private readonly lastTold = new Map<string, number>();

  constructor(
    private readonly log: CoreLog,
    private readonly publish: (notice: CoreNotice) => void,
  ) {}

  /** Notices from the start (before any window): kept, logged. */
  addStartNotices(messages: string[]): void {
    for (const message of messages) {
      // A worded notice is logged by its English sentence; windows word it themselves.
      this.log.warn({ notice: "store-set-aside" }, decodeStartNotice(message).text);
      this.keep(message);
    }
  }

  tell(kind: CoreNotice["kind"], message: string): void {
    const key = `${kind}:${message}`;
    const now = Date.now();
    this.log.error({ notice: kind }, message);
    if (now - (this.lastTold.get(key) ?? -Infinity) < REPEAT_MS) return;
    this.lastTold.set(key, now);
    this.keep(message);
    this.publish({ kind, message, at: now });
  }

  list(): string[] {
    return [...this.notices];
  }

  private keep(message: string): void {
    this.notices.push(message);
    if (this.notices.length > KEEP) this.notices.splice(0, this.notices.length - KEEP);
  }
}
