/**
 * One alarm. Memoised: an alarm object is replaced only when the server sends an upsert for it,
 * so during a flood only the changed rows re-render.
 */
import { Button } from "@blueprintjs/core";
import { memo } from "react";
import type { AlarmState } from "../../contract/api";
import { formatEventTime } from "../time/format";
import { alarmStateText } from "./alarmStateText";
import { PriorityTag } from "./PriorityTag";

interface Props {
  alarm: AlarmState;
  assetName: string | null;
  selected: boolean;
  ackInFlight: boolean;
  /** No live connection to the alarm's server: its state is the last one we heard. */
  stale: boolean;
  onSelect: (alarm: AlarmState) => void;
  onAck: (alarm: AlarmState) => void;
}

export const AlarmRow = memo(function AlarmRow({ alarm, assetName, selected, ackInFlight, stale, onSelect, onAck }: Props) {
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
      <td className="alarm-time" title={new Date(alarm.time).toISOString()}>
        {formatEventTime(alarm.time)}
        {stale && (
          <div className="stale-note" title="No live connection to this alarm's server: last known state">
            STALE
          </div>
        )}
      </td>
      <td className="alarm-source">
        <div className="alarm-asset">{assetName ?? alarm.sourceName}</div>
        {assetName && assetName !== alarm.sourceName && <div className="alarm-source-name">{alarm.sourceName}</div>}
      </td>
      {/* Server text: rendered as a text node by React, never as HTML. */}
      <td className="alarm-message" title={alarm.message}>
        {alarm.message}
      </td>
      <td className="alarm-state" data-testid="alarm-state">
        {alarmStateText(alarm)}
      </td>
      <td className="alarm-comment">
        {alarm.lastComment ? (
          <>
            <span className="comment-text">{alarm.lastComment}</span>
            {alarm.lastCommentUser && <span className="comment-user"> — {alarm.lastCommentUser}</span>}
          </>
        ) : null}
      </td>
      <td className="alarm-action">
        {!alarm.acked &&
          (ackInFlight ? (
            <span className="ack-pending" data-testid="ack-pending" title="Sent; waiting for the server to report the new state">
              Ack sent…
            </span>
          ) : (
            <Button
              size="small"
              variant="outlined"
              data-testid="ack-button"
              text="Ack"
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
