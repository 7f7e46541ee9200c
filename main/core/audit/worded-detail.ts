/**
 * The core's side of worded audit details (contract/audit-detail.ts): every audit sentence is
 * written as a code and parameters beside its English text, so each window words it in its
 * reader's language.
 */
import { decodeAuditDetail, encodeAuditDetail, type AuditDetail, type AuditDetailCode, type AuditDetailParams } from "../../../contract/audit-detail";

/** The `detail` to store for one audited event. */
export function wordedDetail(code: AuditDetailCode, params: AuditDetailParams, text: string): string {
  return encodeAuditDetail({ code, params }, text);
}

/** A retry's detail: the action's own, marked as the retry of outbox action #id. */
export function retryDetail(id: number, actionDetail: string): string {
  const { text, worded } = decodeAuditDetail(actionDetail);
  const english = `Retry of #${id}: ${text}`;
  return worded ? encodeAuditDetail({ ...worded, retryOf: id }, english) : english;
}

/** A stored detail as a row carries it: its sentence, and its code and parameters when it has them. */
export function readDetail(stored: string): { detail: string; worded: AuditDetail | null } {
  const { text, worded } = decodeAuditDetail(stored);
  return { detail: text, worded };
}
