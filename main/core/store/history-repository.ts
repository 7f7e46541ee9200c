/**
 * Alarm history and KPI input, read from the alarm journal and the audit trail in the worker.
 * Filters run in SQL: the time range on the (event_time, seq) and (at, seq) indexes of migration
 * 005, priority and asset through json_extract on the journaled state, service and district
 * through the stored asset model (the `asset` table, ModelService's copy of the AssetIndex), and
 * text through the rows' folded `search` column (see search-text.ts for why it is folded in JS).
 * Rows written since the last search have no folded text yet: each search folds them first (a
 * partial index finds them), and a row still unfolded (a failed write) is folded on the fly by
 * a function registered on this connection only, so it is never missed.
 */
import type { AlarmId, AlarmState, Priority } from "../../../contract/api";
import type { KpiActivation, KpiEndState, KpiScope } from "../alarms/alarm-kpis";
import type { HistoryQuery, StoredAlarmHistory, StoredAuditHistory } from "./history-rows";
import type { Db } from "./open-database";
import { readDetail } from "../audit/worded-detail";
import { alarmSearchText, auditSearchText, containsPattern, foldText, queryWords } from "./search-text";

export type { HistoryKind, HistoryPosition, HistoryQuery, StoredAlarmHistory, StoredAuditHistory, StoredHistoryRow } from "./history-rows";


export interface HistoryRepository {
  /** Up to limit + 1 rows of each kind, newest first within each kind (the caller merges). */
  search(query: HistoryQuery): Promise<{ alarms: StoredAlarmHistory[]; audit: StoredAuditHistory[] }>;
  /** Activations (inactive or absent → active) with event time in [from, to], oldest first. */
  activations(range: { from: number; to: number } & Partial<KpiScope>): Promise<KpiActivation[]>;
  /** Each condition's last state at `to` that is active or shelved. */
  endStates(range: { to: number } & Partial<KpiScope>): Promise<KpiEndState[]>;
}

/** SQL and parameters for a KPI scope over the joined asset `a` (null = no condition). */
function scopeSql(scope: Partial<KpiScope>): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (scope.services) {
    parts.push("AND a.service IN (SELECT value FROM json_each(@services))");
    params["services"] = JSON.stringify(scope.services);
  }
  if (scope.districts) {
    parts.push("AND a.district IN (SELECT value FROM json_each(@districts))");
    params["districts"] = JSON.stringify(scope.districts);
  }
  return { sql: parts.join(" "), params };
}

/** Rows folded per search at most; the rest are folded on the fly this time and next time. */
const FOLD_BATCH = 20_000;

const jsonOrNull = (text: string | null): AlarmState | null => {
  if (text === null) return null;
  try {
    return JSON.parse(text) as AlarmState;
  } catch {
    return null;
  }
};

/** Worker side. */
export class HistorySql {
  constructor(private readonly db: Db) {
    // Connection-local helpers (never used by the schema, so other connections need not have them).
    db.function("ccr_fold", { deterministic: true }, (text: unknown) => (typeof text === "string" ? foldText(text) : ""));
    db.function("ccr_fold_alarm", { deterministic: true }, (state: unknown) => alarmSearchText(typeof state === "string" ? jsonOrNull(state) : null));
    db.function("ccr_fold_audit", { deterministic: true }, (userName: unknown, role: unknown, action: unknown, detail: unknown) =>
      auditSearchText({ userName: String(userName ?? ""), role: String(role ?? ""), action: String(action ?? ""), detail: String(detail ?? "") }),
    );
  }

  /** Folds the text of rows written since the last search. Returns how many were folded. */
  foldPending(max = FOLD_BATCH): number {
    let folded = 0;
    try {
      this.db.transaction(() => {
        const journal = this.db.prepare("SELECT seq, state FROM alarm_journal WHERE search IS NULL ORDER BY seq LIMIT ?").all(max) as { seq: number; state: string }[];
        const setJournal = this.db.prepare("UPDATE alarm_journal SET search = ? WHERE seq = ?");
        for (const r of journal) setJournal.run(alarmSearchText(jsonOrNull(r.state)), r.seq);
        const audit = this.db
          .prepare("SELECT seq, user_name, role, action, detail FROM audit WHERE search IS NULL ORDER BY seq LIMIT ?")
          .all(max) as { seq: number; user_name: string; role: string; action: string; detail: string }[];
        const setAudit = this.db.prepare("UPDATE audit SET search = ? WHERE seq = ?");
        for (const r of audit) setAudit.run(auditSearchText({ userName: r.user_name, role: r.role, action: r.action, detail: r.detail }), r.seq);
        folded = journal.length + audit.length;
      })();
    } catch {
      // A full or read-only disk: the search still works, folding on the fly (ccr_fold_*).
      return 0;
    }
    return folded;
  }

