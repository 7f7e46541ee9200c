/**
 * One alarm. Memoised: an alarm object is replaced only when the server sends an upsert for it,
 * so during a flood only the changed rows re-render (and all of them on a language switch).
 *
 * Its actions are what the signed-in person's role may do on the alarm's state (offeredActions):
 * an Ack button when acknowledging is offered, and a ⋯ menu with every offered action, opened
 * from the button or, on the focused row, by the context-menu key (or Shift+F10).
 */
import { Button, Menu, MenuItem, Popover } from "@blueprintjs/core";
import { memo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { ServerText } from "../text/ServerText";
import { ACTION_LABEL, offeredActions, type AlarmAction, type May } from "./alarmActions";
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
  /** What the signed-in person may do (the session's `may`). */
  may: May;
  onSelect: (alarm: AlarmState) => void;
  onAction: (alarm: AlarmState, action: AlarmAction) => void;
}

/** Arrow keys move between the menu's items; Blueprint's Menu leaves that to Tab. */
function moveInMenu(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Home" && e.key !== "End") return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>("[role=menuitem]")];
  if (items.length === 0) return;
  e.preventDefault();
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    e.key === "Home" ? 0 : e.key === "End" ? items.length - 1 : (at + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
  items[next]!.focus();
}

export const AlarmRow = memo(function AlarmRow({ alarm, assetName, selected, ack, stale, formats, may, onSelect, onAction }: Props) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const offered = offeredActions(alarm, may, { ackUnderWay: ack !== null });
  const choose = (action: AlarmAction) => {
    setMenuOpen(false);
    onAction(alarm, action);
  };
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
      data-shelved={alarm.shelved ? "true" : "false"}
      data-stale={stale ? "true" : "false"}
      tabIndex={0}
      onClick={() => onSelect(alarm)}
      aria-haspopup={offered.length > 0 ? "menu" : undefined}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === "Enter") onSelect(alarm);
        else if ((e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) && offered.length > 0) {
          e.preventDefault();
          setMenuOpen(true);
        }
      }}
      onContextMenu={(e) => {
        if (offered.length === 0) return;
        e.preventDefault();
        setMenuOpen(true);
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
        {alarmStateText(alarm, t, formats)}
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
        {/* Clicks here are about the action, not about selecting the alarm's asset. */}
        <span className="alarm-action-cell" onClick={(e) => e.stopPropagation()}>
          {!alarm.acked && ack === "sent" && (
            <span className="ack-pending" data-testid="ack-pending" title={t("alarms.ackSentTitle")}>
              {t("alarms.ackSent")}
            </span>
          )}
          {!alarm.acked && ack === "queued" && (
            <span className="ack-pending" data-testid="ack-queued" title={t("alarms.ackQueuedTitle")}>
              {t("alarms.ackQueued")}
            </span>
          )}
          {offered.includes("acknowledge") && (
            <Button
              size="small"
              variant="outlined"
              data-testid="ack-button"
              text={t("alarms.ackButton")}
              onClick={(e) => {
                e.stopPropagation();
                onAction(alarm, "acknowledge");
              }}
            />
          )}
          {offered.length > 0 && (
            <Popover
              isOpen={menuOpen}
              onInteraction={(next) => setMenuOpen(next)}
              placement="bottom-end"
              shouldReturnFocusOnClose
              onOpened={(node) => node.querySelector<HTMLElement>("[role=menuitem]")?.focus()}
              content={
                <Menu data-testid="alarm-menu" aria-label={t("alarmActions.menuLabel")} onKeyDown={moveInMenu}>
                  {offered.map((action) => (
                    <MenuItem
                      key={action}
                      data-testid={`alarm-action-${action}`}
                      text={t(ACTION_LABEL[action])}
                      onClick={(e) => {
                        e.stopPropagation();
                        choose(action);
                      }}
                    />
                  ))}
                </Menu>
              }
            >
              <Button
                size="small"
                variant="minimal"
                icon="more"
                className="alarm-menu-button"
                data-testid="alarm-menu-button"
                aria-label={t("alarmActions.menuButton")}
                title={t("alarmActions.menuButton")}
              />
            </Popover>
          )}
        </span>
      </td>
    </tr>
  );
});
