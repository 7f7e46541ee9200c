/**
 * One alarm. Memoised: an alarm object is replaced only when the server sends an upsert for it,
 * so during a flood only the changed rows re-render (and all of them on a language switch).
 */
import { Button } from "@blueprintjs/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { ServerText } from "../text/ServerText";
import { alarmStateText } from "./alarmStateText";
import { PriorityTag } from "./PriorityTag";

/** Where an acknowledge of this alarm stands, if one is under way. */
export type AckProgress = "sent" | "queued" | null;

interface Props {
  alarm: AlarmState;
  assetName: string | null;
  selected: boolean;
  ack: AckProgress;
  /** No live connection to the alarm's server: its state is the last one we heard. */
  stale: boolean;
  formats: Formats;
  onSelect: (alarm: AlarmState) => void;
  onAck: (alarm: AlarmState) => void;
}

export const AlarmRow = memo(function AlarmRow({ alarm, assetName, selected, ack, stale, formats, onSelect, onAck }: Props) {
  const { t } = useTranslation();
  const classes = ["alarm-row", `priority-${alarm.priority}`, alarm.active ? "is-active" : "is-returned", alarm.acked ? "is-acked" : "is-unacked"];
  if (selected) classes.push("is-selected");
  if (stale) classes.push("is-stale");
  return (
    <tr
      className={classes.join(" ")}
      data-testid="alarm-row"
      data-alarm-id={alarm.id}
      data-acked={alarm.acked ? "true" : "false"}
      data-active={alarm.active ? "true" : "false"}
      data-priority={alarm.priority}
      data-stale={stale ? "true" : "false"}
      tabIndex={0}
      onClick={() => onSelect(alarm)}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget && e.key === "Enter") onSelect(alarm);
      }}
    >
      <td className="alarm-priority">
        <PriorityTag priority={alarm.priority} muted={alarm.acked && !alarm.active} />
      </td>
      <td className="alarm-time" title={formats.dateTime(alarm.time)}>
        {formats.eventTime(alarm.time)}
        {stale && (
          <div className="stale-note" title={t("alarms.staleTitle")}>
            {t("alarms.stale")}
          </div>
        )}
      </td>
      <td className="alarm-source">
        <div className="alarm-asset">
          <ServerText text={assetName ?? alarm.sourceName} />
        </div>
        {assetName && assetName !== alarm.sourceName && (
          <div className="alarm-source-name">
            <ServerText text={alarm.sourceName} />
          </div>
        )}
      </td>
      <td className="alarm-message">
        <ServerText text={alarm.message} testId="alarm-message" />
      </td>
      <td className="alarm-state" data-testid="alarm-state">
        {alarmStateText(alarm, t)}
      </td>
      <td className="alarm-comment">
        {alarm.lastComment ? (
          <span className="comment-line">
            <ServerText className="comment-text" text={alarm.lastComment} />
            {alarm.lastCommentUser && (
              <span className="comment-user">
                <span className="comment-dash" aria-hidden>
                  —
                </span>
                <ServerText text={alarm.lastCommentUser} />
              </span>
            )}
          </span>
        ) : null}
      </td>
      <td className="alarm-action">
        {!alarm.acked &&
          (ack === "sent" ? (
            <span className="ack-pending" data-testid="ack-pending" title={t("alarms.ackSentTitle")}>
              {t("alarms.ackSent")}
            </span>
          ) : ack === "queued" ? (
            <span className="ack-pending" data-testid="ack-queued" title={t("alarms.ackQueuedTitle")}>
              {t("alarms.ackQueued")}
            </span>
          ) : (
            <Button
              size="small"
              variant="outlined"
              data-testid="ack-button"
              text={t("alarms.ackButton")}
              onClick={(e) => {
                e.stopPropagation();
                onAck(alarm);
              }}
            />
          ))}
      </td>
    </tr>
  );
});
