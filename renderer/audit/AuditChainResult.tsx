/**
 * The chain check as a person reads it: intact (calm, no colour: nothing is wrong) with the
 * count and the newest hash, or broken (danger) naming the first entry that does not verify,
 * what is wrong with it, and what to do.
 */
import { Callout, Spinner } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AuditVerification } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { auditProblemText } from "./auditBreakText";
import type { Loaded } from "./useAuditTrail";

export function AuditChainResult({ check }: { check: Loaded<AuditVerification> }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (check.status === "loading") {
    return (
      <Callout className="audit-chain" data-testid="audit-chain" data-state="verifying" icon={<Spinner size={16} />}>
        {t("audit.verifying")}
      </Callout>
    );
  }
  if (check.status === "failed") {
    return (
      <Callout intent="warning" className="audit-chain" data-testid="audit-chain" data-state="failed">
        {t("audit.verifyFailed", { message: describeError(check.error, t) })}
      </Callout>
    );
  }
  const v = check.value;
  const checked = formats.dateTime(v.checkedAt);
  if (v.ok) {
    return (
      <Callout icon="shield" className="audit-chain is-intact" data-testid="audit-chain" data-state="intact" data-count={v.count} title={t("audit.intactTitle")}>
        <p>{v.count === 0 ? t("audit.intactEmpty", { time: checked }) : t("audit.intact", { count: v.count, n: formats.number(v.count), time: checked })}</p>
        {v.count > 0 && <p className="audit-head-hash">{t("audit.head", { hash: v.headHash })}</p>}
      </Callout>
    );
  }
  const b = v.broken;
  const atEnd = b.problem === "row-missing" && b.at === null;
  return (
    <Callout
      intent="danger"
      icon="error"
      className="audit-chain is-broken"
      data-testid="audit-chain"
      data-state="broken"
      data-seq={b.seq}
      data-problem={b.problem}
      title={atEnd ? t("audit.brokenTitleMissing") : t("audit.brokenTitle", { seq: b.seq })}
    >
      <p>
        {atEnd ? auditProblemText(b, t) : `${t("audit.brokenAt", { seq: b.seq, time: formats.dateTime(b.at ?? 0) })} ${auditProblemText(b, t)}`}
      </p>
      <p>{v.count === 0 ? t("audit.beforeNone", { time: checked }) : t("audit.before", { count: v.count, n: formats.number(v.count), time: checked })}</p>
      <p>{t("audit.afterwards")}</p>
    </Callout>
  );
}
