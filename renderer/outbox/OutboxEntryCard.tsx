/**
 * One outbox row: what was asked (kind, target, comment), by whom and when, where it stands,
 * what the server said, and what a person can do: retry on the target's current state, or
 * discard with a reason. A refused call is shown, never swallowed.
 */
import { Button, Tag } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OutboxEntry } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { roleName } from "../shell/roleName";
import { showToast } from "../shell/toaster";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { DiscardForm } from "./DiscardForm";
import { isRefused, KIND_LABEL, serverStatusText, STATUS_LABEL } from "./outboxText";

export function OutboxEntryCard({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { session } = useRoom();
  const [busy, setBusy] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  // The core refuses a retry or discard from a read-only station, so none is offered there.
  const nobodySignedIn = useRoomSelector((s) => !!s.sessionInfo?.signInRequired && !s.sessionInfo.person);
  const refused = isRefused(entry.status);
  const canAct = entry.status !== "sending" && !busy;

  const retry = async () => {
    setBusy(true);
    try {
      const result = await session.retryAction(entry.id);
      if (result.status === "conflict" || result.status === "failed") {
        showToast({ intent: "danger", message: t("outbox.retryRefused", { message: result.error ?? t(STATUS_LABEL[result.status]) }) });
      } else {
        showToast({ intent: "success", message: t("outbox.retried", { target: entry.targetLabel }) });
      }
    } catch (e) {
      showToast({ intent: "danger", message: t("outbox.retryRefused", { message: describeError(e, t) }) });
    } finally {
      setBusy(false);
    }
  };

  const discard = async (reason: string) => {
    setBusy(true);
    try {
      await session.discardAction(entry.id, reason);
      setDiscarding(false);
      showToast({ intent: "none", message: t("outbox.discarded", { target: entry.targetLabel }) });
    } catch (e) {
      showToast({ intent: "danger", message: t("outbox.discardRefused", { message: describeError(e, t) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`outbox-entry status-${entry.status}${refused ? " is-refused" : ""}`} data-testid="outbox-entry" data-outbox-id={entry.id} data-status={entry.status}>
      <div className="outbox-entry-head">
        <Tag className={`outbox-status status-${entry.status}`} minimal={!refused} intent={refused ? "danger" : "none"} data-testid="outbox-status">
          {t(STATUS_LABEL[entry.status])}
        </Tag>
        <span className="outbox-kind">{t(KIND_LABEL[entry.kind])}</span>
        <span className="outbox-target">
          <ServerText text={entry.targetLabel} wrap />
        </span>
      </div>
      <dl className="outbox-facts">
        <dt>{t("outbox.askedAt")}</dt>
        <dd title={formats.dateTime(entry.createdAt)}>
          {formats.eventTime(entry.createdAt)} · {t("outbox.attempts", { count: entry.attempts })}
        </dd>
        <dt>{t("outbox.by")}</dt>
        <dd>
          <ServerText text={entry.userName} /> ({roleName(entry.role, t)})
        </dd>
        {entry.comment && (
          <>
            <dt>{t("outbox.comment")}</dt>
            <dd>
              <ServerText text={entry.comment} wrap />
            </dd>
          </>
        )}
        {(entry.serverStatus || entry.error) && (
          <>
            <dt>{t("outbox.serverSaid")}</dt>
            <dd className="outbox-server" data-testid="outbox-server-said">
              {entry.serverStatus && <div className="outbox-server-sentence">{serverStatusText(entry.serverStatus, t)}</div>}
              {entry.error && (
                <div className="outbox-server-raw">
                  <ServerText text={entry.error} wrap />
                </div>
              )}
            </dd>
          </>
        )}
      </dl>
      {nobodySignedIn ? (
        <p className="outbox-sign-in-hint" data-testid="outbox-sign-in-hint">
          {t("outbox.signInToDecide")}
        </p>
      ) : discarding ? (
        <DiscardForm busy={busy} onSubmit={(reason) => void discard(reason)} onCancel={() => setDiscarding(false)} />
      ) : (
        <div className="outbox-actions">
          {refused && (
            <Button size="small" intent="primary" data-testid="outbox-retry" title={t("outbox.retryTitle")} text={t("outbox.retry")} loading={busy} disabled={!canAct} onClick={() => void retry()} />
          )}
          <Button size="small" variant="outlined" data-testid="outbox-discard" text={t("outbox.discard")} disabled={!canAct} onClick={() => setDiscarding(true)} />
        </div>
      )}
    </li>
  );
}
