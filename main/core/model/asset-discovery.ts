/**
 * Finds a site's assets by browsing, following the asset convention in main/simulator/README.md:
 * Objects → one folder per service (BrowseName = service key) → asset objects carrying the
 * properties Service, AssetType, District, Latitude, Longitude → the asset's variables are its
 * tags (EURange / EngineeringUnits read where present). No side config is needed.
 */
import {
  AttributeIds,
  BrowseDirection,
  NodeClass,
  NodeClassMask,
  ReferenceTypeIds,
  resolveNodeId,

  type BrowseDescriptionOptions,
  type ClientSession,
  type ReferenceDescription,
} from "node-opcua";
import { SERVICES, assetId, tagId, type AssetId, type AssetInfo, type EndpointId, type TagId, type TagInfo } from "../../../contract/api";

const CHUNK = 500;
const ASSET_PROPERTIES = ["Service", "AssetType", "District", "Latitude", "Longitude"] as const;

export interface DiscoveredModel {
  assets: AssetInfo[];
  /** tag id → OPC UA node id string, for monitoring and for the store. */
  nodeIds: Map<TagId, string>;
  /** asset id → node id, so alarm events (SourceNode) map to assets. */
  assetNodeIds: Map<AssetId, string>;
}

async function inChunks<T, R>(items: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))));
  return out;
}

/** Browse many nodes, following continuation points, so large folders are not cut short. */
async function browseMany(session: ClientSession, descriptions: BrowseDescriptionOptions[]): Promise<ReferenceDescription[][]> {
  return inChunks(descriptions, async (chunk) => {
    const results = await session.browse(chunk);
    const refs: ReferenceDescription[][] = [];
    for (const result of results) {
      const list = [...(result.references ?? [])];
      let cp = result.continuationPoint;
      while (cp && cp.length > 0) {
        const [next] = await session.browseNext([cp], false);
        list.push(...(next?.references ?? []));
        cp = next?.continuationPoint ?? null;
      }
      refs.push(list);
    }
    return refs;
  });
}

function children(nodeId: string, referenceTypeId: number, nodeClassMask: number): BrowseDescriptionOptions {
  return {
    nodeId,
    referenceTypeId: resolveNodeId(referenceTypeId),
    browseDirection: BrowseDirection.Forward,
    includeSubtypes: true,
    nodeClassMask,
    resultMask: 0x3f,
  };
}

/** An asset is reached by Organizes and again by HasNotifier/HasEventSource (all hierarchical): keep one. */
function unique(refs: ReferenceDescription[]): ReferenceDescription[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.nodeId.toString();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function readValues(session: ClientSession, nodeIds: string[]): Promise<unknown[]> {
  return inChunks(nodeIds, async (chunk) => {
    const values = await session.read(chunk.map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value })));
    return values.map((dv) => (dv.statusCode.isGood() ? dv.value.value : undefined));
  });
}

