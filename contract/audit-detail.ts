/**
 * What an audit row says, free of any language: a code and its parameters, which a window words
 * in its reader's language (renderer/i18n/auditDetail.ts). The row's English sentence is kept
 * beside it for logs, the command line, search and a window that does not know the code.
 *
 * The audit table has one `detail` column and its rows are hash-chained and never rewritten, so
 * a worded row stores the three together as one JSON text in that column; rows written before
 * (plain English) read back with `worded: null` and keep showing their own text.
 */
import { z } from "zod";
import { decodeWorded } from "./worded-text";

/** Every kind of audit sentence the core writes. */
export const AUDIT_DETAIL_CODES = [
  "signed-in",
  "signed-out",
  "signed-out-refused",
  "note",
  "discarded",
  "model-asset-saved",
  "model-asset-deleted",
  "tag-list-imported",
  "tag-list-stopped",
  "keep-password",
  "handover-note",
  "trust-certificate",
  "reject-certificate",
  "renew-certificate",
  "command",
  "acknowledge",
  "confirm",
  "comment",
  "shelve-timed",
  "shelve-one-shot",
  "unshelve",
  "enable",
  "disable",
] as const;
export type AuditDetailCode = (typeof AUDIT_DETAIL_CODES)[number];

/** Parameters are names, numbers and the person's own words; null: not known or not given. */
export type AuditDetailParams = Readonly<Record<string, string | number | null>>;

export interface AuditDetail {
  code: AuditDetailCode;
  params: AuditDetailParams;
  /** Set when the row is a person's retry of outbox action #retryOf. */
  retryOf?: number;
}

/** A stored detail, read: the English sentence, and the worded record when the row has one. */
export interface ReadAuditDetail {
  text: string;
  worded: AuditDetail | null;
}

/** The one text the `detail` column stores for a worded row. */
export function encodeAuditDetail(detail: AuditDetail, text: string): string {
  return JSON.stringify({ code: detail.code, params: detail.params, ...(detail.retryOf !== undefined ? { retryOf: detail.retryOf } : {}), text });
}

const STORED = z.object({
  code: z.enum(AUDIT_DETAIL_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  // A retry mark that cannot be read leaves the detail itself readable.
  retryOf: z.number().int().optional().catch(undefined),
  text: z.string(),
});

/** Reads any stored detail; a text that is not a worded record (an old row, a foreign one) is its own sentence. */
export function decodeAuditDetail(stored: string): ReadAuditDetail {
  const r = decodeWorded(stored, STORED);
  if (!r) return { text: stored, worded: null };
  const worded: AuditDetail = { code: r.code, params: r.params };
  if (r.retryOf !== undefined) worded.retryOf = r.retryOf;
  return { text: r.text, worded };
}
