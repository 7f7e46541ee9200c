/** The grid's column headers; the sortable ones are buttons that cycle their column's order. */
import { Icon } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { tk, type Key } from "../../i18n/keys";
import type { PanelSort, SortColumn } from "./alarmSort";

interface Column {
  id: string;
  label: Key;
  sort: SortColumn | null;
}

const COLUMNS: readonly Column[] = [
  { id: "priority", label: tk("alarms.column.priority"), sort: "priority" },
  { id: "time", label: tk("alarms.column.time"), sort: "time" },
  { id: "source", label: tk("alarms.column.source"), sort: "source" },
  { id: "service", label: tk("panel.column.service"), sort: "service" },
  { id: "district", label: tk("panel.column.district"), sort: "district" },
  { id: "message", label: tk("alarms.column.message"), sort: null },
  { id: "state", label: tk("alarms.column.state"), sort: "state" },
  { id: "comment", label: tk("alarms.column.comment"), sort: null },
  { id: "actions", label: tk("alarms.column.actions"), sort: null },
];

export function GridHeader({ sort, onSort }: { sort: PanelSort; onSort: (column: SortColumn) => void }) {
  const { t } = useTranslation();
  return (
    <div role="rowgroup" className="alarm-grid-head">
      <div role="row" aria-rowindex={1} className="alarm-head-row">
        {COLUMNS.map((c) => {
          const sorted = c.sort !== null && sort.column === c.sort;
          const ariaSort = sorted ? (sort.direction === "asc" ? "ascending" : "descending") : c.sort ? "none" : undefined;
          const label = t(c.label);
          return (
            <div key={c.id} role="columnheader" aria-sort={ariaSort} className={`alarm-head alarm-head-${c.id}`}>
              {c.sort ? (
                <button
                  type="button"
                  className={`alarm-sort${sorted ? " is-sorted" : ""}`}
                  data-testid={`sort-${c.sort}`}
                  title={t("panel.column.sortBy", { column: label })}
                  onClick={() => onSort(c.sort!)}
                >
                  <span className="alarm-sort-label">{label}</span>
                  {sorted && <Icon icon={sort.direction === "asc" ? "chevron-up" : "chevron-down"} size={12} />}
                </button>
              ) : c.id === "actions" ? (
                <span className="visually-hidden">{label}</span>
              ) : (
                <span className="alarm-head-label">{label}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
