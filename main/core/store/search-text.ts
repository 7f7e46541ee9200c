/**
 * Folded text for history search, computed in JS because SQLite without extensions folds only
 * ASCII: its LOWER() and LIKE leave č, ć, đ, š, ž (and Cyrillic) alone, and ICU or a custom
 * collation would be an extension every build (Node's and Electron's better-sqlite3) must carry.
 * So each journal and audit row gets a `search` column holding its text folded once, here:
 * folded as contract/text-fold.ts says, which windows use too; the query is folded the same way
 * and matched with a plain LIKE.
 */

import { decodeAuditDetail } from "../../../contract/audit-detail";
import { foldText } from "../../../contract/text-fold";

export { foldText };

/** The folded text of a journaled alarm state: what a person may search it by. */
export function alarmSearchText(state: unknown): string {
  if (typeof state !== "object" || state === null) return "";
  const s = state as Record<string, unknown>;
  const parts = [s["sourceName"], s["conditionName"], s["message"], s["lastComment"], s["lastCommentUser"]];
  return foldText(parts.filter((p): p is string => typeof p === "string" && p !== "").join(" \u00b7 "));
}

/** The folded text of an audit entry: of a worded detail, its sentence (not the JSON around it). */
export function auditSearchText(e: { userName: string; role: string; action: string; detail: string }): string {
  return foldText([e.userName, e.role, e.action, decodeAuditDetail(e.detail).text].join(" \u00b7 "));
}

/** The words of a query, folded, each to be found somewhere in a row's text (at most 10). */
export function queryWords(text: string | undefined): string[] {
  if (!text) return [];
  return foldText(text).split(" ").filter(Boolean).slice(0, 10);
}

/** A LIKE pattern matching `word` anywhere, with LIKE's wildcards escaped by backslash. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
