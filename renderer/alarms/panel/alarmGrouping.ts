/**
 * Grouping turns a storm of 500 rows into a few dozen headers: one per asset or per service,
 * each with its counts by priority, collapsible. Groups come in the order of their first alarm
 * in the sorted list, so the most urgent group stays on top and the chosen sort still means
 * something; inside a group the alarms keep that order too.
 */
import type { AlarmId, AlarmState, AssetId, AssetInfo, Priority } from "../../../contract/api";

export const GROUP_BY = ["none", "asset", "service"] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export interface GroupRow {
  kind: "group";
  /** "asset:<id>" or "service:<key>"; "…:" alone for alarms with no known asset. */
  key: string;
  /** The asset id or service key; "" when unknown. */
  value: string;
  count: number;
  unacked: number;
  byPriority: Record<Priority, number>;
  collapsed: boolean;
}

export interface AlarmRowItem {
  kind: "alarm";
  alarm: AlarmState;
  /** Set when the list is grouped: the tree level for ARIA. */
  grouped: boolean;
}

export type ListRow = GroupRow | AlarmRowItem;

export function rowKey(row: ListRow): string {
  return row.kind === "group" ? `g|${row.key}` : `a|${row.alarm.id}`;
}

/** The key of the group an alarm falls in. */
export function groupValueOf(a: AlarmState, by: Exclude<GroupBy, "none">, assets: ReadonlyMap<AssetId, AssetInfo>): string {
  if (by === "asset") return a.assetId ?? "";
  return (a.assetId ? assets.get(a.assetId)?.service : undefined) ?? "";
}

export function buildRows(
  sorted: readonly AlarmState[],
  by: GroupBy,
  assets: ReadonlyMap<AssetId, AssetInfo>,
  collapsed: ReadonlySet<string>,
): ListRow[] {
  if (by === "none") return sorted.map((alarm) => ({ kind: "alarm", alarm, grouped: false }));
  const groups = new Map<string, { row: GroupRow; alarms: AlarmState[] }>();
  for (const a of sorted) {
    const value = groupValueOf(a, by, assets);
    const key = `${by}:${value}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        row: { kind: "group", key, value, count: 0, unacked: 0, byPriority: { critical: 0, high: 0, medium: 0, low: 0 }, collapsed: collapsed.has(key) },
        alarms: [],
      };
      groups.set(key, g);
    }
    g.row.count++;
    g.row.byPriority[a.priority]++;
    if (!a.acked) g.row.unacked++;
    g.alarms.push(a);
  }
  const out: ListRow[] = [];
  for (const { row, alarms } of groups.values()) {
    out.push(row);
    if (!row.collapsed) for (const alarm of alarms) out.push({ kind: "alarm", alarm, grouped: true });
  }
  return out;
}

/** Where a row key sits in the list now (-1 when gone); used to follow a row as the list reorders. */
export function indexOfKey(rows: readonly ListRow[], key: string | null): number {
  if (key === null) return -1;
  return rows.findIndex((r) => rowKey(r) === key);
}

/** The alarms rows stand for, in list order (collapsed groups' alarms are not "visible"). */
export function visibleAlarms(rows: readonly ListRow[]): AlarmState[] {
  const out: AlarmState[] = [];
  for (const r of rows) if (r.kind === "alarm") out.push(r.alarm);
  return out;
}

export function alarmRowKey(id: AlarmId): string {
  return `a|${id}`;
}
