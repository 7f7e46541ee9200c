/**
 * The asset model in memory, indexed the ways the core asks: by asset, by tag, by the OPC UA
 * node an alarm event names as its source, and by endpoint (so an endpoint going dark marks
 * its own tags stale by lookup, not by scanning every tag of the site).
 */
import { assetId, tagId, type AssetId, type AssetInfo, type EndpointId, type TagId } from "../../../contract/api";

export class AssetIndex {
  private assets = new Map<AssetId, AssetInfo>();
  private tagAsset = new Map<TagId, AssetId>();
  private endpointTags = new Map<EndpointId, TagId[]>();

  /** Replaces one endpoint's assets, keeping every other endpoint's. */
  replaceEndpoint(endpointId: EndpointId, assets: AssetInfo[]): void {
    const others = [...this.assets.values()].filter((a) => a.endpointId !== endpointId);
    this.setAll([...others, ...assets]);
  }

  setAll(assets: AssetInfo[]): void {
    this.assets = new Map(assets.map((a) => [a.id, a]));
    this.tagAsset = new Map();
    this.endpointTags = new Map();
    for (const a of assets) {
      let list = this.endpointTags.get(a.endpointId);
      if (!list) this.endpointTags.set(a.endpointId, (list = []));
      for (const t of a.tags) {
        this.tagAsset.set(t.id, a.id);
        list.push(t.id);
      }
    }
  }

  list(): AssetInfo[] {
    return [...this.assets.values()];
  }

  get size(): number {
    return this.assets.size;
  }

  hasTag(id: TagId): boolean {
    return this.tagAsset.has(id);
  }

  tagsOf(endpointId: EndpointId): readonly TagId[] {
    return this.endpointTags.get(endpointId) ?? [];
  }

  /** An alarm's SourceNode is the asset itself or one of its variables. */
  assetOfSource(endpointId: EndpointId, sourceNode: string): AssetId | null {
    const asAsset = assetId(endpointId, sourceNode);
    if (this.assets.has(asAsset)) return asAsset;
    return this.tagAsset.get(tagId(endpointId, sourceNode)) ?? null;
  }
}
