/**
 * An engineer's view of any server's address space, on the endpoint's live session: one page of
 * a node's children at a time (continuation points, BrowseNext), a node's attributes with its
 * live value, and its references. Pages are small on purpose: a SCADA server with tens of
 * thousands of tags in one folder must not be asked for all of them at once.
 */
import {
  AttributeIds,
  BrowseDirection,
  ReferenceTypeIds,
  StatusCodes,
  resolveNodeId,
  type BrowseDescriptionOptions,
  type BrowseResult,
  type ClientSession,
  type DataValue,
  type ReferenceDescription,
} from "node-opcua";
import type { EndpointId } from "../../../contract/api";
import { REFERENCE_LIMIT, type BrowsedReference, type BrowsePage, type NodeDetails, type NodeValue } from "../../../contract/engineering";
import { readAnalogMetadata } from "../model/asset-discovery";
import { CoreError } from "../rpc/core-error";
import { dataTypeName, nodeClassName, qualified, toBrowsedReference, typeDefinitionName } from "./node-names";

/** References per page: enough for a screen, small enough for any server. */
export const PAGE_SIZE = 250;
const ALL_RESULTS = 0x3f;

export function hierarchicalChildren(nodeId: string): BrowseDescriptionOptions {
  return {
    nodeId,
    referenceTypeId: resolveNodeId(ReferenceTypeIds.HierarchicalReferences),
    browseDirection: BrowseDirection.Forward,
    includeSubtypes: true,
    nodeClassMask: 0,
    resultMask: ALL_RESULTS,
  };
}

/**
 * Browse with a per-request cap on references per node. node-opcua takes the cap from a
 * session property when it builds the request, synchronously inside browse(): set and restored
 * around that call, it applies to this request only, whatever else uses the session.
 */
export function browseCapped(session: ClientSession, descriptions: BrowseDescriptionOptions[], max: number): Promise<BrowseResult[]> {
  const previous = session.requestedMaxReferencesPerNode;
  session.requestedMaxReferencesPerNode = max;
  try {
    return session.browse(descriptions);
  } finally {
    session.requestedMaxReferencesPerNode = previous;
  }
}

/** Continuation points a page did not hand on take server memory until released. */
export async function release(session: ClientSession, points: Buffer[]): Promise<void> {
  if (points.length) await session.browseNext(points, true).catch(() => undefined);
}

function refuseBad(status: BrowseResult["statusCode"], nodeId: string): void {
  if (status.isGood()) return;
  if (status.equals(StatusCodes.BadNodeIdUnknown) || status.equals(StatusCodes.BadNodeIdInvalid)) {
    throw new CoreError("not-found", `The server has no node ${nodeId}`);
  }
  if (status.equals(StatusCodes.BadContinuationPointInvalid)) {
    throw new CoreError("bad-request", `The next page of ${nodeId} is no longer available (the server let it go, or the connection was renewed): browse the node again`);
  }
  throw new CoreError("unavailable", `The server could not browse ${nodeId}: ${status.name}`);
}

/** Whether each node has forward hierarchical references, asking for at most one each. */
async function childFlags(session: ClientSession, refs: ReferenceDescription[]): Promise<boolean[]> {
  if (refs.length === 0) return [];
  const results = await browseCapped(session, refs.map((r) => ({ ...hierarchicalChildren(r.nodeId.toString()), resultMask: 0 })), 1);
  await release(session, results.flatMap((r) => (r.continuationPoint?.length ? [r.continuationPoint] : [])));
  return results.map((r) => (r.references?.length ?? 0) > 0);
}

/**
 * A tree shows each child once: equipment is often reached twice (HasComponent and again by
 * HasEventSource, both hierarchical). The first reference stands for it; readNode lists all.
 */
