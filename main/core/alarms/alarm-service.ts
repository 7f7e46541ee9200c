/**
 * Alarms: Part 9 events from every endpoint -> the alarm book -> journal rows (one write per
 * batch, off the event loop) -> one delta to every window.
 */
import type { Variant } from "node-opcua";
import type { AlarmDelta, AlarmId, AlarmState, EndpointId } from "../../../contract/api";
import type { AssetIndex } from "../model/asset-index";
import { AlarmBook } from "./alarm-book";
import type { JournalRepository } from "../store/journal-repository";
import { decodeConditionEvent } from "./alarm-events";

export class AlarmService {
  private readonly book: AlarmBook;

  constructor(
    assets: AssetIndex,
    private readonly journal: JournalRepository,
    private readonly publish: (delta: AlarmDelta) => void,
    private readonly storeFailed: (err: unknown) => void,
  ) {
    this.book = new AlarmBook((endpointId, sourceNode) => assets.assetOfSource(endpointId, sourceNode));
  }

  /** The last journaled state of every condition, shown until the servers say otherwise. */
  async restore(): Promise<void> {
    this.book.restore(await this.journal.latest());
  }

  onEvents(endpointId: EndpointId, batch: Variant[][]): void {
    const delta: AlarmDelta = { upserts: [], removed: [] };
    const journal: AlarmState[] = [];
    for (const fields of batch) {
      const change = this.book.apply(endpointId, decodeConditionEvent(fields));
      delta.upserts.push(...change.upserts);
      delta.removed.push(...change.removed);
      journal.push(...change.upserts, ...change.closed);
    }
    if (journal.length) {
      const rows = journal.map((state) => ({ state, eventId: state.retain ? (this.book.eventIdOf(state.id)?.toString("hex") ?? null) : null }));
      this.journal.append(rows).catch(this.storeFailed);
    }
    if (delta.upserts.length || delta.removed.length) this.publish(delta);
  }

  list(): AlarmState[] {
    return this.book.list();
  }

  get(id: AlarmId): AlarmState | undefined {
    return this.book.get(id);
  }

  eventIdOf(id: AlarmId): Buffer | undefined {
    return this.book.eventIdOf(id);
  }
}
