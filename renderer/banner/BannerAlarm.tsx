/**
 * The most urgent unacknowledged alarm as one clickable line: priority, source, message, age.
 * Clicking selects it (the panel's detail and the map follow the selection). Memoised on the
 * alarm object, which the store replaces only when the server changed this alarm; only the age
 * ticks every second, in its own small component.
 */
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../contract/api";
import { PriorityTag } from "../alarms/PriorityTag";
import { useFormats } from "../i18n/useFormats";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { selectAlarm, selectAsset } from "../state/roomState";
import { ServerText } from "../text/ServerText";
import { useNow } from "../time/clock";
import { unackedSince } from "./mostUrgent";

function AlarmAge({ since }: { since: number }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const age = formats.age(useNow() - since);
  return (
    <span className="banner-age" data-testid="banner-age" title={t("banner.unackedFor", { age })}>
      {age}
    </span>
  );
}

export const BannerAlarm = memo(function BannerAlarm({ alarm }: { alarm: AlarmState }) {
  const { t } = useTranslation();
  const { store } = useRoom();
  const source = useRoomSelector((s) => (alarm.assetId ? s.assetsById.get(alarm.assetId)?.name ?? null : null)) ?? alarm.sourceName;
  const show = () => {
    selectAlarm(store, alarm.id);
    if (alarm.assetId) selectAsset(store, alarm.assetId);
  };
  return (
    <button
      type="button"
      className={`banner-alarm priority-${alarm.priority}`}
      data-testid="banner-alarm"
      data-alarm-id={alarm.id}
      data-priority={alarm.priority}
      title={t("banner.showAlarm", { source })}
      onClick={show}
    >
      <PriorityTag priority={alarm.priority} />
      <ServerText className="banner-source" text={source} testId="banner-source" />
      <span className="banner-message">
        <ServerText text={alarm.message} testId="banner-message" />
      </span>
      <AlarmAge since={unackedSince(alarm)} />
    </button>
  );
});
