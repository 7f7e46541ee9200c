/** Unacknowledged alarms per priority, as the navbar counts them (the same memoised counts). */
import { useTranslation } from "react-i18next";
import { selectAlarmCounts } from "../alarms/alarmSelectors";
import { PRIORITIES, PRIORITY_LABEL, PRIORITY_SHORT } from "../alarms/priority";
import { useRoomSelector } from "../state/RoomContext";

export function BannerCounts() {
  const { t } = useTranslation();
  const counts = useRoomSelector(selectAlarmCounts);
  return (
    <span className="banner-counts" data-testid="banner-counts" role="group" aria-label={t("banner.countsCaption")}>
      <span className="banner-counts-caption" aria-hidden>
        {t("banner.countsCaption")}
      </span>
      {PRIORITIES.map((p) => {
        const n = counts[p].unacked;
        const title = t("banner.countTitle", { priority: t(PRIORITY_LABEL[p]), count: n });
        return (
          <span
            key={p}
            className={`banner-count priority-${p}${n > 0 ? " has-unacked" : ""}`}
            data-testid="banner-count"
            data-priority={p}
            data-unacked={n}
            title={title}
            aria-label={title}
          >
            <span aria-hidden>{t(PRIORITY_SHORT[p])}</span> <b aria-hidden>{n}</b>
          </span>
        );
      })}
    </span>
  );
}
