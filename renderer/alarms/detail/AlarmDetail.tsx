/**
 * The alarm detail: a side panel beside the alarm list (it takes the value panel's column, so
 * the list and its selected row stay in view), open while an alarm is selected. Escape, or the
 * close button, closes it and gives the focus back to the alarm's row in the list.
 */
import { Button } from "@blueprintjs/core";
import { useCallback, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { MaintenanceButtons } from "../../maintenance/MaintenanceButtons";
import type { AlarmId } from "../../../contract/api";
import { useRoom, useRoomSelector } from "../../state/RoomContext";
import { selectAlarm } from "../../state/roomState";
import { ServerText } from "../../text/ServerText";
import { PriorityTag } from "../PriorityTag";
import { DetailActions } from "./DetailActions";
import { DetailFacts } from "./DetailFacts";
import { DetailHistory } from "./DetailHistory";
import { DetailLimits } from "./DetailLimits";
import { DetailValues } from "./DetailValues";

/** The list row of this alarm, else the list's tab stop: where the keyboard was before the detail. */
function focusList(alarmId: AlarmId): void {
  const rows = '[data-testid="alarm-row"]';
  const row =
    document.querySelector<HTMLElement>(`${rows}[data-alarm-id="${CSS.escape(alarmId)}"]`) ??
    document.querySelector<HTMLElement>(`${rows}[tabindex="0"]`) ??
    document.querySelector<HTMLElement>(rows);
  row?.focus();
}

/** Escape belongs to a dialog, a menu or a text field first. */
function escapeIsOurs(e: KeyboardEvent): boolean {
  if (e.key !== "Escape" || e.defaultPrevented) return false;
  if (document.querySelector(".bp6-overlay-open")) return false;
  const el = e.target instanceof HTMLElement ? e.target : null;
  return !el?.closest("input, textarea, select, [contenteditable=true]");
}

/**
 * `valuePanelBeside`: the window keeps the value panel in view beside the detail (the detail
 * role); when that panel shows the alarm's own asset, its values are not repeated here.
 */
export function AlarmDetail({ valuePanelBeside = false }: { valuePanelBeside?: boolean }) {
  const { store } = useRoom();
  const { t } = useTranslation();
  const alarmId = useRoomSelector((s) => s.selectedAlarmId);
  const alarm = useRoomSelector((s) => (s.selectedAlarmId ? (s.alarms.get(s.selectedAlarmId) ?? null) : null));
  const valuesBeside = useRoomSelector((s) => valuePanelBeside && !!alarm?.assetId && s.selectedAssetId === alarm.assetId);

  const close = useCallback(() => {
    if (!alarmId) return;
    selectAlarm(store, null);
    // After React has removed the panel, so the row is where the keyboard lands.
    requestAnimationFrame(() => focusList(alarmId));
  }, [alarmId, store]);

  useEffect(() => {
    if (!alarmId) return;
    const onKey = (e: KeyboardEvent) => {
      if (!escapeIsOurs(e)) return;
      e.preventDefault();
      close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [alarmId, close]);

  if (!alarmId) return null;
  return (
    <aside className="panel alarm-detail" data-testid="alarm-detail" data-alarm-id={alarmId} data-asset-id={alarm?.assetId ?? ""} aria-label={t("detail.aria")}>
      <header className="panel-header alarm-detail-header">
        {alarm && <PriorityTag priority={alarm.priority} />}
        <h2 className="panel-title alarm-detail-title">{alarm ? <ServerText text={alarm.sourceName} /> : t("detail.title")}</h2>
        <Button className="alarm-detail-close" variant="minimal" size="small" icon="cross" aria-label={t("detail.close")} title={t("detail.close")} onClick={close} />
      </header>
      <div className="panel-body alarm-detail-body">
        {alarm ? (
          <>
            <DetailFacts alarm={alarm} />
            <DetailActions key={alarm.id} alarm={alarm} />
            <MaintenanceButtons assetId={alarm.assetId ?? null} assetName={alarm.sourceName} alarm={{ id: alarm.id, label: `${alarm.sourceName}: ${alarm.message}` }} />
            <DetailLimits alarm={alarm} />
            {!valuesBeside && <DetailValues alarm={alarm} />}
          </>
        ) : (
          <p className="alarm-detail-gone" data-testid="alarm-detail-gone">
            {t("detail.gone")}
          </p>
        )}
        <DetailHistory alarmId={alarmId} alarm={alarm} />
      </div>
    </aside>
  );
}
