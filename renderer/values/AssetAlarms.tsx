/** The selected asset's alarms under its values, so the operator sees cause and numbers together. */
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../contract/api";
import { selectSelectedAssetAlarms } from "../alarms/alarmSelectors";
import { alarmStateText } from "../alarms/alarmStateText";
import { PriorityTag } from "../alarms/PriorityTag";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";

/** Beyond this the alarm list below is the better place to look; a flood must not push values away. */
const MAX_SHOWN = 12;

export function AssetAlarms() {
  const { t } = useTranslation();
  const formats = useFormats();
  const alarms = useRoomSelector(selectSelectedAssetAlarms);
  const shown = alarms.slice(0, MAX_SHOWN);
  return (
    <div className="asset-alarms" data-testid="asset-alarms">
      <h3 className="section-title">{t("assetAlarms.title")}</h3>
      {alarms.length === 0 ? (
        <div className="section-empty">{t("common.none")}</div>
      ) : (
        <ul className="asset-alarm-list">
          {shown.map((a: AlarmState) => (
            <li key={a.id} className={`asset-alarm priority-${a.priority} ${a.acked ? "is-acked" : "is-unacked"}`}>
              <PriorityTag priority={a.priority} muted={a.acked && !a.active} />
              <span className="asset-alarm-text">
                <span className="asset-alarm-message">
                  <ServerText text={a.message} wrap />
                </span>
                <span className="asset-alarm-meta" title={formats.dateTime(a.time)}>
                  {formats.eventTime(a.time)} · {alarmStateText(a, t)}
                </span>
              </span>
            </li>
          ))}
          {alarms.length > shown.length && (
            <li className="section-empty">{t("assetAlarms.more", { count: alarms.length - shown.length })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
