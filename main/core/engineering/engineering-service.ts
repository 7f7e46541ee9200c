/**
 * Engineering a site from any server: the address-space browser and the engineered asset model,
 * behind one authority check. Browsing changes nothing, yet it is for engineers only: it shows
 * a server's whole inside (diagnostics, other clients' sessions, security settings), large
 * folders put real load on a production SCADA server, and what it is for, changing the site's
 * asset model, is an engineer's task. Saving and deleting write a model version and an audit row,
 * then the index, the live values and the alarm links follow at once.
 */
import type { ClientSession } from "node-opcua";
import type { EndpointId, MethodArgs } from "../../../contract/api";
import type { BrowsePage, EndpointModel, EngineeredAsset, ModelVersion, NodeDetails, NodeSearchResult, SavedAsset, SiteExport } from "../../../contract/engineering";
import type { ModelService } from "../model/model-service";
import { CoreError } from "../rpc/core-error";
import type { SiteConfig } from "../sites/site-config";
import type { EngineeredModelRepository, ModelChangeRefusal } from "../store/engineered-model-repository";
import type { Person } from "../store/outbox-repository";
import { browsePage, readNode } from "./address-space-browser";
import { draftFromServer } from "./engineered-asset-draft";
import type { EngineeredValues } from "./engineered-values";
import { canonicalNodeId } from "./node-names";
import { searchNodes } from "./node-search";
import { exportSite } from "./site-export";

export interface EngineeringDeps {
  /** The site as loaded, for the export (its model comes from the store). */
  site: SiteConfig;
  permissions: SiteConfig["permissions"];
  endpointIds: readonly EndpointId[];
  sessionFor(endpointId: EndpointId): ClientSession | null;
  model: ModelService;
  store: EngineeredModelRepository;
  values: EngineeredValues;
  /** Asks the endpoint's server to resend its conditions, so alarms already shown link to the changed model. */
  relinkAlarms(endpointId: EndpointId): void;
}

export class EngineeringService {
  constructor(private readonly deps: EngineeringDeps) {}

  private authorize(person: Person, what: string): void {
    if (!(this.deps.permissions.engineer as readonly string[]).includes(person.role)) {
      throw new CoreError("forbidden", `${person.name} (${person.role}) may not ${what}: that is for a role with the engineer permission`);
    }
  }

  /** The endpoint's live session, which runs as the signed-in person (the server applies its own rights too). */
  private session(endpointId: EndpointId): ClientSession {
    if (!this.deps.endpointIds.includes(endpointId)) throw new CoreError("not-found", `This site has no endpoint "${endpointId}"`);
    const session = this.deps.sessionFor(endpointId);
    if (!session) throw new CoreError("unavailable", `Endpoint "${endpointId}" is not connected: its server can be browsed once it is`);
    return session;
  }

  /** A server's failure in words; our own refusals pass through. */
  private async onServer<T>(endpointId: EndpointId, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof CoreError) throw err;
      const text = err instanceof Error ? (err.message.split("\n")[0] ?? "") : String(err);
      throw new CoreError("unavailable", `Endpoint "${endpointId}" did not answer the request: ${text}`);
    }
  }

  browse(person: Person, args: MethodArgs<"browseNode">): Promise<BrowsePage> {
    this.authorize(person, "browse a server's address space");
    const session = this.session(args.endpointId);
    return this.onServer(args.endpointId, () => browsePage(session, args.endpointId, canonicalNodeId(args.nodeId), args.continuation));
  }

  read(person: Person, args: MethodArgs<"readNode">): Promise<NodeDetails> {
    this.authorize(person, "read a server's nodes");
    const session = this.session(args.endpointId);
    return this.onServer(args.endpointId, () => readNode(session, args.endpointId, canonicalNodeId(args.nodeId)));
  }

  search(person: Person, args: MethodArgs<"searchNodes">): Promise<NodeSearchResult> {
    this.authorize(person, "search a server's address space");
    const session = this.session(args.endpointId);
    const options = { text: args.text, root: canonicalNodeId(args.root), maxDepth: args.maxDepth, maxHits: args.maxHits };
    return this.onServer(args.endpointId, () => searchNodes(session, options));
  }

  async save(person: Person, args: MethodArgs<"saveEngineeredAsset">): Promise<SavedAsset> {
    this.authorize(person, "change the site's asset model");
    const session = this.session(args.endpointId);
    const draft = await this.onServer(args.endpointId, () => draftFromServer(session, args.endpointId, args));
    for (const nodeId of [draft.nodeId, ...draft.tags.map((t) => t.nodeId)]) {
      const owner = this.deps.model.discoveredOwner(args.endpointId, nodeId);
      if (owner) throw new CoreError("bad-request", `${nodeId} already belongs to "${owner.name}", found by automatic discovery: it needs no engineering`);
    }
    const outcome = await this.deps.store.save(draft, { person, baseVersion: args.baseVersion });
    if (!outcome.ok) throw refusal(outcome, draft.name);
    this.applied(outcome.asset.endpointId, () => this.deps.model.putEngineered(outcome.asset));
    return { asset: outcome.asset, version: outcome.version };
  }

  async delete(person: Person, args: MethodArgs<"deleteEngineeredAsset">): Promise<{ version: ModelVersion }> {
    this.authorize(person, "change the site's asset model");
    const outcome = await this.deps.store.delete(args.assetId, { person, baseVersion: args.baseVersion });
    if (!outcome.ok) throw refusal(outcome, this.deps.model.getEngineered(args.assetId)?.name ?? args.assetId);
    this.applied(outcome.asset.endpointId, () => this.deps.model.removeEngineered(args.assetId));
    return { version: outcome.version };
  }

  listEngineered(args: MethodArgs<"listEngineeredAssets">): EngineeredAsset[] {
    return this.deps.model.engineeredAssets(args.endpointId);
  }

  versions(args: MethodArgs<"listModelVersions">): Promise<ModelVersion[]> {
    return this.deps.store.versions(args);
  }

  /** The site file with today's engineered model in it; engineers only (it describes the whole site). */
  exportSite(person: Person): SiteExport {
    this.authorize(person, "export the site");
    return exportSite(this.deps.site, this.deps.model.engineeredAssets(), person.name, Date.now());
  }

  endpointModels(): EndpointModel[] {
    return this.deps.model.endpointModels([...this.deps.endpointIds]);
  }

  stop(): Promise<void> {
    return this.deps.values.stop();
  }

  /** The stored change goes live: the index and windows, the values monitored, the alarms' links. */
  private applied(endpointId: EndpointId, change: () => void): void {
    change();
    void this.deps.values.sync(endpointId);
    this.deps.relinkAlarms(endpointId);
  }
}

function refusal(r: ModelChangeRefusal, name: string): CoreError {
  if (r.reason === "not-found") return new CoreError("not-found", `There is no engineered asset "${name}" (deleted meanwhile?)`);
  if (r.reason === "tag-taken") return new CoreError("bad-request", `${r.nodeId} is already a tag of "${r.assetName}": a node is a tag of one asset only`);
  const when = new Date(r.updatedAt).toISOString();
  return new CoreError("bad-request", `"${name}" was changed by ${r.updatedBy} at ${when} (version ${r.version}) since you opened it: reload it and make your change again`);
}