function onePerTarget(refs: ReferenceDescription[]): ReferenceDescription[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.nodeId.toString();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function browsePage(session: ClientSession, endpointId: EndpointId, nodeId: string, continuation?: string): Promise<BrowsePage> {
  const [result] = continuation
    ? await session.browseNext([Buffer.from(continuation, "base64")], false)
    : await browseCapped(session, [hierarchicalChildren(nodeId)], PAGE_SIZE);
  if (!result) throw new CoreError("unavailable", `The server sent no answer for ${nodeId}`);
  refuseBad(result.statusCode, nodeId);
  const refs = onePerTarget(result.references ?? []);
  const flags = await childFlags(session, refs);
  const point = result.continuationPoint;
  return {
    endpointId,
    nodeId,
    references: refs.map((r, i) => toBrowsedReference(r, flags[i] ?? false)),
    continuation: point && point.length ? Buffer.from(point).toString("base64") : null,
  };
}

const READS = [
  AttributeIds.NodeClass,
  AttributeIds.BrowseName,
  AttributeIds.DisplayName,
  AttributeIds.Description,
  AttributeIds.DataType,
  AttributeIds.ValueRank,
  AttributeIds.Value,
  AttributeIds.UserAccessLevel,
] as const;
const CURRENT_WRITE = 0x02;

/** Values as a person reads them: scalars as they are, anything else as text. */
export function valueOf(dv: DataValue): NodeValue {
  const raw = dv.value?.value as unknown;
  let value: NodeValue["value"];
  if (raw === null || raw === undefined) value = null;
  else if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") value = raw;
  else if (typeof raw === "bigint") value = Number(raw);
  else if (ArrayBuffer.isView(raw) || Array.isArray(raw)) value = JSON.stringify(Array.from(raw as ArrayLike<unknown>)).slice(0, 2000);
  else if (raw instanceof Date) value = raw.toISOString();
  else value = String((raw as { text?: unknown }).text ?? raw).slice(0, 2000);
  const time = dv.sourceTimestamp ?? dv.serverTimestamp;
  return { value, status: dv.statusCode.name, sourceTime: time ? time.getTime() : null };
}

export async function readNode(session: ClientSession, endpointId: EndpointId, nodeId: string): Promise<NodeDetails> {
  const values = await session.read(READS.map((attributeId) => ({ nodeId, attributeId })));
  const at = (a: (typeof READS)[number]) => values[READS.indexOf(a)]!;
  const classRead = at(AttributeIds.NodeClass);
  if (!classRead.statusCode.isGood()) refuseBad(classRead.statusCode, nodeId);
  const good = (a: (typeof READS)[number]) => (at(a).statusCode.isGood() ? (at(a).value.value as unknown) : null);
  const nodeClass = nodeClassName(good(AttributeIds.NodeClass) as number);
  const isVariable = nodeClass === "Variable";

  const [refResult] = await browseCapped(
    session,
    [{ nodeId, referenceTypeId: resolveNodeId(ReferenceTypeIds.References), browseDirection: BrowseDirection.Both, includeSubtypes: true, nodeClassMask: 0, resultMask: ALL_RESULTS }],
    REFERENCE_LIMIT,
  );
  const refs = refResult?.references ?? [];
  const cut = !!refResult?.continuationPoint?.length;
  if (cut) await release(session, [refResult!.continuationPoint!]);
  const flags = await childFlags(session, refs.filter((r) => r.isForward));
  let f = 0;
  const references: BrowsedReference[] = refs.map((r) => toBrowsedReference(r, r.isForward ? (flags[f++] ?? false) : false));
  const typeRef = refs.find((r) => r.isForward && r.referenceTypeId.value === ReferenceTypeIds.HasTypeDefinition);

  const dataTypeId = good(AttributeIds.DataType) as { toString(): string; namespace: number; value: unknown } | null;
  let dataType: NodeDetails["dataType"] = null;
  if (isVariable && dataTypeId) {
    let name = dataTypeName(dataTypeId as never);
    if (!name) {
      const [dv] = await session.read([{ nodeId: dataTypeId.toString(), attributeId: AttributeIds.BrowseName }]);
      name = dv?.statusCode.isGood() ? qualified(dv.value.value) : null;
    }
    dataType = { nodeId: dataTypeId.toString(), name };
  }

  // EngineeringUnits and EURange: the same reading discovery does for a tag.
  const analog = { unit: null as string | null, range: null as { low: number; high: number } | null };
  if (isVariable) await readAnalogMetadata(session, [{ tag: analog, nodeId }]);

  const access = good(AttributeIds.UserAccessLevel) as number | null;
  const description = good(AttributeIds.Description) as { text?: string | null } | null;
  const displayName = good(AttributeIds.DisplayName) as { text?: string | null } | null;
  return {
    endpointId,
    nodeId,
    nodeClass,
    browseName: qualified(good(AttributeIds.BrowseName) as never),
    displayName: displayName?.text ?? nodeId,
    description: description?.text || null,
    dataType,
    valueRank: isVariable ? ((good(AttributeIds.ValueRank) as number | null) ?? null) : null,
    value: isVariable ? valueOf(at(AttributeIds.Value)) : null,
    writable: isVariable && access !== null ? (access & CURRENT_WRITE) !== 0 : null,
    typeDefinition: typeRef?.nodeId.toString() ?? null,
    typeDefinitionName: typeDefinitionName(typeRef?.nodeId),
    unit: analog.unit,
    range: analog.range,
    references,
    referencesCut: cut,
  };
}
