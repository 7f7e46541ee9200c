/**
 * A trend's pens and range, saved per window role in localStorage, so a trend wall comes back
 * with the pens it had. What is read back is checked: an entry that is not a tag id is dropped.
 */
import { looksLikeId, WINDOW_ROLES, type TagId } from "../../contract/api";
import { MAX_PENS, TREND_PRESETS, type LayoutTrends, type TrendPreset } from "../../contract/trend-pens";

export { MAX_PENS };

export interface TrendPrefs {
  pens: TagId[];
  preset: TrendPreset;
}

export const DEFAULT_TREND: TrendPrefs = { pens: [], preset: "1h" };

export const trendKey = (role: string) => `ccr.trends.${role}`;

export function parseTrendPrefs(raw: string | null): TrendPrefs {
  let data: unknown = null;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    data = null;
  }
  const r = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const pens = Array.isArray(r.pens) ? [...new Set(r.pens.filter((p): p is TagId => typeof p === "string" && looksLikeId(p)))].slice(0, MAX_PENS) : [];
  const preset = TREND_PRESETS.includes(r.preset as TrendPreset) ? (r.preset as TrendPreset) : DEFAULT_TREND.preset;
  return { pens, preset };
}

export function loadTrendPrefs(role: string): TrendPrefs {
  try {
    return parseTrendPrefs(localStorage.getItem(trendKey(role)));
  } catch {
    return DEFAULT_TREND;
  }
}

export function saveTrendPrefs(role: string, prefs: TrendPrefs): void {
  try {
    localStorage.setItem(trendKey(role), JSON.stringify(prefs));
  } catch {
    // A browser that refuses storage keeps the pens until reload.
  }
}

/** Opening a trend from an asset: its tags become the pens (as many as fit). */
export function showTrendOf(role: string, tagIds: readonly TagId[]): void {
  const current = loadTrendPrefs(role);
  saveTrendPrefs(role, { ...current, pens: [...new Set(tagIds)].slice(0, MAX_PENS) });
}

/** Every role's trend on this workstation (same origin, one storage), for a layout file to carry. */
export function collectTrendPrefs(): LayoutTrends {
  const out: LayoutTrends = {};
  for (const role of WINDOW_ROLES) {
    const prefs = loadTrendPrefs(role);
    if (prefs.pens.length) out[role] = prefs;
  }
  return out;
}

/** A loaded layout's trends become this workstation's; open trend windows follow (the storage event). */
export function restoreTrendPrefs(trends: LayoutTrends): void {
  for (const [role, prefs] of Object.entries(trends)) if (prefs) saveTrendPrefs(role, prefs);
}
