/**
 * Column sorting. With no column chosen the list keeps the ISA-18.2 order operators scan in
 * (compareAlarms: unacknowledged first, then priority, newest). A chosen column sorts first and
 * that order breaks its ties, so equal keys never shuffle between frames. Keys are computed once
 * per alarm and sort, not once per comparison: 10,000 rows sort in a few milliseconds.
 */
import type { AlarmState, AssetId, AssetInfo } from "../../../contract/api";
import { compareAlarms } from "../alarmSelectors";
import { PRIORITY_RANK } from "../priority";

export const SORT_COLUMNS = ["priority", "time", "source", "state", "service", "district"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = "asc" | "desc";

export interface PanelSort {
  column: SortColumn | null;
  direction: SortDirection;
}

export const DEFAULT_SORT: PanelSort = { column: null, direction: "asc" };

/** The direction a column starts in when first clicked: urgent and newest on top. */
export function firstDirection(column: SortColumn): SortDirection {
  return column === "time" ? "desc" : "asc";
}

/** A click on a header: a new column starts in its first direction, the same one flips, a third click goes back to the default order. */
export function nextSort(current: PanelSort, column: SortColumn): PanelSort {
  if (current.column !== column) return { column, direction: firstDirection(column) };
  if (current.direction === firstDirection(column)) return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  return DEFAULT_SORT;
}

/**
 * How far an alarm is from needing nobody, in ISA-18.2 terms: active unacknowledged first, then
 * returned unacknowledged, acknowledged but unconfirmed, standing (active, acknowledged), and
 * those kept out of the operator's way last.
 */
export function stateRank(a: AlarmState): number {
  if (!a.enabled) return 7;
  if (a.shelved) return 6;
  if (a.suppressed) return 5;
  if (!a.acked) return a.active ? 0 : 1;
  if (a.confirmed === false) return a.active ? 2 : 3;
  return a.active ? 4 : 4.5;
}

type Key = number | string;

function keyOf(column: SortColumn, a: AlarmState, asset: AssetInfo | undefined, serviceName: (key: string) => string): Key {
  switch (column) {
    case "priority":
      return PRIORITY_RANK[a.priority];
    case "time":
      return a.time;
    case "source":
      return asset?.name ?? a.sourceName;
    case "state":
      return stateRank(a);
    case "service":
      return asset ? serviceName(asset.service) : "";
    case "district":
      return asset?.district ?? "";
  }
}

export interface SortContext {
  assets: ReadonlyMap<AssetId, AssetInfo>;
  /** A service key as the window's language says it, so the order matches what is read. */
  serviceName: (key: string) => string;
  /** Text comparison in the window's language (Intl.Collator: č after c, not after z). */
  compareText: (a: string, b: string) => number;
}

/** A new array, sorted; the input is left alone. */
export function sortAlarms(alarms: readonly AlarmState[], sort: PanelSort, ctx: SortContext): AlarmState[] {
  const { column } = sort;
  if (column === null) return [...alarms].sort(compareAlarms);
  const sign = sort.direction === "asc" ? 1 : -1;
  const keyed = alarms.map((a) => ({ a, k: keyOf(column, a, a.assetId ? ctx.assets.get(a.assetId) : undefined, ctx.serviceName) }));
  keyed.sort((x, y) => {
    let c: number;
    if (typeof x.k === "number" && typeof y.k === "number") c = x.k - y.k;
    else {
      // No asset (empty key) goes last in either direction: it is the least informative row.
      const xs = String(x.k);
      const ys = String(y.k);
      if ((xs === "") !== (ys === "")) return xs === "" ? 1 : -1;
      c = ctx.compareText(xs, ys);
    }
    return c !== 0 ? sign * c : compareAlarms(x.a, y.a);
  });
  return keyed.map((x) => x.a);
}
