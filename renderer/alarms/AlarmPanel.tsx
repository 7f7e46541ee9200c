/** The alarm list: every condition the server retains, the ones needing someone on top. */
import { HTMLTable, NonIdealState } from "@blueprintjs/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId, AlarmState } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { selectQueuedAcks } from "../state/actionSelectors";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { selectAsset } from "../state/roomState";
import { AckDialog } from "./AckDialog";
import { AlarmRow } from "./AlarmRow";
import { selectSortedAlarms } from "./alarmSelectors";

export function AlarmPanel() {
  const { store } = useRoom();
  const alarms = useRoomSelector(selectSortedAlarms);
  const assetsById = useRoomSelector((s) => s.assetsById);
  const selectedAssetId = useRoomSelector((s) => s.selectedAssetId);
  const pendingAcks = useRoomSelector((s) => s.pendingAcks);
  const queuedAcks = useRoomSelector(selectQueuedAcks);
  const { t } = useTranslation();
  const formats = useFormats();
  const connections = useRoomSelector((s) => s.connections);
  const [ackTarget, setAckTarget] = useState<AlarmId | null>(null);

  const onSelect = useCallback((alarm: AlarmState) => {
    if (alarm.assetId) selectAsset(store, alarm.assetId);
  }, [store]);
  const onAck = useCallback((alarm: AlarmState) => setAckTarget(alarm.id), []);
  const closeDialog = useCallback(() => setAckTarget(null), []);

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
          <HTMLTable compact interactive className="alarm-table">
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
                  onSelect={onSelect}
                  onAck={onAck}
                />
              ))}
            </tbody>
          </HTMLTable>
        )}
      </div>
      <AckDialog alarmId={ackTarget} onClose={closeDialog} />
    </section>
  );
}
