/** The selected asset's alarms under its values, so the operator sees cause and numbers together. */
import type { AlarmState } from "../../contract/api";
import { selectSelectedAssetAlarms } from "../alarms/alarmSelectors";
import { alarmStateText } from "../alarms/alarmStateText";
import { PriorityTag } from "../alarms/PriorityTag";
import { useRoomSelector } from "../state/RoomContext";
import { formatEventTime } from "../time/format";

/** Beyond this the alarm list below is the better place to look; a flood must not push values away. */
const MAX_SHOWN = 12;

export function AssetAlarms() {
  const alarms = useRoomSelector(selectSelectedAssetAlarms);
  const shown = alarms.slice(0, MAX_SHOWN);
  return (
    <div className="asset-alarms" data-testid="asset-alarms">
      <h3 className="section-title">Alarms of this asset</h3>
      {alarms.length === 0 ? (
        <div className="section-empty">None</div>
      ) : (
        <ul className="asset-alarm-list">
          {shown.map((a: AlarmState) => (
            <li key={a.id} className={`asset-alarm priority-${a.priority} ${a.acked ? "is-acked" : "is-unacked"}`}>
              <PriorityTag priority={a.priority} muted={a.acked && !a.active} />
              <span className="asset-alarm-text">
                <span className="asset-alarm-message">{a.message}</span>
                <span className="asset-alarm-meta">
                  {formatEventTime(a.time)} · {alarmStateText(a)}
                </span>
              </span>
            </li>
          ))}
          {alarms.length > shown.length && (
            <li className="section-empty">…and {alarms.length - shown.length} more in the alarm list</li>
          )}
        </ul>
      )}
    </div>
  );
}
