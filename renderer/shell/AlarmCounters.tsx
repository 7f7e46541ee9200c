/**
 * Unacknowledged / active counts per priority, always in view. A counter is coloured only while
 * it is non-zero: a quiet plant shows a grey bar.
 */
import { selectAlarmCounts } from "../alarms/alarmSelectors";
import { PRIORITIES, PRIORITY_LABEL, PRIORITY_SHORT } from "../alarms/priority";
import { useRoomSelector } from "../state/RoomContext";

export function AlarmCounters() {
  const counts = useRoomSelector(selectAlarmCounts);
  return (
    <div className="alarm-counters" aria-label="Alarm counts: unacknowledged / active">
      <span className="counters-caption" aria-hidden>
        <span>Alarms</span>
        <span>unack / active</span>
      </span>
      {PRIORITIES.map((p) => {
        const c = counts[p];
        const state = c.unacked > 0 ? "has-unacked" : c.active > 0 ? "has-active" : "is-zero";
        return (
          <span
            key={p}
            className={`alarm-counter priority-${p} ${state}`}
            data-testid="alarm-count"
            data-priority={p}
            data-unacked={c.unacked}
            data-active={c.active}
            title={`${PRIORITY_LABEL[p]}: ${c.unacked} unacknowledged, ${c.active} active`}
          >
            <span className="counter-label">{PRIORITY_SHORT[p]}</span>
            <span className="counter-value">
              {c.unacked}/{c.active}
            </span>
          </span>
        );
      })}
    </div>
  );
}
