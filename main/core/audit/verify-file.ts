/**
 * Verifies the audit chain of a store file opened read-only (the application may be running
 * or not: WAL lets a reader in beside the writer), and words the answer for the command line.
 * Exit code: 0 intact, 1 broken, 2 the file could not be checked (missing, not a store, too old).
 */
import Database from "better-sqlite3";
import type { AuditVerification } from "../../../contract/audit";
import { hasAuditChain, verifyAuditTable } from "./verify-table";

export function runVerify(file: string | undefined): { code: 0 | 1 | 2; text: string } {
  if (!file) return { code: 2, text: "Usage: npm run audit:verify -- <path to control-room.sqlite>" };
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    return { code: 2, text: `Cannot open ${file}: ${(err as Error).message}` };
  }
  try {
    if (!hasAuditChain(db)) {
      return { code: 2, text: `${file} has no audit chain (schema version ${String(db.pragma("user_version", { simple: true }))}, chained from 8): start the application on it once to upgrade it.` };
    }
    return report(file, verifyAuditTable(db));
  } catch (err) {
    return { code: 2, text: `Cannot read the audit trail of ${file}: ${(err as Error).message}` };
  } finally {
    db.close();
  }
}

function report(file: string, v: AuditVerification): { code: 0 | 1; text: string } {
  if (v.ok) {
    return { code: 0, text: `OK: the audit chain of ${file} is intact, ${v.count} rows${v.lastSeq === null ? "" : ` (last seq ${v.lastSeq})`}, head hash ${v.headHash}` };
  }
  return {
    code: 1,
    text: `BROKEN: the audit chain of ${file} breaks at row ${v.broken.seq} (${v.broken.problem}): ${v.broken.message} ${v.count} rows before it verify.`,
  };
}
