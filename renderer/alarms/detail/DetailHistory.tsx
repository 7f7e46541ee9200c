/**
 * This condition's comments and history from the journal and the audit trail: each state the
 * server reported (in ISA-18.2 words) and each action a person took on it, newest first.
 */
import { Spinner } from "@blueprintjs/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AlarmHistoryRow, AlarmId, AlarmState } from "../../../contract/api";
import { describeAuditDetail } from "../../i18n/auditDetail";
import { describeError } from "../../i18n/describeError";
import { useFormats } from "../../i18n/useFormats";
import { KIND_LABEL } from "../../outbox/outboxText";
import { ServerText } from "../../text/ServerText";
import { alarmStateText } from "../alarmStateText";
import { commentsOf } from "./comments";
import { useAlarmHistory } from "./useAlarmHistory";

function actionName(action: string, t: TFunction): string {
  return Object.hasOwn(KIND_LABEL, action) ? t(KIND_LABEL[action as keyof typeof KIND_LABEL]) : action;
}

function HistoryLine({ row }: { row: AlarmHistoryRow }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (row.kind === "audit") {
    return (
      <li className="detail-history-row is-action" data-testid="detail-history-row" data-kind="audit">
        <span className="detail-history-time">{formats.dateTime(row.time)}</span>
        <span className="detail-history-what">
          {t("detail.history.action", { user: row.userName, action: actionName(row.action, t) })}
        </span>
        <span className="detail-history-detail">
          <ServerText text={describeAuditDetail(row, t, formats)} wrap max={300} />
        </span>
      </li>
    );
  }
  // The journal row does not say how it was shelved or whether suppressed: the words it can back.
  const state = alarmStateText({ ...row, shelving: null, suppressed: false }, t);
  return (
    <li className="detail-history-row" data-testid="detail-history-row" data-kind="alarm">
      <span className="detail-history-time">{formats.dateTime(row.time)}</span>
      <span className="detail-history-what">{state}</span>
      <span className="detail-history-detail">
        <ServerText text={row.message} wrap max={300} />
      </span>
    </li>
  );
}

export function DetailHistory({ alarmId, alarm }: { alarmId: AlarmId; alarm: AlarmState | null }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const load = useAlarmHistory(alarmId, alarm?.time ?? null);
  const rows = load.status === "ready" ? load.rows : [];
  const comments = commentsOf(rows, alarm);

  return (
    <>
      <section className="detail-section" aria-labelledby="detail-comments-title" data-testid="detail-comments">
        <h3 className="detail-heading" id="detail-comments-title">
          {t("detail.comments.title")}
        </h3>
        {comments.length === 0 ? (
          <p className="detail-faint">{t("detail.comments.none")}</p>
        ) : (
          <ul className="detail-list">
            {comments.map((c) => (
              <li key={`${c.time}-${c.user ?? ""}-${c.text}`} className="detail-comment" data-testid="detail-comment">
                <span className="detail-history-time">{formats.dateTime(c.time)}</span>
                <span className="detail-comment-user">{c.user ? <ServerText text={c.user} /> : t("detail.comments.unknownUser")}</span>
                <span className="detail-history-detail">
                  <ServerText text={c.text} wrap />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="detail-section" aria-labelledby="detail-history-title" data-testid="detail-history" data-status={load.status}>
        <h3 className="detail-heading" id="detail-history-title">
          {t("detail.history.title")}
        </h3>
        {load.status === "loading" && <Spinner size={16} aria-label={t("detail.history.loading")} />}
        {load.status === "failed" && <p className="detail-error">{t("detail.history.failed", { message: describeError(load.error, t) })}</p>}
        {load.status === "ready" &&
          (rows.length === 0 ? (
            <p className="detail-faint">{t("detail.history.empty")}</p>
          ) : (
            <ol className="detail-list">
              {rows.map((row) => (
                <HistoryLine key={row.key} row={row} />
              ))}
            </ol>
          ))}
        {load.status === "ready" && load.more && <p className="detail-faint">{t("detail.history.more", { count: rows.length })}</p>}
      </section>
    </>
  );
}
