/**
 * A notice the core raises when it starts (a store set aside, damaged rows moved away, the audit
 * trail's guards or chain), free of any language: a code and its parameters, which each window
 * words in its reader's language (renderer/shell/startNoticeText.ts). It travels in
 * `SiteInfo.notices` as one JSON text holding the code, the parameters and the English sentence
 * (for the log and for a window that does not know the code); a notice that is not such a text
 * is shown as it is.
 */
import { AUDIT_PROBLEMS, type AuditProblem } from "./audit";

export const START_NOTICE_CODES = ["store-empty", "store-unreadable", "rows-set-aside", "audit-guards-restored", "audit-broken"] as const;
export type StartNoticeCode = (typeof START_NOTICE_CODES)[number];

/** Which rows were set aside (main/core/store/damaged-rows.ts). */
export type SetAsideRows = "alarm-journal" | "last-value";

export type StartNotice =
  | { code: "store-empty"; file: string; aside: string }
  /** `reason`: SQLite's own words (English). */
  | { code: "store-unreadable"; file: string; aside: string; reason: string }
  | { code: "rows-set-aside"; rows: SetAsideRows; count: number }
  /** `triggers`: the guard triggers that were missing, by name. */
  | { code: "audit-guards-restored"; file: string; triggers: string[] }
  /** The first broken row as AuditBreak names it; `at` null: the row itself is missing. */
  | { code: "audit-broken"; file: string; seq: number; at: number | null; problem: AuditProblem; missingFrom?: number; missingTo?: number; follows?: number };

const MARK = '{"code":';
const CODES: ReadonlySet<string> = new Set(START_NOTICE_CODES);

export function encodeStartNotice(notice: StartNotice, text: string): string {
  return JSON.stringify({ ...notice, text });
}

export interface ReadStartNotice {
  /** The English sentence (a plain notice: itself). */
  text: string;
  notice: StartNotice | null;
}

const isText = (v: unknown) => typeof v === "string";
const isCount = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isOptionalCount = (v: unknown) => v === undefined || isCount(v);

function valid(r: Record<string, unknown>): boolean {
  switch (r["code"]) {
    case "store-empty":
      return isText(r["file"]) && isText(r["aside"]);
    case "store-unreadable":
      return isText(r["file"]) && isText(r["aside"]) && isText(r["reason"]);
    case "rows-set-aside":
      return (r["rows"] === "alarm-journal" || r["rows"] === "last-value") && isCount(r["count"]);
    case "audit-guards-restored":
      return isText(r["file"]) && Array.isArray(r["triggers"]) && r["triggers"].every(isText);
    case "audit-broken":
      return (
        isText(r["file"]) &&
        isCount(r["seq"]) &&
        (r["at"] === null || typeof r["at"] === "number") &&
        (AUDIT_PROBLEMS as readonly unknown[]).includes(r["problem"]) &&
        isOptionalCount(r["missingFrom"]) &&
        isOptionalCount(r["missingTo"]) &&
        isOptionalCount(r["follows"])
      );
    default:
      return false;
  }
}

export function decodeStartNotice(shown: string): ReadStartNotice {
  if (!shown.startsWith(MARK)) return { text: shown, notice: null };
  let v: unknown;
  try {
    v = JSON.parse(shown);
  } catch {
    return { text: shown, notice: null };
  }
  const r = v as Record<string, unknown>;
  if (typeof r["code"] !== "string" || !CODES.has(r["code"]) || typeof r["text"] !== "string" || !valid(r)) return { text: shown, notice: null };
  const { text, ...notice } = r;
  return { text: text as string, notice: notice as unknown as StartNotice };
}