  search(q: HistoryQuery): { alarms: StoredAlarmHistory[]; audit: StoredAuditHistory[] } {
    this.foldPending();
    const kinds = q.kinds ?? ["alarm", "audit"];
    return {
      alarms: kinds.includes("alarm") ? this.searchJournal(q) : [],
      audit: kinds.includes("audit") ? this.searchAudit(q) : [],
    };
  }

  /**
   * The WHERE clauses both tables share, on their own columns: time range, the cursor (alarm
   * rows rank 0, audit rows 1 at the same time), the alarm filters (an audit row meets them
   * through the alarm its target names; sign-ins never do), the person and the text.
   */
  private filters(q: HistoryQuery, c: { time: string; rank: number; seq: string; state: string; alarm: string; user: string; search: string }) {
    const where = [`${c.time} >= @from`, `${c.time} <= @to`];
    const params: Record<string, unknown> = { from: q.from, to: q.to, n: q.limit + 1 };
    if (q.before) {
      where.push(`${c.time} <= @bt`, `(${c.time}, ${c.rank}, ${c.seq}) < (@bt, @br, @bs)`);
      Object.assign(params, { bt: q.before.time, br: q.before.rank, bs: q.before.seq });
    }
    if (q.priorities?.length) {
      where.push(`json_extract(${c.state}, '$.priority') IN (SELECT value FROM json_each(@priorities))`);
      params["priorities"] = JSON.stringify(q.priorities);
    }
    this.assetFilters(q, c.state, where, params);
    if (q.alarmId) {
      // Journals written before branches were folded hold rows (and actions) per branch, `<id>#<branch>`:
      // the range after '#' ('$' is the next character) finds them on the same index.
      where.push(`(${c.alarm} = @alarmId OR (${c.alarm} > @alarmId || '#' AND ${c.alarm} < @alarmId || '$'))`);
      params["alarmId"] = q.alarmId;
    }
    if (q.user) {
      where.push(`ccr_fold(${c.user}) LIKE @user ESCAPE '\\'`);
      params["user"] = containsPattern(foldText(q.user));
    }
    queryWords(q.text).forEach((w, i) => {
      where.push(`${c.search} LIKE @w${i} ESCAPE '\\'`);
      params[`w${i}`] = containsPattern(w);
    });
    return { where, params };
  }

  private searchJournal(q: HistoryQuery): StoredAlarmHistory[] {
    const { where, params } = this.filters(q, {
      time: "j.event_time",
      rank: 0,
      seq: "j.seq",
      state: "j.state",
      alarm: "j.alarm_id",
      user: "json_extract(j.state, '$.lastCommentUser')",
      search: "COALESCE(j.search, ccr_fold_alarm(j.state))",
    });
    const rows = this.db
      .prepare(
        `SELECT j.seq, j.event_time, j.received_at, j.state, a.service, a.district
         FROM alarm_journal j LEFT JOIN asset a ON a.id = json_extract(j.state, '$.assetId')
         WHERE ${where.join(" AND ")}
         ORDER BY j.event_time DESC, j.seq DESC LIMIT @n`,
      )
      .all(params) as { seq: number; event_time: number; received_at: number; state: string; service: string | null; district: string | null }[];
    const out: StoredAlarmHistory[] = [];
    for (const r of rows) {
      const state = jsonOrNull(r.state);
      if (state) out.push({ kind: "alarm", seq: r.seq, time: r.event_time, receivedAt: r.received_at, state, service: r.service, district: r.district });
    }
    return out;
  }

