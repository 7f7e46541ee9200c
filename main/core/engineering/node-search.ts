/**
 * Search by BrowseName (and DisplayName) below a root, breadth first, one request per level
 * for many nodes at once. Bounded three ways (depth, hits, nodes looked at) and saying which
 * bound cut it short, so a search on a server with a million nodes ends and is honest about it.
 */
import type { ClientSession, ReferenceDescription } from "node-opcua";
import type { NodeSearchHit, NodeSearchResult } from "../../../contract/engineering";
import { browseCapped, hierarchicalChildren } from "./address-space-browser";
import { nodeClassName, qualified } from "./node-names";

/** Nodes looked at before a search gives up, whatever its depth. */
export const MAX_VISITED = 50_000;
/** Parents per Browse request. */
const PARENTS_PER_REQUEST = 100;
const REFERENCES_PER_NODE = 5_000;
/** The Server object's diagnostics are not what an engineer searches for; it is searched only as the root. */
const SERVER_OBJECT = "ns=0;i=2253";

export interface SearchOptions {
  text: string;
  /** Canonical NodeId text (node-names.ts canonicalNodeId). */
  root: string;
  maxDepth: number;
  maxHits: number;
  maxVisited?: number;
}

async function childrenOf(session: ClientSession, parents: string[]): Promise<ReferenceDescription[][]> {
  const out: ReferenceDescription[][] = [];
  for (let i = 0; i < parents.length; i += PARENTS_PER_REQUEST) {
    const results = await browseCapped(session, parents.slice(i, i + PARENTS_PER_REQUEST).map(hierarchicalChildren), REFERENCES_PER_NODE);
    for (const result of results) {
      const refs = [...(result.references ?? [])];
      let point = result.continuationPoint;
      while (point?.length) {
        const [next] = await session.browseNext([point], false);
        refs.push(...(next?.references ?? []));
        point = next?.continuationPoint ?? null;
      }
      out.push(refs);
    }
  }
  return out;
}

export async function searchNodes(session: ClientSession, options: SearchOptions): Promise<NodeSearchResult> {
  const needle = options.text.toLocaleLowerCase();
  const maxVisited = options.maxVisited ?? MAX_VISITED;
  const hits: NodeSearchHit[] = [];
  const seen = new Set([options.root]);
  let level = [{ nodeId: options.root, path: "" }];
  let visited = 0;
  for (let depth = 1; depth <= options.maxDepth && level.length > 0; depth++) {
    const lists = await childrenOf(session, level.map((n) => n.nodeId));
    const next: typeof level = [];
    for (const [i, refs] of lists.entries()) {
      for (const ref of refs) {
        const nodeId = ref.nodeId.toString();
        if (seen.has(nodeId) || nodeId === SERVER_OBJECT) continue;
        seen.add(nodeId);
        visited++;
        const browseName = qualified(ref.browseName);
        const displayName = ref.displayName?.text ?? "";
        const path = level[i]!.path ? `${level[i]!.path}/${browseName}` : browseName;
        if ((ref.browseName?.name ?? "").toLocaleLowerCase().includes(needle) || displayName.toLocaleLowerCase().includes(needle)) {
          hits.push({ nodeId, browseName, displayName: displayName || browseName, nodeClass: nodeClassName(ref.nodeClass), path });
          if (hits.length >= options.maxHits) return { hits, visited, cutShort: "hits" };
        }
        if (visited >= maxVisited) return { hits, visited, cutShort: "visited" };
        next.push({ nodeId, path });
      }
    }
    level = next;
  }
  // Nodes left at the depth limit may have children nobody looked at.
  return { hits, visited, cutShort: level.length > 0 ? "depth" : null };
}
