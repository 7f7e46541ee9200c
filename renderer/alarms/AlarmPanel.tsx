/**
 * The alarm list: every condition the server retains, the ones needing someone on top. Each row
 * offers what the signed-in person may do; the dialogs live here, and when one closes the focus
 * goes back to the row it was about, so the keyboard stays in the list.
 */
import { HTMLTable, NonIdealState } from "@blueprintjs/core";
import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId, AlarmState } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { showToast } from "../shell/toaster";
import { selectQueuedAcks } from "../state/actionSelectors";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { selectAsset } from "../state/roomState";
import { NOTHING_ALLOWED } from "../state/sessionFeed";
import { AckDialog } from "./AckDialog";
import { outcomeOf, refusedCall } from "./actionOutcome";
import type { AlarmAction } from "./alarmActions";
import { AlarmRow } from "./AlarmRow";
import { selectSortedAlarms } from "./alarmSelectors";
import { AlarmTextDialog, type TextAction } from "./AlarmTextDialog";
import { ShelveDialog } from "./ShelveDialog";

export function AlarmPanel() {
  const { store, session } = useRoom();
  const alarms = useRoomSelector(selectSortedAlarms);
  const assetsById = useRoomSelector((s) => s.assetsById);
  const selectedAssetId = useRoomSelector((s) => s.selectedAssetId);
  const pendingAcks = useRoomSelector((s) => s.pendingAcks);
  const queuedAcks = useRoomSelector(selectQueuedAcks);
  const { t } = useTranslation();
  const formats = useFormats();
  const connections = useRoomSelector((s) => s.connections);
  const may = useRoomSelector((s) => s.sessionInfo?.may ?? NOTHING_ALLOWED);
  const [ackTarget, setAckTarget] = useState<AlarmId | null>(null);
  const [textTarget, setTextTarget] = useState<{ alarmId: AlarmId; action: TextAction } | null>(null);
  const [shelveTarget, setShelveTarget] = useState<AlarmId | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  /** The row the last action was about: it gets the focus back. */
  const lastRow = useRef<AlarmId | null>(null);

  const focusList = useCallback(() => {
    const table = tableRef.current;
    if (!table) return;
    const id = lastRow.current;
    const rows = [...table.querySelectorAll<HTMLElement>("[data-testid=alarm-row]")];
    (rows.find((r) => r.dataset.alarmId === id) ?? rows[0])?.focus();
  }, []);

  const onSelect = useCallback((alarm: AlarmState) => {
    if (alarm.assetId) selectAsset(store, alarm.assetId);
  }, [store]);
  const unshelve = useCallback(
    async (alarm: AlarmState) => {
      try {
        const outcome = outcomeOf("unshelve", await session.unshelve(alarm.id), t);
        if (outcome.kind === "refused") showToast({ intent: "danger", message: outcome.message });
        else if (outcome.kind === "queued") showToast({ intent: "warning", message: outcome.message });
      } catch (e) {
        showToast({ intent: "danger", message: refusedCall("unshelve", e, t) });
      }
    },
    [session, t],
  );
  const onAction = useCallback(
    (alarm: AlarmState, action: AlarmAction) => {
      lastRow.current = alarm.id;
      if (action === "acknowledge") setAckTarget(alarm.id);
      else if (action === "shelve") setShelveTarget(alarm.id);
      else if (action === "unshelve") {
        void unshelve(alarm);
        requestAnimationFrame(focusList);
      } else setTextTarget({ alarmId: alarm.id, action });
    },
    [unshelve, focusList],
  );
  const closeAck = useCallback(() => setAckTarget(null), []);
  const closeText = useCallback(() => setTextTarget(null), []);
  const closeShelve = useCallback(() => setShelveTarget(null), []);

  let active = 0;
  let unacked = 0;
  for (const a of alarms) {
    if (a.active) active++;
    if (!a.acked) unacked++;
  }

  return (
    <section className="panel alarm-panel" data-testid="alarm-panel" aria-label={t("alarms.title")}>
      <header className="panel-header">
        <h2 className="panel-title">{t("alarms.title")}</h2>
        <span className="panel-summary" data-testid="alarm-summary">
          {alarms.length === 0
            ? t("common.none")
            : [
                t("alarms.activeCount", { count: active }),
                t("alarms.unackedCount", { count: unacked }),
                t("alarms.listedCount", { count: alarms.length }),
              ].join(" · ")}
        </span>
      </header>
      <div className="panel-body alarm-scroll">
        {alarms.length === 0 ? (
          <NonIdealState className="panel-empty" title={t("alarms.emptyTitle")} description={t("alarms.emptyText")} />
        ) : (
          <HTMLTable compact interactive className="alarm-table" ref={tableRef}>
            <thead>
              <tr>
                <th>{t("alarms.column.priority")}</th>
                <th>{t("alarms.column.time")}</th>
                <th>{t("alarms.column.source")}</th>
                <th>{t("alarms.column.message")}</th>
                <th>{t("alarms.column.state")}</th>
                <th>{t("alarms.column.comment")}</th>
                <th aria-label={t("alarms.column.actions")} />
              </tr>
            </thead>
            <tbody>
              {alarms.map((alarm) => (
                <AlarmRow
                  key={alarm.id}
                  alarm={alarm}
                  assetName={alarm.assetId ? assetsById.get(alarm.assetId)?.name ?? null : null}
                  selected={alarm.assetId !== null && alarm.assetId === selectedAssetId}
                  ack={pendingAcks.has(alarm.id) ? "sent" : queuedAcks.has(alarm.id) ? "queued" : null}
                  stale={connections.get(alarm.endpointId)?.state !== "connected"}
                  formats={formats}
                  may={may}
                  onSelect={onSelect}
                  onAction={onAction}
                />
              ))}
            </tbody>
          </HTMLTable>
        )}
      </div>
      <AckDialog alarmId={ackTarget} onClose={closeAck} onClosed={focusList} />
      <AlarmTextDialog target={textTarget} onClose={closeText} onClosed={focusList} />
      <ShelveDialog alarmId={shelveTarget} onClose={closeShelve} onClosed={focusList} />
    </section>
  );
}
