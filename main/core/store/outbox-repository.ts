/**
 * Outbox: an operator action is written here, durably and together with its audit row, before
 * anything is sent to a server. Every status change is one conditional UPDATE in the single
 * writer, so a row is claimed by exactly one sender even when a replay and a new call race.
 */
import type { ActionKind, EndpointId, OutboxStatus } from "../../../contract/api";
import { AuditSql } from "./audit-repository";
import type { Db } from "./open-database";
import { StoreError } from "./store-error";
import { wordedDetail } from "../audit/worded-detail";

export interface OutboxRow {
  id: number;
  createdAt: number;
  updatedAt: number;
  endpointId: EndpointId;
  kind: ActionKind;
  target: string;
  targetLabel: string;
  comment: string;
  /** JSON text of the action's payload. */
  payload: string;
  userName: string;
  role: string;
  status: OutboxStatus;
  attempts: number;
  serverStatus: string | null;
  error: string | null;
  resolution: string | null;
}

export interface Person {
  name: string;
  role: string;
}

export interface OutboxRecord {
  endpointId: EndpointId;
  kind: ActionKind;
  target: string;
  targetLabel: string;
  comment: string;
  payload: unknown;
  user: Person;
  /** Human-readable summary for the audit trail. */
  detail: string;
}

export interface OutboxAnswer {
  serverStatus: string | null;
  error: string | null;
}

export interface OutboxRepository {
  /** Outbox row and audit row in one transaction, or neither. */
  record(req: OutboxRecord): Promise<OutboxRow>;
  /** pending -> sending (attempts + 1); null if the row was not pending. */
  claim(id: number): Promise<OutboxRow | null>;
  /** sending -> done | conflict | failed. */
  settle(id: number, status: "done" | "conflict" | "failed", answer: OutboxAnswer): Promise<OutboxRow>;
  /** sending -> pending: transport trouble, replayed later. */
  release(id: number, error: string): Promise<OutboxRow>;
  /** Rows waiting for an endpoint, in id order. */
  pending(endpointId: EndpointId): Promise<OutboxRow[]>;
  /** A pending or sending row for the same kind and target (to refuse a duplicate). */
  openFor(kind: ActionKind, target: string): Promise<OutboxRow | null>;
  get(id: number): Promise<OutboxRow | null>;
  /** Newest first. */
  list(filter: { statuses?: OutboxStatus[]; limit: number }): Promise<OutboxRow[]>;
  /** pending | conflict | failed -> discarded, with an audit row. */
  discard(id: number, reason: string, user: Person): Promise<OutboxRow>;
  /** conflict | failed -> pending with a new payload, with an audit row. */
  retry(id: number, payload: unknown, user: Person, detail: string): Promise<OutboxRow>;
}

/** Worker side. */
export class OutboxSql {
  /** Audit rows go through the chain (audit-repository.ts), in the outbox's own transactions. */
  private readonly audit: AuditSql;

  constructor(private readonly db: Db) {
    this.audit = new AuditSql(db);
  }

  record(req: OutboxRecord): OutboxRow {
    const now = Date.now();
    return this.db.transaction(() => {
      const row = this.db
        .prepare(
          `INSERT INTO outbox (created_at, updated_at, endpoint_id, kind, target, target_label, comment, payload, user_name, role, status)
           VALUES (?,?,?,?,?,?,?,?,?,?,'pending') RETURNING *`,
        )
        .get(now, now, req.endpointId, req.kind, req.target, req.targetLabel, req.comment, JSON.stringify(req.payload), req.user.name, req.user.role);
      this.audit.append({ userName: req.user.name, role: req.user.role, action: req.kind, target: req.target, detail: req.detail }, now);
      return toRow(row);
    })();
  }

  claim(id: number): OutboxRow | null {
    const row = this.db
      .prepare("UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'pending' RETURNING *")
      .get(Date.now(), id);
    return row ? toRow(row) : null;
  }

