/** Who asked for what, newest first: written by the outbox in the same transaction as its rows. */
import type { Db } from "./open-database";

export interface AuditRow {
  seq: number;
  at: number;
  userName: string;
  role: string;
  action: string;
  target: string;
  detail: string;
}

export type AuditEntry = Omit<AuditRow, "seq" | "at">;

export interface AuditRepository {
  list(limit?: number): Promise<AuditRow[]>;
  /** An audited event that is not an outbox action (sign-in, sign-out). */
  append(entry: AuditEntry): Promise<void>;
}

/** Worker side. */
export class AuditSql {
  constructor(private readonly db: Db) {}

  append(e: AuditEntry): void {
    this.db
      .prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)")
      .run(Date.now(), e.userName, e.role, e.action, e.target, e.detail);
  }

  list(limit = 100): AuditRow[] {
    return (this.db.prepare("SELECT * FROM audit ORDER BY seq DESC LIMIT ?").all(limit) as Record<string, never>[]).map((r) => ({
      seq: r["seq"],
      at: r["at"],
      userName: r["user_name"],
      role: r["role"],
      action: r["action"],
      target: r["target"],
      detail: r["detail"],
    }));
  }
}
