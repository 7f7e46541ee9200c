/**
 * The alarm book: one row per condition (ISA-18.2), built only from what the server's events say.
 *
 * Part 9 keeps a condition's current state in its trunk (BranchId null) and earlier states that
 * still need a person in branches: node-opcua, for one, makes a branch when a condition returns
 * to normal unacknowledged, holding the old "active, unacknowledged" state, and sends the trunk
 * as inactive with Retain false. The book folds them: the row is active only if the trunk is,
 * unacknowledged while the trunk or any open branch is, and stays until every branch has left
 * (Retain false) and the trunk is not retained. It keeps each branch's EventId, so Acknowledge
 * and Confirm quote the branch that needs them, the oldest first. How a condition reads as a row
 * is condition-row.ts; this file keeps the conditions and applies the server's events to them.
 */
import { alarmId, type AlarmDelta, type AlarmId, type AlarmState, type AssetId, type EndpointId } from "../../../contract/api";
import type { ConditionEvent } from "./alarm-events";
import type { DisabledCondition } from "./disabled-conditions";
import {
  branchOf,
  factsOf,
  disabledCondition,
  foldRestored,
  journaledCondition,
  needsAck,
  outOfServiceTrunk,
  needsConfirm,
  TRUNK,
  trunkOpen,
  type Branch,
  type Condition,
} from "./condition-branches";
import { openBranches, rowOf } from "./condition-row";

/** A delta for the windows, plus the last state of conditions that closed, for the journal. */
export interface BookChange extends AlarmDelta {
  closed: AlarmState[];
  /** A refresh after a gap ended: the book holds what the server resent, and nothing else. */
  resynced?: boolean;
}

const NO_CHANGE = (): BookChange => ({ upserts: [], removed: [], closed: [] });


export class AlarmBook {
  private readonly conditions = new Map<AlarmId, Condition>();
  /**
   * Branches seen during a ConditionRefresh, per endpoint (`<alarm id>\n<branch id>`), and whether
   * that refresh may remove what it did not resend.
   */
  private readonly refreshing = new Map<EndpointId, { seen: Set<string>; prune: boolean }>();
  /**
   * Endpoints whose event stream has had no gap since their last refresh ended. Their live events
   * already told every branch that left, so a refresh there only adds and updates: node-opcua sends
   * any client's refresh to every subscription and resends no branches (Part 9 wants both
   * otherwise), and another client's refresh must not take an unacknowledged branch off our list.
   */
  private readonly synced = new Set<EndpointId>();
  private seq = 0;

  constructor(private readonly assetOfSource: (endpointId: EndpointId, sourceNode: string) => AssetId | null) {}

  list(): AlarmState[] {
    const rows: AlarmState[] = [];
    for (const c of this.conditions.values()) if (c.row) rows.push(c.row);
    return rows;
  }

  get(id: AlarmId): AlarmState | undefined {
    return this.conditions.get(id)?.row ?? undefined;
  }

  /**
   * The end of a timed shelve its event did not carry, read from the server afterwards; the new
   * row, or null when the condition is no longer shelved that way (or already has an end).
   */
  setShelvingEnd(id: AlarmId, until: number): AlarmState | null {
    const c = this.conditions.get(id);
    if (!c || c.restored || c.facts.shelving?.kind !== "timed" || c.facts.shelving.until !== null) return null;
    c.facts = { ...c.facts, shelving: { kind: "timed", until } };
    return this.settle(c, c.time).upserts[0] ?? null;
  }

  /**
   * The EventId to quote now: the oldest open branch awaiting acknowledgement, else the trunk if
   * it does; with nothing to acknowledge, what awaits confirmation; else the condition's latest.
   */
  eventIdOf(id: AlarmId): Buffer | undefined {
    const c = this.conditions.get(id);
    if (!c) return undefined;
    if (c.restored) return c.restored.eventId ?? undefined;
    return this.target(c, needsAck) ?? this.target(c, needsConfirm) ?? c.trunk?.eventId ?? openBranches(c).at(-1)?.eventId ?? undefined;
  }

