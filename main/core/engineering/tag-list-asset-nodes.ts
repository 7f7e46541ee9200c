/**
 * Which node each asset of a tag list is. The file names tags, not the asset's node, yet an
 * engineered asset is a node (its id, and where its alarms link by SourceNode ancestry). In
 * order: the asset already engineered under the file's asset id (a re-import changes it rather
 * than making a twin); the node the asset id itself names (our export writes the node of an
 * asset that has no id of its own); the nearest node above all its tags (the station above its
 * pressure and its pump's temperature); and when that node is taken or is a top folder, the
 * first tag's own node (one meter, one asset). A tag another asset holds is the plan's to
 * refuse: an asset of the file never takes over an asset the file does not name.
 */
import { BrowseDirection, ReferenceTypeIds, resolveNodeId, type ClientSession } from "node-opcua";
import type { EngineeredAsset } from "../../../contract/engineering";

/** Root, Objects, Types, Views and the Server object: never an asset. */
const TOPS = new Set(["ns=0;i=84", "ns=0;i=85", "ns=0;i=86", "ns=0;i=87", "ns=0;i=2253"]);
const MAX_DEPTH = 8;
const PER_REQUEST = 200;

export interface AssetGroup {
  fileAssetId: string;
  /** The node the asset id names on the server, when it names one that exists. */
  namedNode: string | null;
  tagNodes: string[];
}

export interface AssetNode {
  nodeId: string;
  /** The utility's id to keep: null when the file's asset id is the node itself. */
  externalId: string | null;
}

/** Hierarchical parents of each node (inverse browse), many nodes per request. */
async function parentsOf(session: ClientSession, nodeIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < nodeIds.length; i += PER_REQUEST) {
    const chunk = nodeIds.slice(i, i + PER_REQUEST);
    const results = await session.browse(
      chunk.map((nodeId) => ({
        nodeId,
        referenceTypeId: resolveNodeId(ReferenceTypeIds.HierarchicalReferences),
        browseDirection: BrowseDirection.Inverse,
        includeSubtypes: true,
        nodeClassMask: 0,
        resultMask: 0,
      })),
    );
    results.forEach((r, j) => out.set(chunk[j]!, (r.references ?? []).map((ref) => ref.nodeId.toString())));
  }
  return out;
}

/** Each start node followed by its ancestors, nearest first (the first parent at each level). */
async function chains(session: ClientSession, starts: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map(starts.map((s) => [s, [s]]));
  let frontier = starts.filter((s) => !TOPS.has(s));
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const parents = await parentsOf(session, frontier);
    const next: string[] = [];
    const climbing = new Set(frontier);
    for (const chain of out.values()) {
      const last = chain.at(-1)!;
      const parent = parents.get(last)?.find((p) => !chain.includes(p));
      if (!climbing.has(last) || !parent) continue;
      chain.push(parent);
      if (!TOPS.has(parent)) next.push(parent);
    }
    frontier = [...new Set(next)];
  }
  return out;
}

/** The nearest node above every tag of each group, or null when only a top folder is. */
async function commonParents(session: ClientSession, groups: readonly AssetGroup[]): Promise<(string | null)[]> {
  const tags = [...new Set(groups.flatMap((g) => g.tagNodes))];
  const parents = await parentsOf(session, tags);
  const firstParent = (n: string) => parents.get(n)?.[0] ?? null;
  const mixed = groups.filter((g) => new Set(g.tagNodes.map(firstParent)).size > 1);
  const climbs = await chains(session, [...new Set(mixed.flatMap((g) => g.tagNodes.map(firstParent)).filter((p): p is string => p !== null))]);
  return groups.map((g) => {
    const direct = [...new Set(g.tagNodes.map(firstParent))];
    let found: string | null;
    if (direct.length === 1) found = direct[0]!;
    else if (direct.includes(null)) found = null;
    else {
      const all = direct.map((p) => climbs.get(p!) ?? [p!]);
      found = all[0]!.find((n) => all.every((c) => c.includes(n))) ?? null;
    }
    return found && !TOPS.has(found) ? found : null;
  });
}

/**
 * The node of each group, in order; `taken(nodeId)` says a node belongs to an asset that is not
 * this one (a discovered asset, another engineered asset). Null: no node could be found free.
 */
export async function assetNodes(
  session: ClientSession,
  groups: readonly AssetGroup[],
  engineered: readonly EngineeredAsset[],
  taken: (nodeId: string) => boolean,
): Promise<(AssetNode | null)[]> {
  const byExternal = new Map(engineered.filter((a) => a.externalId).map((a) => [a.externalId!, a]));
  const byNode = new Map(engineered.map((a) => [a.nodeId, a]));
  const chosen = new Set<string>();
  const out: (AssetNode | null)[] = groups.map(() => null);
  const open: number[] = [];
  groups.forEach((g, i) => {
    const byId = byExternal.get(g.fileAssetId);
    const named = g.namedNode ? byNode.get(g.namedNode) : undefined;
    if (byId) out[i] = { nodeId: byId.nodeId, externalId: g.fileAssetId };
    else if (named) out[i] = { nodeId: named.nodeId, externalId: named.externalId };
    else if (g.namedNode) out[i] = { nodeId: g.namedNode, externalId: null };
    else open.push(i);
    if (out[i]) chosen.add(out[i].nodeId);
  });
  const inUse = new Set([...engineered.map((a) => a.nodeId), ...chosen]);
  const free = (n: string) => !inUse.has(n) && !taken(n);
  const parents = await commonParents(session, open.map((i) => groups[i]!));
  open.forEach((i, k) => {
    const g = groups[i]!;
    const node = [parents[k], g.tagNodes[0]].find((n): n is string => !!n && free(n));
    if (!node) return;
    inUse.add(node);
    out[i] = { nodeId: node, externalId: g.fileAssetId };
  });
  return out;
}
