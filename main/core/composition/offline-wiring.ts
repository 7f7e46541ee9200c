/**
 * The offline service wired to the rest of the core: the basemap's files, the site's tile
 * server and rate, who may prepare for the field, and how an area's last values and history
 * are made sure of before a person leaves the network.
 */
import type { OfflineMapStatus } from "../../../contract/api";
import type { HistoryReader } from "../history/history-reader";
import type { ModelService } from "../model/model-service";
import type { SiteConfig } from "../sites/site-config";
import { Basemap } from "../tiles/basemap";
import { OfflineService } from "../tiles/offline-service";
import type { ValueService } from "../values/value-service";

export interface OfflineWiring {
  dataDir: string;
  nativeBinding?: string;
  site: SiteConfig;
  model: ModelService;
  values: ValueService;
  valueHistory: HistoryReader;
  publish(status: OfflineMapStatus): void;
}

export function offlineService({ dataDir, nativeBinding, site, model, values, valueHistory, publish }: OfflineWiring): OfflineService {
  return new OfflineService({
    basemap: new Basemap(dataDir, nativeBinding),
    tileUrl: site.tileUrl,
    requestsPerSecond: site.tileDownload.requestsPerSecond,
    roles: site.permissions.field,
    assets: () => model.list(),
    liveModel: (id) => model.wasDiscovered(id),
    keepLastValues: async (tagIds) => {
      await values.flush();
      return tagIds.filter((id) => values.cache.get(id) !== undefined).length;
    },
    fillHistory: async (tagId, from, to) => {
      const answer = await valueHistory.read({ tagId, from, to, resolution: "minute", maxPoints: 1 });
      const problem = answer.serverFill.problem;
      // HistoryReader words it so (and stops asking that server for the tag until a restart).
      return { gapsLeft: answer.gaps.length, notKept: problem !== null && /keeps no history/.test(problem), problem };
    },
    publish,
  });
}
