/**
 * Turns what an engineer picked into an asset to store, checked against the server: the asset's
 * node and every tag's node must exist, tags must be Variables, and a tag's unit and range come
 * from the server's AnalogItem properties where it has them (the engineer's only where not).
 */
import { AttributeIds, NodeClass, type ClientSession } from "node-opcua";
import { assetId, type EndpointId, type MethodArgs } from "../../../contract/api";
import type { EngineeredTag } from "../../../contract/engineering";
import { readAnalogMetadata } from "../model/asset-discovery";
import { CoreError } from "../rpc/core-error";
import type { EngineeredAssetDraft } from "../store/engineered-model-repository";
import { canonicalNodeId, nodeClassName } from "./node-names";

type SaveArgs = MethodArgs<"saveEngineeredAsset">;

const READ_CHUNK = 500;

async function readNames(session: ClientSession, nodeIds: string[]): Promise<{ nodeClass: NodeClass | null; displayName: string | null }[]> {
  const out: { nodeClass: NodeClass | null; displayName: string | null }[] = [];
  for (let i = 0; i < nodeIds.length; i += READ_CHUNK) {
    const chunk = nodeIds.slice(i, i + READ_CHUNK);
    const values = await session.read(chunk.flatMap((nodeId) => [
      { nodeId, attributeId: AttributeIds.NodeClass },
      { nodeId, attributeId: AttributeIds.DisplayName },
    ]));
    for (let j = 0; j < chunk.length; j++) {
      const cls = values[2 * j]!;
      const name = values[2 * j + 1]!;
      out.push({
        nodeClass: cls.statusCode.isGood() ? (cls.value.value as NodeClass) : null,
        displayName: name.statusCode.isGood() ? ((name.value.value as { text?: string | null }).text ?? null) : null,
      });
    }
  }
  return out;
}

export async function draftFromServer(session: ClientSession, endpointId: EndpointId, args: SaveArgs): Promise<EngineeredAssetDraft> {
  const nodeId = canonicalNodeId(args.nodeId);
  const tagNodes = args.tags.map((t) => canonicalNodeId(t.nodeId));
  if (new Set(tagNodes).size !== tagNodes.length) throw new CoreError("bad-request", "The same node is picked twice as a tag");
  const [asset, ...tags] = await readNames(session, [nodeId, ...tagNodes]);
  if (asset?.nodeClass === null) throw new CoreError("bad-request", `The server has no node ${nodeId} to make the asset "${args.name}" of`);
  tags.forEach((t, i) => {
    if (t.nodeClass === null) throw new CoreError("bad-request", `The server has no node ${tagNodes[i]} (tag ${i + 1} of "${args.name}")`);
    if (t.nodeClass !== NodeClass.Variable) {
      throw new CoreError("bad-request", `${tagNodes[i]} is a${/^[AEIOU]/.test(nodeClassName(t.nodeClass)) ? "n" : ""} ${nodeClassName(t.nodeClass)}, not a Variable: only variables have values to show as tags`);
    }
  });

  const server = tagNodes.map(() => ({ unit: null as string | null, range: null as { low: number; high: number } | null }));
  await readAnalogMetadata(session, server.map((tag, i) => ({ tag, nodeId: tagNodes[i]! })));
  const engineered: EngineeredTag[] = args.tags.map((given, i) => {
    const fromServer = server[i]!;
    const serverHas = fromServer.unit !== null || fromServer.range !== null;
    return {
      nodeId: tagNodes[i]!,
      name: given.name ?? tags[i]!.displayName ?? tagNodes[i]!,
      unit: fromServer.unit ?? given.unit ?? null,
      range: fromServer.range ?? given.range ?? null,
      metadataFrom: serverHas ? "server" : "engineer",
    };
  });
  return {
    id: assetId(endpointId, nodeId),
    endpointId,
    nodeId,
    externalId: args.externalId,
    name: args.name,
    service: args.service,
    type: args.type,
    district: args.district,
    lat: args.lat,
    lon: args.lon,
    tags: engineered,
  };
}
