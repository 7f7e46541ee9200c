/**
 * Alarm history and alarm KPIs for any window: both only read the local journal and audit trail
 * (through the store worker, which filters in SQL), so they need no sign-in and work offline.
 */
import type { AlarmHistoryPage, AlarmHistoryRow, AlarmKpis, MethodArgs } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";
import type { HistoryPosition, HistoryRepository, StoredHistoryRow } from "../store/history-repository";
import type { OperatorPosition } from "../../../contract/api";
import { computeAlarmKpis, type KpiScope } from "./alarm-kpis";

/** Audit rows before alarm rows at the same millisecond (an action, then the event it caused). */
const rankOf = (row: StoredHistoryRow): 0 | 1 => (row.kind === "audit" ? 1 : 0);

/** Newest first: time, then rank, then seq, all descending. */
function newerFirst(a: StoredHistoryRow, b: StoredHistoryRow): number {
  return b.time - a.time || rankOf(b) - rankOf(a) || b.seq - a.seq;
}

export function encodeCursor(row: StoredHistoryRow): string {
  return `${row.time}.${rankOf(row)}.${row.seq}`;
}

export function decodeCursor(cursor: string): HistoryPosition {
  const m = /^(\d{1,16})\.([01])\.(\d{1,16})$/.exec(cursor);
  if (!m) throw new CoreError("bad-request", "This history cursor is not one the core gave: search again from the first page");
  return { time: Number(m[1]), rank: m[2] === "1" ? 1 : 0, seq: Number(m[3]) };
}

function toContractRow(row: StoredHistoryRow): AlarmHistoryRow {
  if (row.kind === "alarm") {
    const s = row.state;
    return {
      kind: "alarm",
      key: `alarm-${row.seq}`,
      time: row.time,
      receivedAt: row.receivedAt,
      alarmId: s.id,
      assetId: s.assetId ?? null,
      sourceName: s.sourceName,
      conditionName: s.conditionName ?? "",
      message: s.message,
      severity: s.severity,
      priority: s.priority,
      service: row.service,
      district: row.district,
      active: s.active,
      acked: s.acked,
      confirmed: s.confirmed ?? null,
      shelved: s.shelved,
      returned: s.returned ?? (!s.active && s.retain),
      enabled: s.enabled !== false,
      lastComment: s.lastComment ?? null,
      lastCommentUser: s.lastCommentUser ?? null,
    };
  }
  const t = row.targetState;
  return {
    kind: "audit",
    key: `audit-${row.seq}`,
    time: row.time,
    userName: row.userName,
    role: row.role,
    action: row.action,
    target: row.target,
    targetLabel: t ? `${t.sourceName}: ${t.message}` : null,
    detail: row.detail,
    worded: row.worded,
    alarmId: t ? t.id : null,
    priority: t ? t.priority : null,
    service: row.service,
    district: row.district,
  };
}

export class AlarmHistoryService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly positions: readonly OperatorPosition[] = [],
  ) {}

  /** One page, newest first; `next` continues where it stopped. */
  async search(args: MethodArgs<"searchAlarmHistory">): Promise<AlarmHistoryPage> {
    const { cursor, limit, ...filters } = args;
    const found = await this.history.search({ ...filters, limit, before: cursor === undefined ? undefined : decodeCursor(cursor) });
    // Each kind answered up to limit + 1 rows, so the first limit + 1 of the merge are exact.
    const merged = [...found.alarms, ...found.audit].sort(newerFirst);
    const page = merged.slice(0, limit);
    const last = page[page.length - 1];
    return { rows: page.map(toContractRow), next: merged.length > limit && last ? encodeCursor(last) : null };
  }

  /** EEMUA 191 / ISA-18.2 figures for the range (and service), each with its target. */
  async kpis(args: MethodArgs<"alarmKpis">): Promise<AlarmKpis> {
    const { from, to, service, position } = args;
    const scope = this.scopeOf(service ?? null, position ?? null);
    const [activations, endStates] = await Promise.all([this.history.activations({ from, to, ...scope }), this.history.endStates({ to, ...scope })]);
    return computeAlarmKpis({ from, to, service: service ?? null, position: position ?? null, scope, activations, endStates });
  }

  /** A position narrows to its services and districts; a service narrows further (none outside the position). */
  private scopeOf(service: string | null, positionId: string | null): KpiScope {
    if (positionId === null) return { services: service === null ? null : [service], districts: null };
    const position = this.positions.find((p) => p.id === positionId);
    if (!position) {
      const known = this.positions.map((p) => p.id).join(", ") || "none";
      throw new CoreError("bad-request", `Operator position "${positionId}" is not one of this site's positions (${known})`);
    }
    const services = service === null ? position.services : position.services.filter((s) => s === service);
    return { services, districts: position.districts };
  }
}
