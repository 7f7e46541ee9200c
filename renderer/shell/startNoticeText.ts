/**
 * A start-up notice in the reader's language: the core sends it as a code and parameters beside
 * its English sentence (contract/start-notice.ts); a notice that is not such a record, or one
 * from a newer core, shows as it came.
 */
import type { TFunction } from "i18next";
import { decodeStartNotice } from "../../contract/start-notice";
import { auditProblemText } from "../audit/auditBreakText";

export function startNoticeText(shown: string, t: TFunction): string {
  const { text, notice } = decodeStartNotice(shown);
  if (!notice) return text;
  switch (notice.code) {
    case "store-empty":
      return t("startNotice.store-empty", { file: notice.file, aside: notice.aside });
    case "store-unreadable":
      return t("startNotice.store-unreadable", { file: notice.file, aside: notice.aside, reason: notice.reason });
    case "rows-set-aside":
      return notice.rows === "alarm-journal"
        ? t("startNotice.rowsAlarmJournal", { n: notice.count })
        : t("startNotice.rowsLastValue", { n: notice.count });
    case "audit-guards-restored":
      return t("startNotice.audit-guards-restored", { file: notice.file, triggers: notice.triggers.join(", ") });
    case "audit-broken": {
      const problem = auditProblemText({ ...notice, message: text }, t);
      return t("startNotice.audit-broken", { file: notice.file, seq: notice.seq, problem });
    }
    default:
      return text;
  }
}
