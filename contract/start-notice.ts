/**
 * A notice the core raises when it starts (a store set aside, damaged rows moved away, the audit
 * trail's guards or chain), free of any language: a code and its parameters, which each window
 * words in its reader's language (renderer/shell/startNoticeText.ts). It travels in
 * `SiteInfo.notices` as one JSON text holding the code, the parameters and the English sentence
 * (for the log and for a window that does not know the code); a notice that is not such a text
 * is shown as it is.
 */
import { z } from "zod";
import { AUDIT_PROBLEMS, type AuditProblem } from "./audit";
import { decodeWorded } from "./worded-text";

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

export function encodeStartNotice(notice: StartNotice, text: string): string {
  return JSON.stringify({ ...notice, text });
}

export interface ReadStartNotice {
  /** The English sentence (a plain notice: itself). */
  text: string;
  notice: StartNotice | null;
}

const count = z.number().int().nonnegative();
const file = z.string();
const STORED = z.intersection(
  z.discriminatedUnion("code", [
    z.object({ code: z.literal("store-empty"), file, aside: z.string() }),
    z.object({ code: z.literal("store-unreadable"), file, aside: z.string(), reason: z.string() }),
    z.object({ code: z.literal("rows-set-aside"), rows: z.enum(["alarm-journal", "last-value"]), count }),
    z.object({ code: z.literal("audit-guards-restored"), file, triggers: z.array(z.string()) }),
    z.object({
      code: z.literal("audit-broken"),
      file,
      seq: count,
      at: z.number().nullable(),
      problem: z.enum(AUDIT_PROBLEMS),
      missingFrom: count.optional(),
      missingTo: count.optional(),
      follows: count.optional(),
    }),
  ]),
  z.object({ text: z.string() }),
);

export function decodeStartNotice(shown: string): ReadStartNotice {
  const r = decodeWorded(shown, STORED);
  if (!r) return { text: shown, notice: null };
  const { text, ...notice } = r;
  return { text, notice };
}
