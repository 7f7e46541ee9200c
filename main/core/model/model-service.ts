/**
 * The site's asset model: assets discovered by our browsing convention (the last ones stored
 * at start, so a laptop with no network has its map, then replaced per endpoint by each
 * discovery) and assets an engineer made from the address-space browser (kept until an engineer
 * changes them; discovery never touches them). Both go into one index, and every change is
 * announced to every window.
 */
import { tagId, type AssetId, type AssetInfo, type EndpointId, type TagId } from "../../../contract/api";
import type { EndpointModel, EngineeredAsset } from "../../../contract/engineering";
import type { EngineeredModelRepository } from "../store/engineered-model-repository";
import type { ModelRepository } from "../store/model-repository";
import type { DiscoveredModel } from "./asset-discovery";
import type { AssetIndex } from "./asset-index";

export function engineeredAssetInfo(a: EngineeredAsset): AssetInfo {
  return {
    id: a.id,
    endpointId: a.endpointId,
    name: a.name,
    service: a.service,
    type: a.type,
    district: a.district,
    lat: a.lat,
    lon: a.lon,
    tags: a.tags.map((t) => ({ id: tagId(a.endpointId, t.nodeId), assetId: a.id, name: t.name, unit: t.unit, range: t.range })),
  };
}

export class ModelService {
  private readonly discovered = new Map<EndpointId, AssetInfo[]>();
  /** When each endpoint's model was last discovered since start (not only restored from the store). */
  private readonly discoveredAt = new Map<EndpointId, number>();
  private readonly engineered = new Map<AssetId, EngineeredAsset>();

  constructor(
    private readonly index: AssetIndex,
    private readonly models: ModelRepository,
    private readonly engineeredStore: EngineeredModelRepository,
    private readonly publish: (assets: AssetInfo[]) => void,
    private readonly storeFailed: (err: unknown) => void,
  ) {}

  async restore(): Promise<void> {
    for (const asset of (await this.models.load()).assets) {
      const list = this.discovered.get(asset.endpointId) ?? [];
      list.push(asset);
      this.discovered.set(asset.endpointId, list);
    }
    for (const asset of await this.engineeredStore.load()) this.engineered.set(asset.id, asset);
    this.rebuild();
  }

  onDiscovered(endpointId: EndpointId, model: DiscoveredModel): void {
    this.discovered.set(endpointId, model.assets);
    this.discoveredAt.set(endpointId, Date.now());
    this.models.replaceEndpoint(endpointId, model.assets, model.nodeIds).catch(this.storeFailed);
    this.changed();
  }

  /** An engineered asset was saved (and stored): it replaces its previous state. */
  putEngineered(asset: EngineeredAsset): void {
    this.engineered.set(asset.id, asset);
    this.changed();
  }

  removeEngineered(id: AssetId): void {
    if (this.engineered.delete(id)) this.changed();
  }

  wasDiscovered(endpointId: EndpointId): boolean {
    return this.discoveredAt.has(endpointId);
  }

  list(): AssetInfo[] {
    return this.index.list();
  }

  engineeredAssets(endpointId?: EndpointId): EngineeredAsset[] {
    return [...this.engineered.values()].filter((a) => !endpointId || a.endpointId === endpointId);
  }

  getEngineered(id: AssetId): EngineeredAsset | undefined {
    return this.engineered.get(id);
  }

  /** Engineered tags to monitor on an endpoint. */
  engineeredTags(endpointId: EndpointId): { tagId: TagId; nodeId: string }[] {
    return this.engineeredAssets(endpointId).flatMap((a) => a.tags.map((t) => ({ tagId: tagId(endpointId, t.nodeId), nodeId: t.nodeId })));
  }

  /** The discovered asset that is this node, or has it as a tag: engineering it again would make two. */
  discoveredOwner(endpointId: EndpointId, nodeId: string): AssetInfo | null {
    const id = tagId(endpointId, nodeId);
    return this.discovered.get(endpointId)?.find((a) => (a.id as string) === id || a.tags.some((t) => t.id === id)) ?? null;
  }

  endpointModels(endpointIds: EndpointId[]): EndpointModel[] {
    return endpointIds.map((endpointId) => {
      const at = this.discoveredAt.get(endpointId) ?? null;
      const found = at === null ? null : (this.discovered.get(endpointId)?.length ?? 0);
      const engineeredAssets = this.engineeredAssets(endpointId).length;
      return { endpointId, discoveredAssets: found, discoveredAt: at, engineeredAssets, notice: found === 0 ? "nothing-discovered" : null };
    });
  }

  private changed(): void {
    this.rebuild();
    this.publish(this.index.list());
  }

  private rebuild(): void {
    const engineered = [...this.engineered.values()].map(engineeredAssetInfo);
    const ids = new Set(engineered.map((a) => a.id));
    const discovered = [...this.discovered.values()].flat().filter((a) => !ids.has(a.id));
    this.index.setAll([...discovered, ...engineered]);
  }
}
