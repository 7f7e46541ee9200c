/**
 * Reads the audit table of an open SQLite connection (the store worker's, or a read-only one
 * from the command line) and verifies its chain.
 */
import type Database from "better-sqlite3";
import type { AuditVerification } from "../../../contract/audit";
import { verifyChain, type ChainRow } from "./verify-chain";

interface RawRow {
  seq: number;
  at: number;
  user_name: string;
  role: string;
  action: string;
  target: string;
  detail: string;
  prev_hash: string | null;
  hash: string | null;
}

/** True when the file's audit table has the chain columns (schema 8 or later). */
export function hasAuditChain(db: Database.Database): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('audit')").pluck().all() as string[];
  return columns.includes("hash") && columns.includes("prev_hash");
}

export function verifyAuditTable(db: Database.Database, checkedAt = Date.now()): AuditVerification {
  const lastIssued = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").pluck().get() as number | undefined;
  const rows = db.prepare("SELECT seq, at, user_name, role, action, target, detail, prev_hash, hash FROM audit ORDER BY seq").iterate() as IterableIterator<RawRow>;
  return verifyChain(
    mapRows(rows),
    {
      seqOfHash: (hash) => (db.prepare("SELECT seq FROM audit WHERE hash = ? ORDER BY seq LIMIT 1").pluck().get(hash) as number | undefined) ?? null,
      lastIssuedSeq: lastIssued ?? null,
    },
    checkedAt,
  );
}

function* mapRows(rows: IterableIterator<RawRow>): Generator<ChainRow> {
  try {
    for (const r of rows) {
      yield { seq: r.seq, at: r.at, userName: r.user_name, role: r.role, action: r.action, target: r.target, detail: r.detail, prevHash: r.prev_hash, hash: r.hash };
    }
  } finally {
    // The walk may stop early: end the statement so the connection can answer the follow-up question.
    rows.return?.();
  }
}
