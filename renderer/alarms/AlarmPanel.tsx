/** The alarm list: every condition the server retains, the ones needing someone on top. */
import { HTMLTable, NonIdealState } from "@blueprintjs/core";
import { useCallback, useState } from "react";
import type { AlarmId, AlarmState } from "../../contract/api";
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
    <section className="panel alarm-panel" data-testid="alarm-panel" aria-label="Alarms">
      <header className="panel-header">
        <h2 className="panel-title">Alarms</h2>
        <span className="panel-summary" data-testid="alarm-summary">
          {alarms.length === 0 ? "None" : `${active} active · ${unacked} unacknowledged · ${alarms.length} listed`}
        </span>
      </header>
      <div className="panel-body alarm-scroll">
        {alarms.length === 0 ? (
          <NonIdealState className="panel-empty" title="No alarms" description="The alarm book is empty." />
        ) : (
          <HTMLTable compact interactive className="alarm-table">
            <thead>
              <tr>
                <th>Priority</th>
                <th>Time</th>
                <th>Asset / source</th>
                <th>Message</th>
                <th>State</th>
                <th>Last comment</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {alarms.map((alarm) => (
                <AlarmRow
                  key={alarm.id}
                  alarm={alarm}
                  assetName={alarm.assetId ? assetsById.get(alarm.assetId)?.name ?? null : null}
                  selected={alarm.assetId !== null && alarm.assetId === selectedAssetId}
                  ackInFlight={pendingAcks.has(alarm.id)}
                  stale={connections.get(alarm.endpointId)?.state !== "connected"}
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
