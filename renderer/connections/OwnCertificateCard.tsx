/**
 * The workstation's own certificate, which every server must trust: its thumbprint, validity
 * and the file to hand to a server's administrator. "Renew" (trust permission, confirmed first,
 * audited by the core) makes a new one; servers then refuse the workstation until they trust it.
 */
import { Alert, Button, Callout } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CertificateList } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { showToast } from "../shell/toaster";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { certificateOutcome, refusedDecision } from "./certificateOutcome";
import { Validity } from "./TrustDialog";

export function OwnCertificateCard({ list, error, onRenewed }: { list: CertificateList | null; error: unknown; onRenewed(): void }) {
  const own = list?.own ?? null;
  const { t } = useTranslation();
  const { api } = useRoom();
  const mayTrust = useRoomSelector((s) => s.sessionInfo?.may.trust ?? false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const renew = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      const outcome = certificateOutcome("renew", await api.renewOwnCertificate({}), t);
      showToast({ intent: outcome.ok ? "success" : "danger", message: outcome.message });
    } catch (e) {
      showToast({ intent: "danger", message: refusedDecision(e, t).message });
    } finally {
      setBusy(false);
      onRenewed();
    }
  };

  return (
    <section className="own-certificate" data-testid="own-certificate" aria-labelledby="own-certificate-title">
      <div className="own-certificate-head">
        <h3 id="own-certificate-title" className="own-certificate-title">
          {t("connections.own.title")}
        </h3>
        {own && mayTrust && (
          <Button size="small" variant="outlined" icon="refresh" loading={busy} data-testid="own-certificate-renew" onClick={() => setConfirming(true)}>
            {t("connections.own.renew")}
          </Button>
        )}
      </div>
      <p className="own-certificate-intro">{t("connections.own.intro")}</p>
      {error !== null && <Callout intent="warning">{t("connections.own.loadFailed", { message: describeError(error, t) })}</Callout>}
      {own ? (
        <dl className="certificate-facts">
          <dt>{t("connections.trust.thumbprint", { algorithm: "SHA-1" })}</dt>
          <dd className="certificate-thumbprint" data-testid="own-certificate-thumbprint">
            {own.thumbprint}
          </dd>
          <dt>{t("connections.trust.validity")}</dt>
          <dd>
            <Validity c={own} />
          </dd>
          <dt>{t("connections.own.file")}</dt>
          <dd className="certificate-file" data-testid="own-certificate-file">
            <ServerText text={own.file} wrap max={400} />
            {own.previous > 0 && <span className="endpoint-muted">{t("connections.own.previous", { count: own.previous })}</span>}
          </dd>
        </dl>
      ) : (
        list !== null && <p className="endpoint-muted">{t("connections.own.unreadable")}</p>
      )}
      <Alert
        isOpen={confirming}
        intent="warning"
        icon="warning-sign"
        confirmButtonText={t("connections.own.renew")}
        cancelButtonText={t("common.cancel")}
        onConfirm={() => void renew()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t("connections.own.renewConfirm")}</p>
      </Alert>
    </section>
  );
}
