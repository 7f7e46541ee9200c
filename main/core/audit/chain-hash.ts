/**
 * The audit trail's hash chain. Each row carries SHA-256 over the previous row's hash and its
 * own canonical content, so changing, removing or moving any row breaks the chain from there
 * on. The first row chains to a fixed genesis value. The row's seq is deliberately not part of
 * the content: its place is carried by the link to the previous hash, which lets verification
 * tell a moved row (its link names another row) from an edited one (its own hash is wrong).
 *
 * The encoding is fixed for good: rows hashed today must verify with every later build.
 */
import { createHash } from "node:crypto";

/** What the first row chains to: 64 zeros, the same on every workstation. */
export const GENESIS_HASH = "0".repeat(64);

/** The part of an audit row the hash vouches for. */
export interface AuditContent {
  at: number;
  userName: string;
  role: string;
  action: string;
  target: string;
  detail: string;
}

/** A JSON array in a fixed field order: no key order, whitespace or escaping left to chance. */
export function canonicalContent(c: AuditContent): string {
  return JSON.stringify([c.at, c.userName, c.role, c.action, c.target, c.detail]);
}

/** sha256hex(previous hash + "\n" + canonical content). */
export function chainHash(prevHash: string, content: AuditContent): string {
  return createHash("sha256").update(`${prevHash}\n${canonicalContent(content)}`, "utf8").digest("hex");
}