  settle(id: number, status: "done" | "conflict" | "failed", answer: OutboxAnswer): OutboxRow {
    return this.move(id, ["sending"], status, "server_status = ?, last_error = ?", [answer.serverStatus, answer.error]);
  }

  release(id: number, error: string): OutboxRow {
    return this.move(id, ["sending"], "pending", "last_error = ?", [error]);
  }

  pending(endpointId: EndpointId): OutboxRow[] {
    return this.db.prepare("SELECT * FROM outbox WHERE endpoint_id = ? AND status = 'pending' ORDER BY id").all(endpointId).map(toRow);
  }

  openFor(kind: ActionKind, target: string): OutboxRow | null {
    const row = this.db
      .prepare("SELECT * FROM outbox WHERE kind = ? AND target = ? AND status IN ('pending','sending') ORDER BY id LIMIT 1")
      .get(kind, target);
    return row ? toRow(row) : null;
  }

  get(id: number): OutboxRow | null {
    const row = this.db.prepare("SELECT * FROM outbox WHERE id = ?").get(id);
    return row ? toRow(row) : null;
  }

  list(filter: { statuses?: OutboxStatus[]; limit: number }): OutboxRow[] {
    const statuses = filter.statuses ?? [];
    const where = statuses.length ? `WHERE status IN (${statuses.map(() => "?").join(",")})` : "";
    return this.db.prepare(`SELECT * FROM outbox ${where} ORDER BY id DESC LIMIT ?`).all(...statuses, filter.limit).map(toRow);
  }

  discard(id: number, reason: string, user: Person): OutboxRow {
    return this.db.transaction(() => {
      const row = this.move(id, ["pending", "conflict", "failed"], "discarded", "resolution = ?", [`Discarded by ${user.name}: ${reason}`]);
      this.audit.append({ userName: user.name, role: user.role, action: "discard", target: row.target, detail: wordedDetail("discarded", { id, kind: row.kind, target: row.targetLabel, reason }, `Discarded action #${id} (${row.kind} ${row.targetLabel}): ${reason}`) });
      return row;
    })();
  }

  retry(id: number, payload: unknown, user: Person, detail: string): OutboxRow {
    return this.db.transaction(() => {
      const row = this.move(id, ["conflict", "failed"], "pending", "payload = ?, server_status = NULL, last_error = NULL, resolution = ?", [
        JSON.stringify(payload),
        `Retried by ${user.name}`,
      ]);
      this.audit.append({ userName: user.name, role: user.role, action: row.kind, target: row.target, detail });
      return row;
    })();
  }

  /** One guarded UPDATE: the WHERE on status is what makes transitions safe against races. */
  private move(id: number, from: OutboxStatus[], to: OutboxStatus, set: string, params: unknown[]): OutboxRow {
    const row = this.db
      .prepare(
        `UPDATE outbox SET status = ?, updated_at = ?, ${set} WHERE id = ? AND status IN (${from.map(() => "?").join(",")}) RETURNING *`,
      )
      .get(to, Date.now(), ...params, id, ...from);
    if (row) return toRow(row);
    const current = this.get(id);
    throw new StoreError(
      "invalid-state",
      current
        ? `Action #${id} is ${current.status}; it can become ${to} only from ${from.join(" or ")}.`
        : `Action #${id} is not in the outbox.`,
    );
  }
}

function toRow(raw: unknown): OutboxRow {
  const r = raw as Record<string, never>;
  return {
    id: r["id"],
    createdAt: r["created_at"],
    updatedAt: r["updated_at"],
    endpointId: r["endpoint_id"],
    kind: r["kind"],
    target: r["target"],
    targetLabel: r["target_label"],
    comment: r["comment"],
    payload: r["payload"],
    userName: r["user_name"],
    role: r["role"],
    status: r["status"],
    attempts: r["attempts"],
    serverStatus: r["server_status"],
    error: r["last_error"],
    resolution: r["resolution"],
  };
}
