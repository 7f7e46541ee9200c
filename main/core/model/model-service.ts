/**
 * The site's asset model: the last one stored at start (so a laptop with no network has its
 * map), replaced per endpoint by each discovery, stored, and announced to every window.
 */
import type { AssetInfo, EndpointId } from "../../../contract/api";
import type { ModelRepository } from "../store/model-repository";
import type { DiscoveredModel } from "./asset-discovery";
import type { AssetIndex } from "./asset-index";

export class ModelService {
  /** Endpoints whose model was discovered since start (not only restored from the store). */
  private readonly discovered = new Set<EndpointId>();

  constructor(
    private readonly index: AssetIndex,
    private readonly models: ModelRepository,
    private readonly publish: (assets: AssetInfo[]) => void,
    private readonly storeFailed: (err: unknown) => void,
  ) {}

  async restore(): Promise<void> {
    this.index.setAll((await this.models.load()).assets);
  }

  onDiscovered(endpointId: EndpointId, model: DiscoveredModel): void {
    this.discovered.add(endpointId);
    this.index.replaceEndpoint(endpointId, model.assets);
    this.models.replaceEndpoint(endpointId, model.assets, model.nodeIds).catch(this.storeFailed);
    this.publish(this.index.list());
  }

  wasDiscovered(endpointId: EndpointId): boolean {
    return this.discovered.has(endpointId);
  }

  list(): AssetInfo[] {
    return this.index.list();
  }
}
