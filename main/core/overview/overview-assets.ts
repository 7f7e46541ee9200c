/**
 * Which assets and tags a figure reads, found in the asset model by service, asset type and
 * tag name (the simulator's convention; an engineered asset with the same names counts too),
 * and how per-asset results fold into the city's and each district's figure.
 */
import type { AssetInfo, TagId, TagInfo } from "../../../contract/api";

export interface AssetTags {
  asset: AssetInfo;
  tags: Record<string, TagId>;
}

/** Assets of the service and type holding every named tag, with those tags' ids. */
export function assetsWith(assets: readonly AssetInfo[], service: string, types: readonly string[], names: readonly string[]): AssetTags[] {
  const out: AssetTags[] = [];
  for (const asset of assets) {
    if (asset.service !== service || !types.includes(asset.type)) continue;
    const tags: Record<string, TagId> = {};
    for (const name of names) {
      const tag: TagInfo | undefined = asset.tags.find((t) => t.name === name);
      if (tag) tags[name] = tag.id;
    }
    if (Object.keys(tags).length === names.length) out.push({ asset, tags });
  }
  return out;
}

/** The city's figure from every item, and each district's from its own. */
export function byDistrict<T, F>(items: readonly (T & { asset: AssetInfo })[], districts: readonly string[], fold: (items: readonly T[]) => F): { city: F; districts: Record<string, F> } {
  const per: Record<string, F> = {};
  for (const d of districts) per[d] = fold(items.filter((i) => i.asset.district === d));
  return { city: fold(items), districts: per };
}

export function sumOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

export function numeric(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
