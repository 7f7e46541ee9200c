/**
 * The alarm book: the current state of every retained condition, keyed by ConditionId (plus
 * BranchId for branches), built only from what the server's events say. It also keeps the
 * latest EventId per condition, which Acknowledge and Confirm must quote back.
 */
import { alarmId, type AlarmDelta, type AlarmId, type AlarmState, type AssetId, type EndpointId } from "../../../contract/api";
import type { ConditionEvent } from "./alarm-events";
import { priorityOf } from "./priority";

/** A delta for the windows, plus the last state of conditions that closed, for the journal. */
export interface BookChange extends AlarmDelta {
  closed: AlarmState[];
}

const NO_CHANGE = (): BookChange => ({ upserts: [], removed: [], closed: [] });

export class AlarmBook {
  private readonly alarms = new Map<AlarmId, AlarmState>();
  private readonly eventIds = new Map<AlarmId, Buffer>();
  /** Conditions seen during a ConditionRefresh, per endpoint; null when no refresh is running. */
  private readonly refreshing = new Map<EndpointId, Set<AlarmId>>();

  constructor(private readonly assetOfSource: (endpointId: EndpointId, sourceNode: string) => AssetId | null) {}

  list(): AlarmState[] {
    return [...this.alarms.values()];
  }

  get(id: AlarmId): AlarmState | undefined {
    return this.alarms.get(id);
  }

  eventIdOf(id: AlarmId): Buffer | undefined {
    return this.eventIds.get(id);
  }

  /**
   * Last known conditions from the journal, shown until the server says otherwise; the next
   * ConditionRefresh replaces or removes each of them. Their EventId comes along, so an action
   * taken offline can be queued and replayed; if the condition moved on meanwhile, the server
   * answers BadEventIdUnknown and the outbox marks a conflict for a person.
   */
  restore(entries: { state: AlarmState; eventId: Buffer | null }[]): void {
    for (const { state, eventId } of entries) {
      if (!state.retain) continue;
      this.alarms.set(state.id, state);
      if (eventId) this.eventIds.set(state.id, eventId);
    }
  }

  /** Applies one event; returns the change to broadcast (empty when nothing changed). */
  apply(endpointId: EndpointId, ev: ConditionEvent): BookChange {
    if (ev.kind === "refreshStart") {
      this.refreshing.set(endpointId, new Set());
      return NO_CHANGE();
    }
    if (ev.kind === "refreshEnd") return this.endRefresh(endpointId);
    if (ev.kind !== "condition" || !ev.conditionId) return NO_CHANGE();

    const id = alarmId(endpointId, ev.conditionId, ev.branchId);
    this.refreshing.get(endpointId)?.add(id);
    if (!ev.retain) return this.close(id, ev.time);
    const previous = this.alarms.get(id);
    const state: AlarmState = {
      id,
      endpointId,
      conditionId: ev.conditionId,
      assetId: this.assetOfSource(endpointId, ev.sourceNode),
      sourceName: ev.sourceName,
      conditionType: ev.conditionName,
      message: ev.message,
      severity: ev.severity,
      priority: priorityOf(ev.severity),
      active: ev.active,
      acked: ev.acked,
      confirmed: ev.confirmed,
      shelved: ev.shelved,
      suppressed: ev.suppressed,
      enabled: ev.enabled,
      retain: ev.retain,
      time: ev.time,
      activeSince: ev.active ? (ev.activeSince ?? previous?.activeSince ?? ev.time) : null,
      lastComment: ev.comment || previous?.lastComment || null,
      lastCommentUser: ev.comment ? ev.clientUserId : (previous?.lastCommentUser ?? null),
    };
    this.alarms.set(id, state);
    if (ev.eventId) this.eventIds.set(id, ev.eventId);
    return { upserts: [state], removed: [], closed: [] };
  }

  private close(id: AlarmId, time: number): BookChange {
    const last = this.alarms.get(id);
    this.eventIds.delete(id);
    if (!last) return NO_CHANGE();
    this.alarms.delete(id);
    return { upserts: [], removed: [id], closed: [{ ...last, retain: false, time }] };
  }

  /** Conditions the server did not resend during a refresh are gone. */
  private endRefresh(endpointId: EndpointId): BookChange {
    const seen = this.refreshing.get(endpointId);
    this.refreshing.delete(endpointId);
    const change = NO_CHANGE();
    if (!seen) return change;
    const gone = [...this.alarms.values()].filter((a) => a.endpointId === endpointId && !seen.has(a.id));
    for (const alarm of gone) {
      const c = this.close(alarm.id, Date.now());
      change.removed.push(...c.removed);
      change.closed.push(...c.closed);
    }
    return change;
  }
}
