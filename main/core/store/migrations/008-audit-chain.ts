/**
 * 8: the audit trail becomes tamper-evident. Each row gets `prev_hash` and `hash` (SHA-256 over
 * the previous hash and the row's content, main/core/audit/chain-hash.ts). Rows written before
 * this upgrade are chained here, in seq order, from the genesis value: from the upgrade on they
 * are vouched for as they were found, not as they were first written (nothing could vouch for
 * that). Triggers then refuse any UPDATE of a row's content or chain, and any DELETE: the trail
 * is append-only, and retention never prunes it (retention.ts). Only the `search` column (text
 * folded for history search, not part of the hash) may still be filled in.
 */
import { ensureAuditGuards } from "../../audit/audit-guards";
import { chainHash, GENESIS_HASH } from "../../audit/chain-hash";
import type { Migration } from "./types";

export const migration008: Migration = {
  version: 8,
  name: "audit-chain",
  up(db) {
    db.exec(`
  ALTER TABLE audit ADD COLUMN prev_hash TEXT;
  ALTER TABLE audit ADD COLUMN hash TEXT;
  `);
    const rows = db.prepare("SELECT seq, at, user_name, role, action, target, detail FROM audit ORDER BY seq").all() as {
      seq: number;
      at: number;
      user_name: string;
      role: string;
      action: string;
      target: string;
      detail: string;
    }[];
    const set = db.prepare("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?");
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const hash = chainHash(prev, { at: r.at, userName: r.user_name, role: r.role, action: r.action, target: r.target, detail: r.detail });
      set.run(prev, hash, r.seq);
      prev = hash;
    }
    ensureAuditGuards(db);
  },
};
