/**
 * Every row of a history search, page after page with the core's cursor: the export writes what
 * the search found, not only what the table has loaded so far.
 */
import type { AlarmHistoryRow, ControlRoomApi } from "../../contract/api";
import type { HistoryQuery } from "./historyQuery";

/** The contract's largest page. */
const PAGE = 10_000;
/**
 * A spreadsheet stays usable well beyond this, but a file of more rows is no longer read by a
 * person; the core's journal keeps 90 days, which a flood can fill with far more.
 */
export const EXPORT_ROW_CAP = 200_000;

export interface Collected {
  rows: AlarmHistoryRow[];
  /** True when the cap stopped it and older rows were left out. */
  capped: boolean;
}

export async function collectHistory(
  api: Pick<ControlRoomApi, "searchAlarmHistory">,
  query: HistoryQuery,
  onProgress: (rows: number) => void,
  cap = EXPORT_ROW_CAP,
): Promise<Collected> {
  const rows: AlarmHistoryRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await api.searchAlarmHistory({ ...query, limit: Math.min(PAGE, cap - rows.length), ...(cursor ? { cursor } : {}) });
    rows.push(...page.rows);
    onProgress(rows.length);
    if (!page.next) return { rows, capped: false };
    if (rows.length >= cap) return { rows, capped: true };
    cursor = page.next;
  }
}
