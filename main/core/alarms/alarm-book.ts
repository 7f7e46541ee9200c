/**
 * The alarm book: the current state of every retained condition, keyed by ConditionId (plus
 * BranchId for branches), built only from what the server's events say. It also keeps the
 * latest EventId per condition, which Acknowledge and Confirm must quote back.
 */
import type { AlarmDelta, AlarmState } from "../../../preload/api";
import type { ConditionEvent } from "../opcua/alarm-events";
import { priorityOf } from "./priority";

export class AlarmBook {
  private readonly alarms = new Map<string, AlarmState>();
  private readonly eventIds = new Map<string, Buffer>();
  /** Conditions seen during a ConditionRefresh, per endpoint; null when no refresh is running. */
  private readonly refreshing = new Map<string, Set<string>>();

  constructor(private readonly assetOfSource: (endpointId: string, sourceNode: string) => string | null) {}

  list(): AlarmState[] {
    return [...this.alarms.values()];
  }

  get(id: string): AlarmState | undefined {
    return this.alarms.get(id);
  }

  eventIdOf(id: string): Buffer | undefined {
    return this.eventIds.get(id);
  }

  /** Applies one event; returns the change to broadcast (empty when nothing changed). */
  apply(endpointId: string, ev: ConditionEvent): AlarmDelta {
    if (ev.kind === "refreshStart") {
      this.refreshing.set(endpointId, new Set());
      return { upserts: [], removed: [] };
    }
    if (ev.kind === "refreshEnd") return this.endRefresh(endpointId);
    if (ev.kind !== "condition" || !ev.conditionId) return { upserts: [], removed: [] };

    const id = ev.branchId ? `${endpointId}|${ev.conditionId}#${ev.branchId}` : `${endpointId}|${ev.conditionId}`;
    this.refreshing.get(endpointId)?.add(id);
    if (!ev.retain) {
      const existed = this.alarms.delete(id);
      this.eventIds.delete(id);
      return { upserts: [], removed: existed ? [id] : [] };
    }
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
    return { upserts: [state], removed: [] };
  }

  /** Conditions the server did not resend during a refresh are gone. */
  private endRefresh(endpointId: string): AlarmDelta {
    const seen = this.refreshing.get(endpointId);
    this.refreshing.delete(endpointId);
    if (!seen) return { upserts: [], removed: [] };
    const removed: string[] = [];
    for (const [id, alarm] of this.alarms) {
      if (alarm.endpointId === endpointId && !seen.has(id)) {
        this.alarms.delete(id);
        this.eventIds.delete(id);
        removed.push(id);
      }
    }
    return { upserts: [], removed };
  }
}
