/**
 * Outbox and audit trail. An operator action is written here, durably and in one transaction,
 * before anything is sent to a server: if the process dies or the network is gone, the row
 * is still there to replay, and the audit says who asked for it.
 */
import type { Db } from "./database";

export type OutboxStatus = "pending" | "done" | "failed" | "conflict";

export interface OutboxRow {
  id: number;
  createdAt: number;
  endpointId: string;
  kind: string;
  target: string;
  payload: string;
  userName: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
}

export interface ActionRequest {
  endpointId: string;
  kind: string;
  target: string;
  payload: unknown;
  user: { name: string; role: string };
  /** Human-readable summary for the audit trail. */
  detail: string;
}

export class ActionsStore {
  constructor(private readonly db: Db) {}

  /** Outbox row and audit row together, or neither. */
  record(req: ActionRequest): number {
    const now = Date.now();
    return this.db.transaction(() => {
      const info = this.db
        .prepare(
          `INSERT INTO outbox (created_at, endpoint_id, kind, target, payload, user_name, status, updated_at)
           VALUES (?,?,?,?,?,?,'pending',?)`,
        )
        .run(now, req.endpointId, req.kind, req.target, JSON.stringify(req.payload), req.user.name, now);
      this.db
        .prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)")
        .run(now, req.user.name, req.user.role, req.kind, req.target, req.detail);
      return Number(info.lastInsertRowid);
    })();
  }

  settle(id: number, status: OutboxStatus, error: string | null): void {
    this.db
      .prepare("UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? WHERE id = ?")
      .run(status, error, Date.now(), id);
  }

  pending(endpointId: string): OutboxRow[] {
    return (
      this.db
        .prepare("SELECT * FROM outbox WHERE endpoint_id = ? AND status = 'pending' ORDER BY id")
        .all(endpointId) as Record<string, never>[]
    ).map(toOutboxRow);
  }

  get(id: number): OutboxRow | undefined {
    const row = this.db.prepare("SELECT * FROM outbox WHERE id = ?").get(id) as Record<string, never> | undefined;
    return row ? toOutboxRow(row) : undefined;
  }

  audit(limit = 100): { at: number; userName: string; role: string; action: string; target: string; detail: string }[] {
    return (this.db.prepare("SELECT * FROM audit ORDER BY seq DESC LIMIT ?").all(limit) as Record<string, never>[]).map(
      (r) => ({ at: r["at"], userName: r["user_name"], role: r["role"], action: r["action"], target: r["target"], detail: r["detail"] }),
    );
  }
}

function toOutboxRow(r: Record<string, never>): OutboxRow {
  return {
    id: r["id"],
    createdAt: r["created_at"],
    endpointId: r["endpoint_id"],
    kind: r["kind"],
    target: r["target"],
    payload: r["payload"],
    userName: r["user_name"],
    status: r["status"],
    attempts: r["attempts"],
    lastError: r["last_error"],
  };
}
