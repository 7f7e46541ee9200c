/**
 * One alarm as one fixed-height grid row. Memoised: an alarm object is replaced only when the
 * server sends an upsert for it, so during a flood only the changed rows re-render (and all of
 * them on a language switch). Only the rows in view are mounted (AlarmGrid).
 *
 * Unacknowledged rows stand out by a static style (bold, a wide priority-coloured bar, an
 * "unacknowledged" badge): no per-row animation, which kept the renderer busy in a flood.
 *
 * Its actions are what the signed-in person's role may do on the alarm's state (offeredActions):
 * an Ack button when acknowledging is offered, and a ⋯ menu with every offered action, opened
 * from the button or, on the focused row, by the context-menu key (or Shift+F10). The buttons are
 * out of the Tab order: the list is one Tab stop and the keyboard acts through the panel's keys.
 */
import { Button, Menu, MenuItem, Popover } from "@blueprintjs/core";
import { memo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../contract/api";
import type { Formats } from "../i18n/formats";
import { ServerText } from "../text/ServerText";
import { ACTION_LABEL, offeredActions, type AlarmAction, type May } from "./alarmActions";
import { alarmStateText } from "./alarmStateText";
import { rowStyle } from "./panel/rowStyle";
import { PriorityTag } from "./PriorityTag";

/** Where an acknowledge of this alarm stands, if one is under way. */
export type AckProgress = "sent" | "queued" | null;

interface Props {
  alarm: AlarmState;
  assetName: string | null;
  serviceLabel: string;
  district: string;
  /** The detail drawer shows this alarm. */
  selected: boolean;
  /** The list's cursor: the row that holds the list's one Tab stop. */
  cursor: boolean;
  /** Out of the chosen view now (acted on just before); it leaves when the cursor moves on. */
  leaving: boolean;
  /** In a grouped list (tree level 2). */
  grouped: boolean;
  rowIndex: number;
  /** Pixels from the top of the list (the virtualiser places every row). */
  top: number;
  ack: AckProgress;
  /** No live connection to the alarm's server: its state is the last one we heard. */
  stale: boolean;
  formats: Formats;
  /** What the signed-in person may do (the session's `may`). */
  may: May;
  onSelect: (alarm: AlarmState) => void;
  onAction: (alarm: AlarmState, action: AlarmAction) => void;
  /** Marked with Space: acknowledge / confirm act on the marked alarms. */
  marked: boolean;
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

export const AlarmRow = memo(function AlarmRow(props: Props) {
  const { alarm, assetName, serviceLabel, district, selected, cursor, leaving, marked, grouped, rowIndex, top, ack, stale, formats, may, onSelect, onAction } = props;
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const rowRef = useRef<HTMLDivElement>(null);
  const offered = offeredActions(alarm, may, { ackUnderWay: ack !== null });
  const choose = (action: AlarmAction) => {
    setMenuOpen(false);
    onAction(alarm, action);
  };
  const stateText = alarmStateText(alarm, t, formats);
  const classes = ["alarm-row", `priority-${alarm.priority}`, alarm.active ? "is-active" : "is-returned", alarm.acked ? "is-acked" : "is-unacked"];
  if (selected) classes.push("is-selected");
  if (cursor) classes.push("is-cursor");
  if (stale) classes.push("is-stale");
  if (leaving) classes.push("is-leaving");
  if (marked) classes.push("is-marked");
  return (
    <div
      ref={rowRef}
      role="row"
      aria-rowindex={rowIndex}
      aria-level={grouped ? 2 : undefined}
      aria-selected={selected}
      className={classes.join(" ")}
      style={rowStyle(top)}
      data-testid="alarm-row"
      data-alarm-id={alarm.id}
      data-acked={alarm.acked ? "true" : "false"}
      data-active={alarm.active ? "true" : "false"}
      data-priority={alarm.priority}
      data-shelved={alarm.shelved ? "true" : "false"}
      data-stale={stale ? "true" : "false"}
      data-marked={marked ? "true" : "false"}
      tabIndex={cursor ? 0 : -1}
      onClick={() => onSelect(alarm)}
      aria-haspopup={offered.length > 0 ? "menu" : undefined}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if ((e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) && offered.length > 0) {
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
      <div role="gridcell" className="alarm-cell alarm-priority">
        <PriorityTag priority={alarm.priority} muted={alarm.acked && !alarm.active} />
      </div>
      <div role="gridcell" className="alarm-cell alarm-time" title={formats.dateTime(alarm.time)}>
        {formats.eventTime(alarm.time)}
        {stale && (
          <span className="stale-note" title={t("alarms.staleTitle")}>
            {t("alarms.stale")}
          </span>
        )}
      </div>
      <div role="gridcell" className="alarm-cell alarm-source">
        <ServerText className="alarm-asset" text={assetName ?? alarm.sourceName} />
        {assetName && assetName !== alarm.sourceName && <ServerText className="alarm-source-name" text={alarm.sourceName} />}
      </div>
      <div role="gridcell" className="alarm-cell alarm-service">
        {serviceLabel}
      </div>
      <div role="gridcell" className="alarm-cell alarm-district">
        <ServerText text={district} />
      </div>
      <div role="gridcell" className="alarm-cell alarm-message">
        <ServerText text={alarm.message} testId="alarm-message" />
      </div>
      <div role="gridcell" className="alarm-cell alarm-state" data-testid="alarm-state" title={leaving ? `${stateText} — ${t("panel.leaving")}` : stateText}>
        {!alarm.acked && <span className="unacked-badge">{t("panel.unackedBadge")}</span>}
        <span className="alarm-state-text">{stateText}</span>
      </div>
      <div role="gridcell" className="alarm-cell alarm-comment">
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
      </div>
      <div role="gridcell" className="alarm-cell alarm-action">
        {/* Clicks here are about the action, not about selecting the alarm. */}
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
              tabIndex={-1}
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
              // Back to the row, not the ⋯ button, so the list's keys work at once; a dialog the
              // menu opened has taken the focus by then and gives it back itself.
              shouldReturnFocusOnClose={false}
              onClosed={() => {
                const active = document.activeElement;
                if (!active || active === document.body || rowRef.current?.contains(active)) rowRef.current?.focus();
              }}
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
                tabIndex={-1}
                className="alarm-menu-button"
                data-testid="alarm-menu-button"
                aria-label={t("alarmActions.menuButton")}
                title={t("alarmActions.menuButton")}
              />
            </Popover>
          )}
        </span>
      </div>
    </div>
  );
});
