/**
 * The history rows, virtualised: thousands of rows after a few "load older" keep a few dozen
 * in the DOM. Rows are one line of fixed height; a long server text shows whole in its tooltip
 * (ServerText), and the CSV has it all.
 */
import { HTMLTable } from "@blueprintjs/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmHistoryRow } from "../../contract/api";
import { PriorityTag } from "../alarms/PriorityTag";
import { useFormats } from "../i18n/useFormats";
import { ServerText } from "../text/ServerText";
import { COLUMN_LABEL, HISTORY_COLUMNS, rowTexts } from "./historyColumns";
import { rowTime } from "./siteTime";

const ROW_HEIGHT = 30;

const HistoryRow = memo(function HistoryRow({ row }: { row: AlarmHistoryRow }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const texts = rowTexts(row, t, formats);
  const kindClass = row.kind === "alarm" ? (row.active ? "is-active" : "is-normal") : "is-audit";
  return (
    <tr className={`history-row ${kindClass}${row.priority ? ` priority-${row.priority}` : ""}`} data-testid="history-row" data-kind={row.kind} data-priority={row.priority ?? ""}>
      <td className="history-time">
        <time dateTime={new Date(row.time).toISOString()}>{rowTime(row.time, formats.locale, formats.timeZone)}</time>
      </td>
      <td>{row.priority && <PriorityTag priority={row.priority} muted={row.kind === "audit"} />}</td>
      <td>
        <ServerText text={texts.source} />
      </td>
      <td>
        <ServerText text={texts.condition} />
      </td>
      <td data-testid="history-message">
        <ServerText text={texts.message} />
      </td>
      <td className="history-state" data-testid="history-state">
        {texts.state}
      </td>
      <td>
        <ServerText text={texts.user} />
      </td>
      <td className="history-detail">
        <ServerText text={texts.detail} />
      </td>
      <td title={texts.service}>{texts.service}</td>
      <td>
        <ServerText text={texts.district} />
      </td>
    </tr>
  );
});

export function HistoryTable({ rows }: { rows: readonly AlarmHistoryRow[] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtual.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    // Focusable, so the keyboard scrolls the rows (they hold no controls of their own).
    <div className="history-scroll" ref={scroller} tabIndex={0} role="region" aria-label={t("history.tableAria")} data-testid="history-table">
      <HTMLTable compact className="history-table" aria-rowcount={rows.length + 1}>
        <colgroup>
          {HISTORY_COLUMNS.map((c) => (
            <col key={c} className={`history-col-${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {HISTORY_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(COLUMN_LABEL[c])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="history-spacer">
              <td colSpan={HISTORY_COLUMNS.length} style={{ height: top }} />
            </tr>
          )}
          {items.map((item) => (
            <HistoryRow key={rows[item.index]!.key} row={rows[item.index]!} />
          ))}
          {bottom > 0 && (
            <tr aria-hidden="true" className="history-spacer">
              <td colSpan={HISTORY_COLUMNS.length} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </HTMLTable>
    </div>
  );
}
