/**
 * Unacknowledged / active counts per priority, always in view. A counter is coloured only while
 * it is non-zero: a quiet plant shows a grey bar.
 */
import { useTranslation } from "react-i18next";
import { selectAlarmCounts } from "../alarms/alarmSelectors";
import { PRIORITIES, PRIORITY_LABEL, PRIORITY_SHORT } from "../alarms/priority";
import { useRoomSelector } from "../state/RoomContext";

export function AlarmCounters() {
  const { t } = useTranslation();
  const counts = useRoomSelector(selectAlarmCounts);
  return (
    <div className="alarm-counters" role="group" aria-label={t("counters.aria")}>
      <span className="counters-caption" aria-hidden>
        <span>{t("counters.caption")}</span>
        <span>{t("counters.captionSub")}</span>
      </span>
      {PRIORITIES.map((p) => {
        const c = counts[p];
        const state = c.unacked > 0 ? "has-unacked" : c.active > 0 ? "has-active" : "is-zero";
        const title = t("counters.title", { priority: t(PRIORITY_LABEL[p]), unacked: c.unacked, active: c.active });
        return (
          <span
            key={p}
            className={`alarm-counter priority-${p} ${state}`}
            data-testid="alarm-count"
            data-priority={p}
            data-unacked={c.unacked}
            data-active={c.active}
            title={title}
            aria-label={title}
          >
            <span className="counter-label" aria-hidden>
              {t(PRIORITY_SHORT[p])}
            </span>
            <span className="counter-value" aria-hidden>
              {c.unacked}/{c.active}
            </span>
          </span>
        );
      })}
    </div>
  );
}
