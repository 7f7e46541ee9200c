/**
 * The asset model in memory, indexed the ways the core asks: by asset, by tag, by the OPC UA
 * node an alarm event names as its source, and by endpoint (so an endpoint going dark marks
 * its own tags stale by lookup, not by scanning every tag of the site).
 */
import { assetId, tagId, type AssetId, type AssetInfo, type EndpointId, type TagId } from "../../../contract/api";

/** An alarm source's ancestors in the address space, nearest first, when known (source-ancestry.ts). */
export type AncestorLookup = (endpointId: EndpointId, nodeId: string) => readonly string[] | undefined;

export class AssetIndex {
  constructor(private readonly ancestors: AncestorLookup = () => undefined) {}

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

  /**
   * An alarm's SourceNode is the asset itself or one of its variables, else the nearest of its
   * ancestors that is (an engineered asset above the motor whose temperature alarms).
   */
  assetOfSource(endpointId: EndpointId, sourceNode: string): AssetId | null {
    const direct = this.assetOfNode(endpointId, sourceNode);
    if (direct) return direct;
    for (const ancestor of this.ancestors(endpointId, sourceNode) ?? []) {
      const found = this.assetOfNode(endpointId, ancestor);
      if (found) return found;
    }
    return null;
  }

  /** Whether a source links to an asset without knowing its ancestors (nothing to browse). */
  knowsSource(endpointId: EndpointId, sourceNode: string): boolean {
    return this.assetOfNode(endpointId, sourceNode) !== null || this.ancestors(endpointId, sourceNode) !== undefined;
  }

  private assetOfNode(endpointId: EndpointId, nodeId: string): AssetId | null {
    const asAsset = assetId(endpointId, nodeId);
    if (this.assets.has(asAsset)) return asAsset;
    return this.tagAsset.get(tagId(endpointId, nodeId)) ?? null;
  }
}
