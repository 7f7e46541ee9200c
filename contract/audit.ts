/**
 * The tamper-evident audit trail: its recent rows and a check of its hash chain. Each row
 * carries SHA-256 of the previous row's hash and its own content, so an edited, removed or
 * moved row is found and named. Both methods only read the local store (any window may ask; the
 * view switch offers the Audit view to supervisors and engineers).
 */
import { z } from "zod";
import type { AuditDetail } from "./audit-detail";

export const listAuditTrailArgs = z.object({ limit: z.number().int().min(1).max(5000).default(200) }).strict();
export const verifyAuditTrailArgs = z.object({}).strict();

/** One audit row as stored, newest first in a list. */
export interface AuditTrailEntry {
  seq: number;
  /** ms since epoch. */
  at: number;
  userName: string;
  role: string;
  action: string;
  target: string;
  /** The English sentence (for an old row: exactly as stored). */
  detail: string;
  /** The same as a code and parameters, worded by each window in its language; null: an old row, only its sentence. */
  worded: AuditDetail | null;
  /** SHA-256 hex over the previous row's hash and this row's content; null: written without one (not by this application). */
  hash: string | null;
}

/**
 * What is wrong with the first broken row:
 * - content-changed: its own hash does not match its content (edited after it was written);
 * - row-missing: rows before it are gone (`missingFrom`..`missingTo`), or at the end of the trail;
 * - out-of-order: it chains to a row that now stands after it (`follows`): rows were moved;
 * - chain-broken: its link does not match the row before it, nothing missing (a row inserted, or a hash replaced);
 * - not-chained: it carries no hash at all (written past the application).
 */
export const AUDIT_PROBLEMS = ["content-changed", "row-missing", "out-of-order", "chain-broken", "not-chained"] as const;
export type AuditProblem = (typeof AUDIT_PROBLEMS)[number];

export interface AuditBreak {
  /** The first row that does not verify; for rows missing at the end, the first missing seq. */
  seq: number;
  /** That row's time; null when the row itself is missing. */
  at: number | null;
  problem: AuditProblem;
  /** row-missing: the seq range that is gone. */
  missingFrom?: number;
  missingTo?: number;
  /** out-of-order: the seq of the row this one was written after. */
  follows?: number;
  /** One English sentence (logs, the command line); screens word it from the fields. */
  message: string;
}

export type AuditVerification =
  | { ok: true; checkedAt: number; count: number; lastSeq: number | null; /** The newest row's hash: note it elsewhere to vouch for the whole trail later. */ headHash: string }
  | { ok: false; checkedAt: number; /** Rows that verified before the break. */ count: number; broken: AuditBreak };
