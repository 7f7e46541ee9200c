/**
 * What the "write" registry entry needs of the rest of the core, in one place: the catalog of
 * command tags, the asset model, the last values (the "old" of old → new) and whether an
 * endpoint's session is usable now (a command is refused at once when it is not).
 */
import type { AssetInfo, EndpointId, EndpointStatus, TagId, TagValue } from "../../../contract/api";
import type { CommandDeps } from "../actions/command-actions";
import type { CommandCatalog } from "./command-catalog";

export interface CommandSources {
  catalog: CommandCatalog;
  assets(): AssetInfo[];
  current(tagId: TagId): TagValue | undefined;
  status(endpointId: EndpointId): EndpointStatus | undefined;
  /** Non-null only while the endpoint is connected and its session usable. */
  hasSession(endpointId: EndpointId): boolean;
}

export function commandDeps(sources: CommandSources): CommandDeps {
  return {
    command: (tagId) => sources.catalog.get(tagId),
    asset: (tagId) => sources.assets().find((a) => a.tags.some((t) => t.id === tagId)),
    current: (tagId) => sources.current(tagId),
    unusable(endpointId) {
      const status = sources.status(endpointId);
      if (!status) return "unknown";
      return sources.hasSession(endpointId) ? null : status;
    },
  };
}
