/** The first broken entry of a chain check in the window's language (the core's sentence is English, for logs). */
import type { TFunction } from "i18next";
import type { AuditBreak } from "../../contract/api";
import { tk } from "../i18n/keys";

const PLAIN = {
  "content-changed": tk("audit.problem.content-changed"),
  "chain-broken": tk("audit.problem.chain-broken"),
  "not-chained": tk("audit.problem.not-chained"),
} as const;

export function auditProblemText(b: AuditBreak, t: TFunction): string {
  switch (b.problem) {
    case "row-missing": {
      const from = b.missingFrom ?? b.seq;
      const to = b.missingTo ?? from;
      if (b.at === null) return from === to ? t("audit.problem.row-missing-end-one", { from }) : t("audit.problem.row-missing-end", { from, to });
      return from === to ? t("audit.problem.row-missing", { from }) : t("audit.problem.row-missing-range", { from, to });
    }
    case "out-of-order":
      return t("audit.problem.out-of-order", { follows: b.follows ?? "?" });
    default:
      return t(PLAIN[b.problem]);
  }
}
