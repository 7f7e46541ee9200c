/**
 * Alarms: Part 9 events from every endpoint -> the alarm book -> journal rows (one write per
 * batch, off the event loop) -> one delta to every window.
 */
import type { ClientSession, Variant } from "node-opcua";
import type { AlarmDelta, AlarmId, AlarmState, EndpointId, EndpointStatus } from "../../../contract/api";
import type { AssetIndex } from "../model/asset-index";
import { AlarmBook } from "./alarm-book";
import type { JournalRepository } from "../store/journal-repository";
import { decodeConditionEvent } from "./alarm-events";
import { findDisabledConditions } from "./disabled-conditions";

/** How long a re-quote waits for the server's refresh to end before the action settles as it is. */
const RESYNC_TIMEOUT_MS = 10_000;

export class AlarmService {
  private readonly book: AlarmBook;
  /** Asks an endpoint's server to resend its retained conditions (ConditionRefresh on our subscription). */
  private refresh: ((endpointId: EndpointId) => Promise<void>) | null = null;
  /** One resync per endpoint at a time: refusals arriving together share it. */
  private readonly resyncs = new Map<EndpointId, Promise<void>>();
  private readonly refreshEnded = new Map<EndpointId, (() => void)[]>();
  private sessionFor: ((endpointId: EndpointId) => ClientSession | null) | null = null;

  constructor(
    assets: AssetIndex,
    private readonly journal: JournalRepository,
    private readonly publish: (delta: AlarmDelta) => void,
    private readonly storeFailed: (err: unknown) => void,
    /** Milliseconds left of a timed shelve, read from the server; null when it cannot say. */
    private readonly unshelveTimeOf: (alarm: AlarmState) => Promise<number | null> = async () => null,
  ) {
    this.book = new AlarmBook((endpointId, sourceNode) => assets.assetOfSource(endpointId, sourceNode));
  }

  /** The last journaled state of every condition, shown until the servers say otherwise. */
  async restore(): Promise<void> {
    this.book.restore(await this.journal.latest());
  }

  onEvents(endpointId: EndpointId, batch: Variant[][]): void {
    // Windows get each row's last state in the batch (a branch and its trunk often come together);
    // the journal gets every state, with the EventId the row quotes now.
    const upserts = new Map<AlarmId, AlarmState>();
    const removed = new Set<AlarmId>();
    const journal: AlarmState[] = [];
    let refreshEnded = false;
    for (const fields of batch) {
      const event = decodeConditionEvent(fields);
      refreshEnded ||= event.kind === "refreshEnd";
      const change = this.book.apply(endpointId, event);
      for (const state of change.upserts) {
        upserts.delete(state.id);
        upserts.set(state.id, state);
        removed.delete(state.id);
      }
      for (const id of change.removed) {
        upserts.delete(id);
        removed.add(id);
      }
      journal.push(...change.upserts, ...change.closed);
      if (change.resynced) void this.listOutOfService(endpointId);
    }
    if (journal.length) {
      const rows = journal.map((state) => ({ state, eventId: state.retain ? (this.book.eventIdOf(state.id)?.toString("hex") ?? null) : null }));
      this.journal.append(rows).catch(this.storeFailed);
    }
    if (upserts.size || removed.size) this.publish({ upserts: [...upserts.values()], removed: [...removed] });
    for (const state of upserts.values()) {
      if (state.shelving?.kind === "timed" && state.shelving.until === null) void this.fillShelvingEnd(state);
    }
    if (refreshEnded) for (const resolve of this.refreshEnded.get(endpointId)?.splice(0) ?? []) resolve();
  }

  /** The asset model of an endpoint changed: rows whose source now belongs to another asset say so. */
  relink(endpointId: EndpointId): void {
    const { upserts } = this.book.relink(endpointId);
    if (upserts.length === 0) return;
    this.journal.append(upserts.map((state) => ({ state, eventId: this.book.eventIdOf(state.id)?.toString("hex") ?? null }))).catch(this.storeFailed);
    this.publish({ upserts, removed: [] });
  }

  /** The endpoints' live sessions, for what the events do not say; set once the connections exist. */
  useSessions(sessionFor: (endpointId: EndpointId) => ClientSession | null): void {
    this.sessionFor = sessionFor;
  }

  /** After a resync: conditions the server holds disabled, which no event and no refresh tells of. */
  private async listOutOfService(endpointId: EndpointId): Promise<void> {
    const session = this.sessionFor?.(endpointId);
    if (!session) return;
    const found = await findDisabledConditions(session).catch(() => []);
    const { upserts } = this.book.addOutOfService(endpointId, found);
    if (upserts.length === 0) return;
    this.journal.append(upserts.map((state) => ({ state, eventId: null }))).catch(this.storeFailed);
    this.publish({ upserts, removed: [] });
  }

  /** How the core asks an endpoint for its conditions again; set once the connections exist. */
  useRefresh(refresh: (endpointId: EndpointId) => Promise<void>): void {
    this.refresh = refresh;
  }

  /** A link that is not connected (or a new session) may have missed events: the next refresh is the truth. */
  onConnection(status: Pick<EndpointStatus, "endpointId" | "state">): void {
    if (status.state !== "connected" && status.state !== "refreshing") this.book.lost(status.endpointId);
  }

  /** The endpoint's event stream starts again from nothing (a new session and subscription). */
  streamRestarted(endpointId: EndpointId): void {
    this.book.lost(endpointId);
  }

  /**
   * Asks the server to resend the endpoint's conditions and resolves once that refresh has ended
   * and the book holds what it said (or after RESYNC_TIMEOUT_MS): after BadEventIdUnknown, the
   * EventIds to quote now. Part 9 has no refresh of one condition; ConditionRefresh on our own
   * subscription is the nearest, and refusals that arrive together share one.
   */
  resync(endpointId: EndpointId): Promise<void> {
    const running = this.resyncs.get(endpointId);
    if (running) return running;
    const refresh = this.refresh;
    if (!refresh) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const ended = new Promise<void>((resolve) => {
      this.refreshEnded.set(endpointId, [...(this.refreshEnded.get(endpointId) ?? []), resolve]);
      timer = setTimeout(resolve, RESYNC_TIMEOUT_MS);
    });
    const run = (async () => {
      try {
        await refresh(endpointId);
        await ended;
      } finally {
        clearTimeout(timer);
        this.resyncs.delete(endpointId);
      }
    })();
    this.resyncs.set(endpointId, run);
    return run;
  }

  /** The shelved view says until when: ask the server what its event left out. */
  private async fillShelvingEnd(state: AlarmState): Promise<void> {
    const asked = Date.now();
    const left = await this.unshelveTimeOf(state).catch(() => null);
    if (left === null) return;
    const row = this.book.setShelvingEnd(state.id, asked + left);
    if (row) this.publish({ upserts: [row], removed: [] });
  }

  list(): AlarmState[] {
    return this.book.list();
  }

  get(id: AlarmId): AlarmState | undefined {
    return this.book.get(id);
  }

  /** The EventId to quote now: the branch awaiting acknowledgement, else confirmation, else the condition's latest. */
  eventIdOf(id: AlarmId): Buffer | undefined {
    return this.book.eventIdOf(id);
  }

  /** The EventId an Acknowledge must quote; undefined when nothing awaits acknowledgement. */
  ackEventIdOf(id: AlarmId): Buffer | undefined {
    return this.book.ackEventIdOf(id);
  }

  /** The EventId a Confirm must quote; undefined when nothing awaits confirmation. */
  confirmEventIdOf(id: AlarmId): Buffer | undefined {
    return this.book.confirmEventIdOf(id);
  }
}
