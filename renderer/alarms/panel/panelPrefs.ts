/**
 * The panel's filter, sort and grouping, saved per window role in localStorage, so the operator
 * screen comes back as it was left after a reload or a restart. What is read back is checked
 * field by field: an old or hand-edited entry loses only the fields it got wrong.
 */
import type { AssetId, Priority } from "../../../contract/api";
import type { WindowRole } from "../../shell/windowRole";
import { PRIORITIES } from "../priority";
import { EMPTY_FILTER, PANEL_VIEWS, STATE_FILTERS, type PanelFilter } from "./alarmFilter";
import { GROUP_BY, type GroupBy } from "./alarmGrouping";
import { DEFAULT_SORT, SORT_COLUMNS, type PanelSort } from "./alarmSort";

export interface PanelPrefs {
  filter: PanelFilter;
  sort: PanelSort;
  groupBy: GroupBy;
}

export const DEFAULT_PREFS: PanelPrefs = { filter: EMPTY_FILTER, sort: DEFAULT_SORT, groupBy: "none" };

/** Longer queries are cut: the box is for a word or two. */
const MAX_TEXT = 200;

export function prefsKey(role: WindowRole): string {
  return `ccr.alarmPanel.${role}`;
}

const oneOf = <T extends string>(allowed: readonly T[], v: unknown, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
const someOf = <T extends string>(allowed: readonly T[], v: unknown): T[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is T => allowed.includes(x as T)))] : [];
const strings = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === "string" && x.length <= 200))].slice(0, 50) : []);
const record = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Whatever was stored, as prefs; anything unreadable falls back to the default. */
export function parsePrefs(raw: string | null): PanelPrefs {
  let data: unknown;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    data = null;
  }
  const p = record(data);
  const f = record(p["filter"]);
  const s = record(p["sort"]);
  const text = typeof f["text"] === "string" ? f["text"].slice(0, MAX_TEXT) : "";
  const column = s["column"] === null ? null : oneOf<(typeof SORT_COLUMNS)[number] | "">([...SORT_COLUMNS, ""], s["column"], "") || null;
  return {
    filter: {
      view: oneOf(PANEL_VIEWS, f["view"], EMPTY_FILTER.view),
      priorities: someOf<Priority>(PRIORITIES, f["priorities"]),
      services: strings(f["services"]),
      districts: strings(f["districts"]),
      states: someOf(STATE_FILTERS, f["states"]),
      assetId: typeof f["assetId"] === "string" && f["assetId"] !== "" ? (f["assetId"] as AssetId) : null,
      text,
    },
    sort: column ? { column, direction: s["direction"] === "desc" ? "desc" : "asc" } : DEFAULT_SORT,
    groupBy: oneOf(GROUP_BY, p["groupBy"], "none"),
  };
}

export interface PrefsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadPrefs(storage: PrefsStorage | null, role: WindowRole): PanelPrefs {
  try {
    return parsePrefs(storage?.getItem(prefsKey(role)) ?? null);
  } catch {
    return DEFAULT_PREFS; // storage refused (private mode, policy): start from the default
  }
}

export function savePrefs(storage: PrefsStorage | null, role: WindowRole, prefs: PanelPrefs): void {
  try {
    storage?.setItem(prefsKey(role), JSON.stringify(prefs));
  } catch {
    // A full or refused storage costs only the remembering; the panel works on.
  }
}