export async function discoverAssets(session: ClientSession, endpointId: EndpointId): Promise<DiscoveredModel> {
  const [serviceRefs] = await browseMany(session, [
    children("i=85", ReferenceTypeIds.HierarchicalReferences, NodeClassMask.Object),
  ]);
  const serviceFolders = unique(serviceRefs ?? []).filter((r) => (SERVICES as readonly string[]).includes(r.browseName.name ?? ""));

  const assetLists = await browseMany(
    session,
    serviceFolders.map((f) => children(f.nodeId.toString(), ReferenceTypeIds.HierarchicalReferences, NodeClassMask.Object)),
  );
  const candidates = unique(assetLists.flat());

  // One browse per candidate gives both its properties and its variables.
  const childLists = await browseMany(
    session,
    candidates.map((c) =>
      children(c.nodeId.toString(), ReferenceTypeIds.HierarchicalReferences, NodeClassMask.Variable),
    ),
  );

  const propertyReads: string[] = [];
  const perAsset = candidates.map((candidate, i) => {
    const refs = unique(childLists[i] ?? []);
    const props = new Map<string, number>();
    const tagRefs: ReferenceDescription[] = [];
    for (const ref of refs) {
      const name = ref.browseName.name ?? "";
      const isProperty = ref.referenceTypeId.value === ReferenceTypeIds.HasProperty;
      if (isProperty && (ASSET_PROPERTIES as readonly string[]).includes(name)) {
        props.set(name, propertyReads.length);
        propertyReads.push(ref.nodeId.toString());
      } else if (!isProperty && ref.nodeClass === NodeClass.Variable) {
        tagRefs.push(ref);
      }
    }
    return { candidate, props, tagRefs };
  });
  const propertyValues = await readValues(session, propertyReads);

  const assets: AssetInfo[] = [];
  const assetNodeIds = new Map<AssetId, string>();
  const tagNodes: { tag: TagInfo; nodeId: string }[] = [];
  for (const { candidate, props, tagRefs } of perAsset) {
    if (props.size !== ASSET_PROPERTIES.length) continue; // not an asset by the convention
    const prop = (name: (typeof ASSET_PROPERTIES)[number]) => propertyValues[props.get(name)!];
    const lat = Number(prop("Latitude"));
    const lon = Number(prop("Longitude"));
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const nodeId = candidate.nodeId.toString();
    const id = assetId(endpointId, nodeId);
    const asset: AssetInfo = {
      id,
      endpointId,
      name: candidate.displayName.text ?? candidate.browseName.name ?? nodeId,
      service: String(prop("Service") ?? ""),
      type: String(prop("AssetType") ?? ""),
      district: String(prop("District") ?? ""),
      lat,
      lon,
      tags: [],
    };
    for (const ref of tagRefs) {
      const tagNodeId = ref.nodeId.toString();
      const tag: TagInfo = {
        id: tagId(endpointId, tagNodeId),
        assetId: id,
        name: ref.displayName.text ?? ref.browseName.name ?? tagNodeId,
        unit: null,
        range: null,
      };
      asset.tags.push(tag);
      tagNodes.push({ tag, nodeId: tagNodeId });
    }
    assets.push(asset);
    assetNodeIds.set(id, nodeId);
  }

  await readAnalogMetadata(session, tagNodes);
  const nodeIds = new Map(tagNodes.map(({ tag, nodeId }) => [tag.id, nodeId]));
  return { assets, nodeIds, assetNodeIds };
}

/**
 * EURange and EngineeringUnits are properties of AnalogItemType variables. Also used for
 * engineered tags, and by the address-space browser for one node.
 */
export async function readAnalogMetadata(session: ClientSession, tagNodes: { tag: Pick<TagInfo, "unit" | "range">; nodeId: string }[]): Promise<void> {
  const propLists = await browseMany(
    session,
    tagNodes.map(({ nodeId }) => children(nodeId, ReferenceTypeIds.HasProperty, NodeClassMask.Variable)),
  );
  const reads: { index: number; kind: "range" | "unit"; nodeId: string }[] = [];
  propLists.forEach((refs, index) => {
    for (const ref of refs) {
      if (ref.browseName.name === "EURange") reads.push({ index, kind: "range", nodeId: ref.nodeId.toString() });
      if (ref.browseName.name === "EngineeringUnits") reads.push({ index, kind: "unit", nodeId: ref.nodeId.toString() });
    }
  });
  const values = await readValues(session, reads.map((r) => r.nodeId));
  reads.forEach((r, i) => {
    const v = values[i] as { low?: number; high?: number; displayName?: { text?: string | null } } | undefined;
    if (!v) return;
    const tag = tagNodes[r.index]!.tag;
    if (r.kind === "range" && typeof v.low === "number" && typeof v.high === "number") tag.range = { low: v.low, high: v.high };
    if (r.kind === "unit") tag.unit = v.displayName?.text ?? null;
  });
}

