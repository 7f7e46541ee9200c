/**
 * A server certificate for a person to decide about: thumbprint, subject, issuer, application
 * URI, validity (expired or not yet valid marked), which endpoints presented it, and where it
 * stands. Trust and Reject are offered only to a person with the trust permission; the core
 * checks again and audits the decision.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, Tag } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CertificateList, ServerCertificate, ServerCertificateStatus } from "../../contract/api";
import { certificateTime } from "../i18n/endpointProblem";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { OverlayHeader } from "../shell/OverlayHeader";
import { showToast } from "../shell/toaster";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { certificateOutcome, refusedDecision, type CertificateDecision } from "./certificateOutcome";
import { validityState } from "./certificateValidity";

const STATUS_TEXT = {
  trusted: tk("connections.trust.statusValue.trusted"),
  rejected: tk("connections.trust.statusValue.rejected"),
} as const satisfies Record<ServerCertificateStatus, string>;

export function Validity({ c }: { c: Pick<ServerCertificate, "validFrom" | "validTo"> }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const state = validityState(c, Date.now());
  return (
    <span className={`certificate-validity is-${state}`} data-testid="certificate-validity" data-validity={state}>
      {t("connections.trust.validityValue", { validFrom: certificateTime(c.validFrom, formats), validTo: certificateTime(c.validTo, formats) })}
      {state !== "valid" && (
        <Tag intent="danger" className="certificate-validity-tag">
          {state === "expired" ? t("connections.trust.expired") : t("connections.trust.notYetValid")}
        </Tag>
      )}
    </span>
  );
}

function Facts({ c }: { c: ServerCertificate }) {
  const { t } = useTranslation();
  return (
    <dl className="certificate-facts">
      <dt>{t("connections.trust.thumbprint", { algorithm: "SHA-1" })}</dt>
      <dd className="certificate-thumbprint" data-testid="certificate-thumbprint">
        {c.thumbprint}
      </dd>
      <dt>{t("connections.trust.subject")}</dt>
      <dd>
        <ServerText text={c.subject} wrap max={400} />
      </dd>
      <dt>{t("connections.trust.issuer")}</dt>
      <dd>
        <ServerText text={c.issuer} wrap max={400} />
      </dd>
      <dt>{t("connections.trust.applicationUri")}</dt>
      <dd>{c.applicationUri ? <ServerText text={c.applicationUri} max={300} /> : "—"}</dd>
      <dt>{t("connections.trust.validity")}</dt>
      <dd>
        <Validity c={c} />
      </dd>
      <dt>{t("connections.trust.presentedBy")}</dt>
      <dd data-testid="certificate-endpoints">{c.endpointIds.length ? c.endpointIds.join(", ") : t("connections.trust.presentedByNone")}</dd>
      <dt>{t("connections.trust.status")}</dt>
      <dd data-testid="certificate-status" data-status={c.status}>
        {t(STATUS_TEXT[c.status])}
      </dd>
    </dl>
  );
}

export function TrustDialog({ thumbprint, list, onClose, onDecided }: { thumbprint: string | null; list: CertificateList | null; onClose(): void; onDecided(): void }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const mayTrust = useRoomSelector((s) => s.sessionInfo?.may.trust ?? false);
  const [busy, setBusy] = useState<CertificateDecision | null>(null);
  const certificate = list?.servers.find((c) => c.thumbprint === thumbprint) ?? null;

  const decide = async (decision: "trust" | "reject") => {
    if (!certificate) return;
    setBusy(decision);
    try {
      const result =
        decision === "trust"
          ? await api.trustCertificate({ thumbprint: certificate.thumbprint, endpointId: certificate.endpointIds[0] })
          : await api.rejectCertificate({ thumbprint: certificate.thumbprint });
      const outcome = certificateOutcome(decision, result, t);
      showToast({ intent: outcome.ok ? "success" : "danger", message: outcome.message });
      if (outcome.ok) onClose();
    } catch (e) {
      showToast({ intent: "danger", message: refusedDecision(e, t).message });
    } finally {
      setBusy(null);
      onDecided();
    }
  };

  return (
    <Dialog isOpen={thumbprint !== null} onClose={onClose} className="trust-dialog" aria-labelledby="trust-title" style={{ width: "min(640px, 94vw)" }}>
      <OverlayHeader id="trust-title" title={t("connections.trust.title")} onClose={onClose} />
      <DialogBody>
        <div data-testid="trust-dialog">
          <p className="trust-intro">{t("connections.trust.intro")}</p>
          {certificate ? <Facts c={certificate} /> : <Callout intent="warning">{t("connections.trust.notListed")}</Callout>}
          {certificate && !mayTrust && (
            <Callout className="trust-not-permitted" data-testid="trust-not-permitted" compact>
              {t("connections.trust.onlyPermitted")}
            </Callout>
          )}
        </div>
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button onClick={onClose}>{t("common.close")}</Button>
            {certificate && mayTrust && (
              <>
                <Button
                  intent="danger"
                  variant="outlined"
                  data-testid="certificate-reject"
                  loading={busy === "reject"}
                  disabled={busy !== null || certificate.status === "rejected"}
                  onClick={() => void decide("reject")}
                >
                  {t("connections.trust.rejectButton")}
                </Button>
                <Button
                  intent="success"
                  data-testid="certificate-trust"
                  loading={busy === "trust"}
                  disabled={busy !== null || certificate.status === "trusted"}
                  onClick={() => void decide("trust")}
                >
                  {t("connections.trust.trustButton")}
                </Button>
              </>
            )}
          </>
        }
      />
    </Dialog>
  );
}
