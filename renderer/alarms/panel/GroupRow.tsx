/**
 * A group's header row (grouping by asset or service): name, how many alarms and how many of
 * them unacknowledged, counts by priority. A click, Enter, Space or the left/right arrows fold it.
 */
import { Icon } from "@blueprintjs/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { PRIORITIES, PRIORITY_SHORT } from "../priority";
import type { GroupRow as Group } from "./alarmGrouping";
import { rowStyle } from "./rowStyle";

interface Props {
  group: Group;
  label: string;
  cursor: boolean;
  rowIndex: number;
  /** Pixels from the top of the list (the virtualiser places every row). */
  top: number;
  onToggle: (key: string) => void;
  onFocusRow: (key: string) => void;
}

export const GroupRow = memo(function GroupRow({ group, label, cursor, rowIndex, top, onToggle, onFocusRow }: Props) {
  const { t } = useTranslation();
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-level={1}
      aria-expanded={!group.collapsed}
      className={`alarm-group-row${cursor ? " is-cursor" : ""}${group.unacked > 0 ? " has-unacked" : ""}`}
      style={rowStyle(top)}
      tabIndex={cursor ? 0 : -1}
      data-testid="alarm-group"
      data-group-key={group.key}
      onClick={() => {
        onFocusRow(`g|${group.key}`);
        onToggle(group.key);
      }}
    >
      <div role="gridcell" className="alarm-group-cell">
        <Icon icon={group.collapsed ? "chevron-right" : "chevron-down"} size={14} className="alarm-group-chevron" />
        <span className="alarm-group-name" data-testid="alarm-group-name">
          <bdi dir="auto">{label}</bdi>
        </span>
        <span className="alarm-group-count">{t("panel.group.count", { count: group.count })}</span>
        {group.unacked > 0 && <span className="alarm-group-unacked">{t("panel.group.unacked", { count: group.unacked })}</span>}
        <span className="alarm-group-priorities">
          {PRIORITIES.filter((p) => group.byPriority[p] > 0).map((p) => (
            <span key={p} className={`alarm-group-priority priority-${p}`}>
              {t(PRIORITY_SHORT[p])} {group.byPriority[p]}
            </span>
          ))}
        </span>
      </div>
    </div>
  );
});
