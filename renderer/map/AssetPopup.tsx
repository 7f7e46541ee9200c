/**
 * What a map popup shows of the selected asset: its first live values (marked when last known or
 * not good) and its open alarms. The popup asset is always the selected
 * one, so the window already subscribes its tags and no second feed is needed.
 */
import { useTranslation } from "react-i18next";
import { selectSelectedAssetAlarms } from "../alarms/alarmSelectors";
import { alarmStateText } from "../alarms/alarmStateText";
import { PriorityTag } from "../alarms/PriorityTag";
import { isUp } from "../connections/connectionView";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { serviceName } from "../values/serviceNames";
import { PopupValue } from "./PopupValue";

/** A popup is a glance; the value panel beside the map has the rest. */
const MAX_TAGS = 6;
const MAX_ALARMS = 4;

export function AssetPopup() {
  const { t } = useTranslation();
  const formats = useFormats();
  const asset = useRoomSelector((s) => (s.selectedAssetId ? s.assetsById.get(s.selectedAssetId) ?? null : null));
  const live = useRoomSelector((s) => (asset ? isUp(s.connections.get(asset.endpointId)?.state) : false));
  const alarms = useRoomSelector(selectSelectedAssetAlarms).filter((a) => a.active || !a.acked);
  if (!asset) return null;
  const tags = asset.tags.slice(0, MAX_TAGS);
  return (
    <div className="asset-popup" data-testid="asset-popup" data-asset-id={asset.id}>
      <div className="asset-popup-title">
        <ServerText text={asset.name} max={120} />
      </div>
      <div className="asset-popup-facts">
        {serviceName(asset.service, t)} · <ServerText text={asset.district} max={60} /> · <ServerText text={asset.id} max={80} />
      </div>
      {tags.length > 0 && (
        <table className="asset-popup-values" aria-label={t("cityMap.popup.values")}>
          <tbody>
            {tags.map((tag) => (
              <PopupValue key={tag.id} tag={tag} live={live} formats={formats} />
            ))}
          </tbody>
        </table>
      )}
      {asset.tags.length > tags.length && <div className="asset-popup-more">{t("cityMap.popup.moreTags", { count: asset.tags.length - tags.length })}</div>}
      <div className="asset-popup-section">{t("cityMap.popup.alarms")}</div>
      {alarms.length === 0 ? (
        <div className="asset-popup-none">{t("common.none")}</div>
      ) : (
        <ul className="asset-popup-alarms" data-testid="asset-popup-alarms">
          {alarms.slice(0, MAX_ALARMS).map((a) => (
            <li key={a.id} className="asset-popup-alarm" data-testid="asset-popup-alarm">
              <PriorityTag priority={a.priority} muted={a.acked && !a.active} />
              <span className="asset-popup-alarm-text">
                <ServerText text={a.message} max={160} wrap />
                <span className="asset-popup-alarm-state">{alarmStateText(a, t)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
