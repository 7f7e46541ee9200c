/**
 * Verifies the audit hash chain row by row, oldest first, and names the first row that does
 * not hold: the first break is what a person investigates, and everything after it is suspect
 * anyway. Plain function over rows and two facts from the store, so the store worker, the
 * command line and the tests share one judgement.
 */
import type { AuditBreak, AuditVerification } from "../../../contract/audit";
import { chainHash, GENESIS_HASH, type AuditContent } from "./chain-hash";

export interface ChainRow extends AuditContent {
  seq: number;
  prevHash: string | null;
  hash: string | null;
}

export interface ChainFacts {
  /** The seq of the row whose hash this is, or null; asked only once, after the walk stopped. */
  seqOfHash(hash: string): number | null;
  /** The highest seq the store ever handed out (sqlite_sequence): rows cut from the end show here. */
  lastIssuedSeq: number | null;
}

type Stop = { row: ChainRow; prevSeq: number; why: "no-hash" | "content" | "link" };

export function verifyChain(rows: Iterable<ChainRow>, facts: ChainFacts, checkedAt = Date.now()): AuditVerification {
  let expected = GENESIS_HASH;
  let prevSeq = 0;
  let count = 0;
  let stop: Stop | null = null;
  for (const row of rows) {
    const why = row.hash === null ? "no-hash" : row.prevHash === null || chainHash(row.prevHash, row) !== row.hash ? "content" : row.prevHash !== expected ? "link" : null;
    if (why) {
      stop = { row, prevSeq, why };
      break; // closes the row cursor, so facts may query the same connection
    }
    expected = row.hash as string;
    prevSeq = row.seq;
    count++;
  }
  if (stop) return { ok: false, checkedAt, count, broken: describe(stop, facts) };
  if (facts.lastIssuedSeq !== null && facts.lastIssuedSeq > prevSeq) {
    const from = prevSeq + 1;
    const to = facts.lastIssuedSeq;
    return {
      ok: false,
      checkedAt,
      count,
      broken: { seq: from, at: null, problem: "row-missing", missingFrom: from, missingTo: to, message: `${span(from, to)} missing at the end of the audit trail (the store had numbered rows up to ${to}).` },
    };
  }
  return { ok: true, checkedAt, count, lastSeq: count ? prevSeq : null, headHash: expected };
}

function describe({ row, prevSeq, why }: Stop, facts: ChainFacts): AuditBreak {
  const where = `Row ${row.seq} (${new Date(row.at).toISOString()})`;
  const base = { seq: row.seq, at: row.at };
  if (why === "no-hash") return { ...base, problem: "not-chained", message: `${where} carries no hash: it was written past the application.` };
  if (why === "content") return { ...base, problem: "content-changed", message: `${where} was changed after it was written: its hash does not match its content.` };
  const follows = row.prevHash === null ? null : facts.seqOfHash(row.prevHash);
  if (follows !== null && follows > row.seq) {
    return { ...base, problem: "out-of-order", follows, message: `${where} is out of order: it was written after row ${follows}, which now stands after it.` };
  }
  if (follows === null && row.seq > prevSeq + 1) {
    const from = prevSeq + 1;
    const to = row.seq - 1;
    return { ...base, problem: "row-missing", missingFrom: from, missingTo: to, message: `${span(from, to)} missing before ${where.toLowerCase()}.` };
  }
  return { ...base, problem: "chain-broken", message: `${where} does not chain to the row before it: a row was inserted before it, or a hash was replaced.` };
}

const span = (from: number, to: number) => (from === to ? `Row ${from} is` : `Rows ${from} to ${to} are`);
