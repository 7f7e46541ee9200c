/**
 * One endpoint in the connections view: its state in word and colour, address, who answers
 * there, the security it connects with, since when, the failed attempts and the countdown to the
 * next one, and, when something is wrong, what it is and what to do, with "Retry now" and the
 * certificate to check. Server strings (ids, URL, names, the core's detail) are text, never HTML.
 */
import { Button, Callout } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointStatus, ServerIdentity } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { showToast } from "../shell/toaster";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { useNow } from "../time/clock";
import { endpointView, isUp } from "./connectionView";
import { KeptPasswordFacts } from "./KeptPasswordFacts";
import { RedundantServers } from "./RedundantServers";

function ServerName({ server }: { server: ServerIdentity | null | undefined }) {
  const { t } = useTranslation();
  if (!server || (!server.applicationName && !server.productName)) return <span className="endpoint-muted">{t("connections.serverUnknown")}</span>;
  const product = server.productName && server.softwareVersion ? t("connections.product", { product: server.productName, version: server.softwareVersion }) : server.productName;
  return (
    <span className="endpoint-server">
      <ServerText text={server.applicationName ?? server.productName ?? ""} max={120} testId="endpoint-server-name" />
      {product && product !== server.applicationName && <ServerText text={product} wrap max={160} className="endpoint-muted" />}
    </span>
  );
}

export function EndpointCard({ status, onCheckCertificate }: { status: EndpointStatus; onCheckCertificate(thumbprint: string): void }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const now = useNow();
  const { api } = useRoom();
  const signedIn = useRoomSelector((s) => s.sessionInfo?.person != null);
  const [busy, setBusy] = useState(false);
  const v = endpointView(status, now, t, formats);

  const retry = async () => {
    setBusy(true);
    try {
      await api.retryEndpoint({ endpointId: status.endpointId });
      showToast({ intent: "none", message: t("connections.retried", { endpoint: status.endpointId }) });
    } catch (e) {
      showToast({ intent: "danger", message: t("connections.retryRefused", { message: describeError(e, t) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className={`endpoint-card connection-item state-${v.state}${isUp(v.state) ? "" : " has-trouble"}${status.redundancy ? " has-redundancy" : ""}`}
      data-testid="endpoint-card"
      data-endpoint-id={status.endpointId}
      data-state={v.state}
      data-problem={status.problem?.kind}
    >
      <div className="endpoint-card-head">
        <span className="connection-dot" aria-hidden />
        <h3 className="endpoint-id">
          <ServerText text={status.endpointId} max={80} />
        </h3>
        <span className="endpoint-state" data-testid="endpoint-state" data-state={v.state}>
          {v.stateText}
        </span>
        {v.retryOffered && (
          <Button
            size="small"
            variant="outlined"
            icon="refresh"
            className="endpoint-retry"
            data-testid="endpoint-retry"
            loading={busy}
            disabled={!signedIn}
            title={signedIn ? t("connections.retryTitle") : t("connections.retrySignIn")}
            onClick={() => void retry()}
          >
            {t("connections.retry")}
          </Button>
        )}
      </div>
      <dl className="endpoint-facts">
        <dt>{t("connections.address")}</dt>
        <dd>
          <ServerText text={status.url} max={200} testId="endpoint-url" />
        </dd>
        <dt>{t("connections.server")}</dt>
        <dd data-testid="endpoint-server">
          <ServerName server={status.server} />
        </dd>
        {status.redundancy && <RedundantServers redundancy={status.redundancy} />}
        <dt>{t("connections.security")}</dt>
        <dd data-testid="endpoint-security">{v.securityText}</dd>
        <KeptPasswordFacts status={status} />
        <dt>{t("connections.since")}</dt>
        <dd data-testid="endpoint-since">
          {v.sinceText}
          {!isUp(v.state) && (
            <span className="endpoint-muted endpoint-last">
              {status.lastConnectedAt ? t("connections.lastConnected", { time: formats.eventTime(status.lastConnectedAt, now) }) : t("connections.neverConnected")}
            </span>
          )}
        </dd>
        {!isUp(v.state) && (
          <>
            <dt>{t("connections.attempts")}</dt>
            <dd data-testid="endpoint-attempts">{v.attemptsText}</dd>
            <dt>{t("connections.nextTry")}</dt>
            <dd data-testid="endpoint-next-try">{v.nextTryText}</dd>
          </>
        )}
      </dl>
      {v.problemText && (
        <Callout className="endpoint-problem" intent={v.state === "error" ? "warning" : "none"} data-testid="endpoint-problem" compact>
          <p className="endpoint-problem-text">{v.problemText}</p>
          <p className="endpoint-advice" data-testid="endpoint-advice">
            <strong>{t("connections.whatToDo")}: </strong>
            {v.adviceText}
          </p>
          {v.certificateToCheck && (
            <Button size="small" intent="primary" icon="endorsed" data-testid="endpoint-check-certificate" onClick={() => onCheckCertificate(v.certificateToCheck!)}>
              {t("connections.checkCertificate")}
            </Button>
          )}
          {status.error && (
            <details className="endpoint-detail">
              <summary>{t("connections.details")}</summary>
              <ServerText text={status.error} wrap max={1000} />
            </details>
          )}
        </Callout>
      )}
    </li>
  );
}