  /** The EventId an Acknowledge must quote, or undefined when nothing awaits acknowledgement. */
  ackEventIdOf(id: AlarmId): Buffer | undefined {
    const c = this.conditions.get(id);
    if (!c) return undefined;
    if (c.restored) return needsAck(c.restored.state) ? (c.restored.eventId ?? undefined) : undefined;
    return this.target(c, needsAck);
  }

  /** The EventId a Confirm (i=9113) must quote, or undefined when nothing awaits confirmation. */
  confirmEventIdOf(id: AlarmId): Buffer | undefined {
    const c = this.conditions.get(id);
    if (!c) return undefined;
    if (c.restored) return !needsAck(c.restored.state) && needsConfirm(c.restored.state) ? (c.restored.eventId ?? undefined) : undefined;
    return this.target(c, needsConfirm);
  }

  /**
   * Last known conditions from the journal, shown until the server says otherwise; the next
   * ConditionRefresh replaces or removes each of them. The EventId to quote comes along, so an
   * action taken offline can be queued and replayed; if the condition moved on meanwhile, the
   * server answers BadEventIdUnknown and the outbox marks a conflict for a person. Rows journaled
   * per branch (before branches were folded) are folded here.
   */
  restore(entries: { state: AlarmState; eventId: Buffer | null }[]): void {
    const groups = new Map<AlarmId, { state: AlarmState; eventId: Buffer | null }[]>();
    for (const entry of entries) {
      if (!entry.state.retain) continue;
      const id = alarmId(entry.state.endpointId, entry.state.conditionId);
      groups.set(id, [...(groups.get(id) ?? []), entry]);
    }
    for (const [id, group] of groups) {
      this.conditions.set(id, journaledCondition(id, foldRestored(id, group)));
    }
  }

  /**
   * The rows of an endpoint whose asset changed with the model. Not all come back with the refresh
   * that follows a model change: node-opcua, for one, does not resend an active alarm acknowledged
   * without ConfirmedState (Retain false), and its row would keep the old link.
   */
  relink(endpointId: EndpointId): BookChange {
    const change = NO_CHANGE();
    for (const c of this.conditions.values()) {
      if (c.endpointId !== endpointId || c.restored || !c.row) continue;
      const before = c.row.assetId;
      const row = this.settle(c, c.time).upserts[0];
      if (row && row.assetId !== before) change.upserts.push(row);
    }
    return change;
  }

  /** Conditions the server holds out of service that no event told of (disabled-conditions.ts). */
  addOutOfService(endpointId: EndpointId, found: DisabledCondition[]): BookChange {
    const change = NO_CHANGE();
    for (const f of found) {
      const id = alarmId(endpointId, f.conditionId);
      if (this.conditions.has(id)) continue;
      const c = disabledCondition(id, endpointId, f, this.seq++);
      this.conditions.set(id, c);
      change.upserts.push(...this.settle(c, c.time).upserts);
    }
    return change;
  }

  /** The endpoint's event stream broke (link lost, session or subscription new): its next refresh is the truth. */
  lost(endpointId: EndpointId): void {
    this.synced.delete(endpointId);
  }

