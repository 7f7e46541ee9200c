/**
 * The store's own guards on the audit trail, and the check it makes each time it opens: the
 * triggers that refuse UPDATE and DELETE of audit rows (a file edited with another tool may have
 * lost them: they are put back, and a person is told), and a walk of the chain (a broken one is
 * told at once, not only when someone opens the Audit view). Audit rows are people's actions, a
 * few thousand a month, so the walk costs little at start.
 */
import type Database from "better-sqlite3";
import { verifyAuditTable } from "./verify-table";
import { encodeStartNotice } from "../../../contract/start-notice";

const APPEND_ONLY = "the audit trail is append-only: its rows cannot be changed or deleted";

const GUARDS: Record<string, string> = {
  audit_no_update: `CREATE TRIGGER audit_no_update BEFORE UPDATE OF seq, at, user_name, role, action, target, detail, prev_hash, hash ON audit
  BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
  audit_no_delete: `CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
};

/** Creates whichever guard is missing; returns the names it had to create. */
export function ensureAuditGuards(db: Database.Database): string[] {
  const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'").pluck().all() as string[]);
  const missing = Object.keys(GUARDS).filter((name) => !present.has(name));
  for (const name of missing) db.exec(GUARDS[name]!);
  return missing;
}

/** Sentences for a person about the audit trail of the store just opened (none when all is well). */
export function auditOpenNotices(db: Database.Database, file: string): string[] {
  const notices: string[] = [];
  const restored = ensureAuditGuards(db);
  if (restored.length > 0) {
    notices.push(
      encodeStartNotice(
        { code: "audit-guards-restored", file, triggers: restored },
        `The local store ${file} had lost its protection against changing or deleting audit entries (${restored.join(", ")}: removed outside the application); it was put back. Check the audit chain in the Audit view or with npm run audit:verify.`,
      ),
    );
  }
  const v = verifyAuditTable(db);
  if (!v.ok) {
    const { seq, at, problem, missingFrom, missingTo, follows } = v.broken;
    notices.push(
      encodeStartNotice(
        { code: "audit-broken", file, seq, at, problem, ...(missingFrom !== undefined ? { missingFrom } : {}), ...(missingTo !== undefined ? { missingTo } : {}), ...(follows !== undefined ? { follows } : {}) },
        `The audit trail of the local store ${file} is broken: ${v.broken.message} Open the Audit view for details; keep the file as it is.`,
      ),
    );
  }
  return notices;
}
