/**
 * Where in the address space an alarm's SourceNode sits: its ancestors by inverse hierarchical
 * references, nearest first, browsed once per source and cached. A server that does not follow
 * our convention names a motor's temperature variable as source; the engineered asset is the
 * pump station two levels up. Only sources the asset index does not know directly are browsed,
 * so our own servers (the asset or its tag as source) cost nothing here.
 */
import { BrowseDirection, ReferenceTypeIds, resolveNodeId, type ClientSession } from "node-opcua";
import type { EndpointId } from "../../../contract/api";

/** Far enough for any plant hierarchy; a loop or a deep type tree stops here. */
const MAX_DEPTH = 12;
/** Where every hierarchy ends: Root, Objects, Types, Views, and the Server object. */
const TOPS = new Set(["ns=0;i=84", "ns=0;i=85", "ns=0;i=86", "ns=0;i=87", "ns=0;i=2253"]);
const MAX_CACHED = 100_000;
const PER_REQUEST = 200;

export class SourceAncestry {
  private readonly cache = new Map<EndpointId, Map<string, readonly string[]>>();

  /** Cached ancestors, nearest first; undefined when not browsed yet. */
  ancestorsOf(endpointId: EndpointId, nodeId: string): readonly string[] | undefined {
    return this.cache.get(endpointId)?.get(nodeId);
  }

  /** A new session may be a restarted server with another address space: browse again. */
  forget(endpointId: EndpointId): void {
    this.cache.delete(endpointId);
  }

  /** Browses the ancestors of the sources not cached yet, level by level, many nodes per request. */
  async resolve(endpointId: EndpointId, session: ClientSession, sources: Iterable<string>): Promise<void> {
    let known = this.cache.get(endpointId);
    if (!known) this.cache.set(endpointId, (known = new Map()));
    const todo = [...new Set(sources)].filter((s) => s && !known.has(s));
    if (todo.length === 0) return;
    if (known.size + todo.length > MAX_CACHED) known.clear();
    const chains = new Map(todo.map((s) => [s, [] as string[]]));
    // Each walker climbs from one source; a node with two parents forks the frontier, not the chain.
    let frontier = todo.map((source) => ({ source, nodeId: source }));
    for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
      const parents: typeof frontier = [];
      for (let i = 0; i < frontier.length; i += PER_REQUEST) {
        const slice = frontier.slice(i, i + PER_REQUEST);
        const results = await session.browse(
          slice.map((w) => ({
            nodeId: w.nodeId,
            referenceTypeId: resolveNodeId(ReferenceTypeIds.HierarchicalReferences),
            browseDirection: BrowseDirection.Inverse,
            includeSubtypes: true,
            nodeClassMask: 0,
            resultMask: 0,
          })),
        );
        results.forEach((result, j) => {
          const walker = slice[j]!;
          const chain = chains.get(walker.source)!;
          for (const ref of result.references ?? []) {
            const parent = ref.nodeId.toString();
            if (TOPS.has(parent) || chain.includes(parent) || parent === walker.source) continue;
            chain.push(parent);
            parents.push({ source: walker.source, nodeId: parent });
          }
        });
      }
      frontier = parents;
    }
    for (const [source, chain] of chains) known.set(source, chain);
  }
}
