/**
 * The alarm banner, under the top bar of every window (operator and map): the most urgent
 * unacknowledged alarm, unacknowledged counts per priority, the horn and its silence button,
 * and in a flood a line saying so. With nothing unacknowledged it stays as one calm grey line
 * rather than collapsing: the workspace below does not jump each time the last alarm is
 * acknowledged or a new one comes, and "no unacknowledged alarms" is itself worth seeing.
 * Above it, while servers are not live, a line names them (OfflineStrip).
 *
 * It re-renders only when its own inputs change: the picked alarm (the same object while the
 * server leaves it alone), the counts (memoised to their numbers), the horn (a word) and the
 * flood status (a timer), so a flood of updates to other alarms passes it by.
 */
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { WindowRole } from "../shell/windowRole";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { BannerAlarm } from "./BannerAlarm";
import { BannerCounts } from "./BannerCounts";
import { BannerMenu } from "./BannerMenu";
import { FloodStrip } from "./FloodStrip";
import { OfflineStrip } from "./OfflineStrip";
import { HornButton } from "./HornButton";
import { selectMostUrgent } from "./mostUrgent";
import { notificationText } from "./notificationText";
import { useDesktopNotifications } from "./notifications";
import type { Shown } from "./notificationPlan";
import { useFlood } from "./useFlood";
import { useHorn } from "./useHorn";

export function Banner({ role }: { role: WindowRole }) {
  const { t } = useTranslation();
  const { store } = useRoom();
  const alarm = useRoomSelector(selectMostUrgent);
  const horn = useHorn(store, role);
  const flood = useFlood(store);
  const describe = useCallback((shown: Shown) => notificationText(shown, t, store.getState().assetsById), [t, store]);
  const notifications = useDesktopNotifications(store, describe);
  const classes = ["alarm-banner", alarm ? `has-alarm priority-${alarm.priority}` : "is-calm", flood.on ? "is-flood" : ""];
  return (
    <section
      className={classes.filter(Boolean).join(" ")}
      aria-label={t("banner.aria")}
      data-testid="alarm-banner"
      data-state={alarm ? "alarm" : "calm"}
      data-horn={horn.state}
      data-audio={horn.blocked ? "blocked" : "ok"}
      data-flood={flood.on ? "on" : "off"}
    >
      <OfflineStrip />
      {flood.on && <FloodStrip count={flood.count} />}
      <div className="banner-line">
        {alarm ? (
          <BannerAlarm alarm={alarm} />
        ) : (
          <span className="banner-calm" data-testid="banner-calm">
            {t("banner.calm")}
          </span>
        )}
        <BannerCounts />
        {horn.blocked && (
          <span className="banner-audio-blocked" data-testid="banner-audio-blocked" role="status">
            {t("banner.horn.blocked")}
          </span>
        )}
        <HornButton state={horn.state} />
        <BannerMenu setting={horn.setting} changeSetting={horn.changeSetting} notifications={notifications} />
      </div>
    </section>
  );
}
