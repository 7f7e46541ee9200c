/**
 * What the panel shows: a view (ISA-18.2 keeps shelved and out-of-service alarms out of the
 * operator's working list, each in a view of its own) and filters by priority, service,
 * district, state, asset and free text. Within one facet any chosen value matches; across
 * facets all must. An empty facet does not filter. Pure, so every rule is unit-tested.
 */
import type { AlarmState, AssetId, AssetInfo, Priority } from "../../../contract/api";
import { foldText, queryWords } from "./foldText";

export const PANEL_VIEWS = ["active", "shelved", "outOfService"] as const;
export type PanelView = (typeof PANEL_VIEWS)[number];

/** Out of service wins over shelved: a disabled condition is not an operator's concern either way. */
export function viewOf(a: AlarmState): PanelView {
  if (!a.enabled) return "outOfService";
  if (a.shelved) return "shelved";
  return "active";
}

export const STATE_FILTERS = ["unacked", "active", "returnedUnacked", "acked", "shelved", "suppressed", "outOfService"] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

export function hasState(a: AlarmState, s: StateFilter): boolean {
  switch (s) {
    case "unacked":
      return !a.acked;
    case "active":
      return a.active;
    case "returnedUnacked":
      return !a.active && !a.acked;
    case "acked":
      return a.acked;
    case "shelved":
      return a.shelved;
    case "suppressed":
      return a.suppressed;
    case "outOfService":
      return !a.enabled;
  }
}

export interface PanelFilter {
  view: PanelView;
  priorities: Priority[];
  services: string[];
  districts: string[];
  states: StateFilter[];
  assetId: AssetId | null;
  text: string;
}

export const EMPTY_FILTER: PanelFilter = { view: "active", priorities: [], services: [], districts: [], states: [], assetId: null, text: "" };

/** True when anything beyond the view narrows the list (the bar offers "clear" then). */
export function isFiltering(f: PanelFilter): boolean {
  return f.priorities.length + f.services.length + f.districts.length + f.states.length > 0 || f.assetId !== null || f.text.trim() !== "";
}

/**
 * An alarm's searchable text, folded once per alarm object: the book replaces an object only
 * when its alarm changes, so a flood of updates to other alarms costs nothing here.
 */
const folded = new WeakMap<AlarmState, { assetName: string; text: string }>();
export function searchTextOf(a: AlarmState, asset: AssetInfo | undefined): string {
  const assetName = asset?.name ?? "";
  const hit = folded.get(a);
  if (hit && hit.assetName === assetName) return hit.text;
  const parts = [assetName, a.sourceName, a.conditionName, a.message, a.lastComment ?? "", a.lastCommentUser ?? "", asset?.district ?? ""];
  const text = foldText(parts.join(" \u00b7 "));
  folded.set(a, { assetName, text });
  return text;
}

/** A filter prepared once per change, then applied to every alarm. */
export type AlarmPredicate = (a: AlarmState) => boolean;

/** Every facet but the view: the view counts are made from what this lets through. */
export function facetPredicate(f: PanelFilter, assets: ReadonlyMap<AssetId, AssetInfo>): AlarmPredicate {
  const priorities = new Set(f.priorities);
  const services = new Set(f.services);
  const districts = new Set(f.districts);
  const words = queryWords(f.text);
  return (a) => {
    if (priorities.size > 0 && !priorities.has(a.priority)) return false;
    if (f.assetId !== null && a.assetId !== f.assetId) return false;
    if (f.states.length > 0 && !f.states.some((s) => hasState(a, s))) return false;
    const asset = a.assetId ? assets.get(a.assetId) : undefined;
    if (services.size > 0 && !(asset && services.has(asset.service))) return false;
    if (districts.size > 0 && !(asset && districts.has(asset.district))) return false;
    if (words.length > 0) {
      const text = searchTextOf(a, asset);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
}

export type ViewCounts = Record<PanelView, number>;

export interface Filtered {
  /** The alarms in the chosen view that pass every facet, unsorted. */
  shown: AlarmState[];
  /** How many alarms are in each view at all (the view tabs' counts). */
  inView: ViewCounts;
}

/**
 * Splits the book by view and facet in one pass. `keep` is an alarm shown whatever the filter
 * says: the one a person just acted on stays under their cursor until they move on, even when
 * the action moved it to another view (shelved, out of service).
 */
export function filterAlarms(
  alarms: Iterable<AlarmState>,
  f: PanelFilter,
  assets: ReadonlyMap<AssetId, AssetInfo>,
  keep: AlarmState["id"] | null = null,
): Filtered {
  const passes = facetPredicate(f, assets);
  const inView: ViewCounts = { active: 0, shelved: 0, outOfService: 0 };
  const shown: AlarmState[] = [];
  for (const a of alarms) {
    const view = viewOf(a);
    inView[view]++;
    if ((view === f.view && passes(a)) || a.id === keep) shown.push(a);
  }
  return { shown, inView };
}