  private searchAudit(q: HistoryQuery): StoredAuditHistory[] {
    const { where, params } = this.filters(q, {
      time: "au.at",
      rank: 1,
      seq: "au.seq",
      state: "l.state",
      alarm: "au.target",
      user: "au.user_name",
      search: "COALESCE(au.search, ccr_fold_audit(au.user_name, au.role, au.action, au.detail))",
    });
    const rows = this.db
      .prepare(
        `SELECT au.seq, au.at, au.user_name, au.role, au.action, au.target, au.detail, l.state AS target_state, a.service, a.district
         FROM audit au
         LEFT JOIN alarm_journal l ON l.seq = (SELECT MAX(p.seq) FROM alarm_journal p WHERE p.alarm_id = au.target)
         LEFT JOIN asset a ON a.id = json_extract(l.state, '$.assetId')
         WHERE ${where.join(" AND ")}
         ORDER BY au.at DESC, au.seq DESC LIMIT @n`,
      )
      .all(params) as {
      seq: number;
      at: number;
      user_name: string;
      role: string;
      action: string;
      target: string;
      detail: string;
      target_state: string | null;
      service: string | null;
      district: string | null;
    }[];
    return rows.map((r) => ({
      kind: "audit",
      seq: r.seq,
      time: r.at,
      userName: r.user_name,
      role: r.role,
      action: r.action,
      target: r.target,
      ...readDetail(r.detail),
      targetState: jsonOrNull(r.target_state),
      service: r.service,
      district: r.district,
    }));
  }

  /** Service, district and asset filters on the alarm state in column `state` (joined to asset as `a`). */
  private assetFilters(q: HistoryQuery, state: string, where: string[], params: Record<string, unknown>): void {
    if (q.services?.length) {
      where.push("a.service IN (SELECT value FROM json_each(@services))");
      params["services"] = JSON.stringify(q.services);
    }
    if (q.districts?.length) {
      where.push("a.district IN (SELECT value FROM json_each(@districts))");
      params["districts"] = JSON.stringify(q.districts);
    }
    if (q.assetId) {
      where.push(`json_extract(${state}, '$.assetId') = @assetId`);
      params["assetId"] = q.assetId;
    }
  }

  activations(r: { from: number; to: number } & Partial<KpiScope>): KpiActivation[] {
    const scope = scopeSql(r);
    const rows = this.db
      .prepare(
        `SELECT j.event_time AS time, j.alarm_id,
                json_extract(j.state, '$.sourceName') AS source_name,
                json_extract(j.state, '$.conditionName') AS condition_name,
                json_extract(j.state, '$.priority') AS priority,
                a.service, a.district
         FROM alarm_journal j LEFT JOIN asset a ON a.id = json_extract(j.state, '$.assetId')
         WHERE j.event_time >= @from AND j.event_time <= @to
           AND json_extract(j.state, '$.active') = 1
           AND COALESCE((SELECT json_extract(p.state, '$.active') FROM alarm_journal p
                         WHERE p.alarm_id = j.alarm_id AND p.seq < j.seq ORDER BY p.seq DESC LIMIT 1), 0) = 0
           ${scope.sql}
         ORDER BY j.event_time, j.seq`,
      )
      .all({ from: r.from, to: r.to, ...scope.params }) as {
      time: number;
      alarm_id: AlarmId;
      source_name: string | null;
      condition_name: string | null;
      priority: Priority | null;
      service: string | null;
      district: string | null;
    }[];
    return rows.map((x) => ({
      time: x.time,
      alarmId: x.alarm_id,
      sourceName: x.source_name ?? "",
      conditionName: x.condition_name ?? "",
      priority: x.priority ?? "low",
      service: x.service,
      district: x.district,
    }));
  }

  endStates(r: { to: number } & Partial<KpiScope>): KpiEndState[] {
    const scope = scopeSql(r);
    const rows = this.db
      .prepare(
        `SELECT j.alarm_id, j.event_time, j.state, a.service, a.district
         FROM alarm_journal j LEFT JOIN asset a ON a.id = json_extract(j.state, '$.assetId')
         WHERE j.seq IN (SELECT MAX(seq) FROM alarm_journal WHERE event_time <= @to GROUP BY alarm_id)
           AND (json_extract(j.state, '$.active') = 1 OR json_extract(j.state, '$.shelved') = 1)
           ${scope.sql}`,
      )
      .all({ to: r.to, ...scope.params }) as {
      alarm_id: AlarmId;
      event_time: number;
      state: string;
      service: string | null;
      district: string | null;
    }[];
    const out: KpiEndState[] = [];
    for (const x of rows) {
      const s = jsonOrNull(x.state);
      if (!s) continue;
      out.push({
        alarmId: x.alarm_id,
        sourceName: s.sourceName,
        conditionName: s.conditionName,
        priority: s.priority,
        service: x.service,
        district: x.district,
        active: s.active,
        shelved: s.shelved,
        enabled: s.enabled !== false,
        activeSince: s.activeSince ?? null,
        time: x.event_time,
      });
    }
    return out;
  }
}
