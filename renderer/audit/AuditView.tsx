/**
 * The audit view: the chain check on top (run on open and on "Verify chain"), the most recent
 * entries below. Works offline: both read the workstation's own store.
 */
import { Button, Callout, NonIdealState, Spinner } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { useRoom } from "../state/RoomContext";
import { AuditChainResult } from "./AuditChainResult";
import { AuditTable } from "./AuditTable";
import { useAuditTrail } from "./useAuditTrail";

export function AuditView() {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const { entries, check, reload } = useAuditTrail(api);
  const brokenSeq = check.status === "ready" && !check.value.ok ? check.value.broken.seq : null;
  const busy = entries.status === "loading" || check.status === "loading";
  return (
    <main className="audit-view panel" data-testid="audit-view" aria-labelledby="audit-title">
      <header className="panel-header audit-header">
        <h2 className="panel-title" id="audit-title">
          {t("audit.title")}
        </h2>
        {entries.status === "ready" && (
          <span className="panel-summary" data-testid="audit-count">
            {t("audit.summary", { count: entries.value.length, n: formats.number(entries.value.length) })}
          </span>
        )}
        <span className="audit-header-actions">
          <Button icon="shield" intent="primary" loading={busy} data-testid="audit-verify" title={t("audit.verifyTitle")} text={t("audit.verify")} onClick={() => void reload()} />
        </span>
      </header>
      <div className="audit-chain-slot" aria-live="polite">
        <AuditChainResult check={check} />
      </div>
      {entries.status === "failed" && (
        <Callout intent="danger" className="audit-error" data-testid="audit-error">
          {t("audit.failed", { message: describeError(entries.error, t) })}
        </Callout>
      )}
      <div className="audit-body">
        {entries.status === "loading" && <Spinner size={32} className="audit-spinner" aria-label={t("audit.loading")} />}
        {entries.status === "ready" && entries.value.length === 0 && <NonIdealState className="panel-empty" icon="shield" title={t("audit.empty")} />}
        {entries.status === "ready" && entries.value.length > 0 && <AuditTable entries={entries.value} brokenSeq={brokenSeq} />}
      </div>
    </main>
  );
}
