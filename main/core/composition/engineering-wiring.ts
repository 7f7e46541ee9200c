/**
 * The engineer's services wired to the core: the address-space browser and engineered model
 * (saving a model relinks that endpoint's alarms), and tag lists in and out through the same
 * model, each change audited.
 */
import type { ClientSession } from "node-opcua";
import type { EndpointId } from "../../../contract/api";
import type { EngineeredValues } from "../engineering/engineered-values";
import { EngineeringService } from "../engineering/engineering-service";
import { TagListService } from "../engineering/tag-list-service";
import type { ModelService } from "../model/model-service";
import type { SiteConfig } from "../sites/site-config";
import type { Store } from "../store/store";

export interface EngineeringWiring {
  site: SiteConfig;
  endpointIds: EndpointId[];
  sessionFor(id: EndpointId): ClientSession | null;
  model: ModelService;
  store: Store;
  values: EngineeredValues;
  relinkAlarms(id: EndpointId): void;
}

export function engineeringServices({ site, endpointIds, sessionFor, model, store, values, relinkAlarms }: EngineeringWiring): { engineering: EngineeringService; tagLists: TagListService } {
  const engineering = new EngineeringService({ site, permissions: site.permissions, endpointIds, sessionFor, model, store: store.engineered, values, relinkAlarms });
  const tagLists = new TagListService({ permissions: site.permissions, services: site.services, endpointIds, sessionFor, model, engineering, audit: store.audit });
  return { engineering, tagLists };
}
