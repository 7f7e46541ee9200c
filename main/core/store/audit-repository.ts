/**
 * The audit trail: who asked for what, newest first. Append-only and hash-chained (migration
 * 008, main/core/audit): every row is written here, in the worker, with the hash of the row
 * before it, inside the caller's transaction (the outbox writes its row and the audit row
 * together), so the chain has no gap a crash could leave.
 */
import type { AuditTrailEntry, AuditVerification } from "../../../contract/audit";
import { chainHash, GENESIS_HASH } from "../audit/chain-hash";
import { verifyAuditTable } from "../audit/verify-table";
import { readDetail } from "../audit/worded-detail";
import type { Db } from "./open-database";

export type AuditRow = AuditTrailEntry;

/** What a writer gives: `detail` is the text to store (a worded detail from audit/worded-detail.ts, or a plain sentence). */
export type AuditEntry = Omit<AuditRow, "seq" | "at" | "hash" | "worded">;

export interface AuditRepository {
  list(limit?: number): Promise<AuditRow[]>;
  /** An audited event that is not an outbox action (sign-in, sign-out). */
  append(entry: AuditEntry): Promise<void>;
  /** Walks the whole chain (read-only) and names the first row that does not hold. */
  verify(): Promise<AuditVerification>;
}

/** Worker side. */
export class AuditSql {
  /** Reads the head and writes the row in one transaction (a savepoint inside the caller's). */
  private readonly write: (e: AuditEntry, at: number) => void;

  constructor(private readonly db: Db) {
    const head = db.prepare("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").pluck();
    const insert = db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)");
    this.write = db.transaction((e: AuditEntry, at: number) => {
      const prev = (head.get() as string | null | undefined) ?? GENESIS_HASH;
      const content = { at, userName: e.userName, role: e.role, action: e.action, target: e.target, detail: e.detail };
      insert.run(at, e.userName, e.role, e.action, e.target, e.detail, prev, chainHash(prev, content));
    });
  }

  /** `at` defaults to now; the outbox passes its row's time so both rows carry the same. */
  append(e: AuditEntry, at = Date.now()): void {
    this.write(e, at);
  }

  list(limit = 100): AuditRow[] {
    return (this.db.prepare("SELECT * FROM audit ORDER BY seq DESC LIMIT ?").all(limit) as Record<string, never>[]).map((r) => ({
      seq: r["seq"],
      at: r["at"],
      userName: r["user_name"],
      role: r["role"],
      action: r["action"],
      target: r["target"],
      ...readDetail(r["detail"]),
      hash: r["hash"],
    }));
  }

  verify(): AuditVerification {
    return verifyAuditTable(this.db);
  }
}