  /** Applies one event; returns the change to broadcast (empty when nothing changed). */
  apply(endpointId: EndpointId, ev: ConditionEvent): BookChange {
    if (ev.kind === "refreshStart") {
      this.refreshing.set(endpointId, { seen: new Set(), prune: !this.synced.has(endpointId) });
      return NO_CHANGE();
    }
    if (ev.kind === "refreshEnd") return this.endRefresh(endpointId);
    if (ev.kind !== "condition" || !ev.conditionId) return NO_CHANGE();

    const id = alarmId(endpointId, ev.conditionId);
    this.refreshing.get(endpointId)?.seen.add(`${id}\n${ev.branchId ?? TRUNK}`);
    let c = this.conditions.get(id);
    if (!c) {
      c = {
        id,
        endpointId,
        conditionId: ev.conditionId,
        trunk: null,
        branches: new Map(),
        facts: factsOf(ev),
        time: ev.time,
        lastComment: null,
        lastCommentUser: null,
        restored: null,
        row: null,
      };
      this.conditions.set(id, c);
    }
    // The server speaks for this condition now; what the journal said is replaced.
    c.restored = null;
    if (!ev.enabled && !ev.branchId) return this.outOfService(c, ev);
    if (!ev.branchId || !c.facts.fromTrunk) c.facts = factsOf(ev);
    c.time = Math.max(c.time, ev.time);
    if (ev.comment) {
      c.lastComment = ev.comment;
      c.lastCommentUser = ev.clientUserId;
    }
    if (ev.branchId) {
      const previous = c.branches.get(ev.branchId);
      if (ev.retain) c.branches.set(ev.branchId, branchOf(ev, previous, previous?.seq ?? this.seq++));
      else c.branches.delete(ev.branchId);
    } else {
      c.trunk = branchOf(ev, c.trunk, c.trunk?.seq ?? this.seq++);
    }
    return this.settle(c, ev.time);
  }

  /**
   * Disabled (Part 9 §5.5.2): the server blanks every field but a few (BadConditionDisabled) and
   * sends Retain false. The row stays, out of service, with what was last known of it, so a
   * person sees it and can enable it; its branches wait for that.
   */
  private outOfService(c: Condition, ev: ConditionEvent): BookChange {
    c.facts = { ...c.facts, enabled: false, sourceName: ev.sourceName || c.facts.sourceName, conditionName: ev.conditionName || c.facts.conditionName };
    c.trunk = outOfServiceTrunk(ev, c.trunk, c.trunk?.seq ?? this.seq++);
    return this.settle(c, ev.time);
  }

  private target(c: Condition, needs: (b: Branch) => boolean): Buffer | undefined {
    const branch = openBranches(c).find(needs);
    if (branch) return branch.eventId ?? undefined;
    return c.trunk && trunkOpen(c.trunk) && needs(c.trunk) ? (c.trunk.eventId ?? undefined) : undefined;
  }

  /** Recomputes the row; a condition with nothing open closes. */
  private settle(c: Condition, time: number): BookChange {
    const row = rowOf(c, this.assetOfSource);
    if (row) {
      c.row = row;
      return { upserts: [row], removed: [], closed: [] };
    }
    this.conditions.delete(c.id);
    const last = c.row;
    if (!last) return NO_CHANGE();
    return { upserts: [], removed: [c.id], closed: [{ ...last, retain: false, returned: false, branches: 0, time }] };
  }

  /**
   * A refresh resends every retained condition and branch (Part 9 §5.5.7). After a gap in the
   * stream, a branch not resent is gone, a trunk not resent is not retained, a condition out of
   * service is not known to be still, and a condition left with nothing open closes.
   */
  private endRefresh(endpointId: EndpointId): BookChange {
    const refresh = this.refreshing.get(endpointId);
    this.refreshing.delete(endpointId);
    const change = NO_CHANGE();
    if (!refresh) return change;
    this.synced.add(endpointId);
    if (!refresh.prune) return change;
    change.resynced = true;
    const seen = refresh.seen;
    const now = Date.now();
    for (const c of [...this.conditions.values()]) {
      if (c.endpointId !== endpointId) continue;
      let moved = false;
      if (c.restored) {
        // Only a journal row: nothing from the server since, so it did not resend this condition.
        c.restored = null;
        moved = true;
      }
      for (const branchId of [...c.branches.keys()]) {
        if (seen.has(`${c.id}\n${branchId}`)) continue;
        c.branches.delete(branchId);
        moved = true;
      }
      if ((c.trunk?.retain || !c.facts.enabled) && !seen.has(`${c.id}\n${TRUNK}`)) {
        c.trunk = null;
        c.facts = { ...c.facts, enabled: true };
        moved = true;
      }
      if (!moved) continue;
      const settled = this.settle(c, now);
      change.upserts.push(...settled.upserts);
      change.removed.push(...settled.removed);
      change.closed.push(...settled.closed);
    }
    return change;
  }
}
