/**
 * Which tags are commands, asked of the server per asset when a window opens one: a tag whose
 * AccessLevel has CurrentWrite and which carries a `CommandValues` property (our convention, see
 * main/simulator/README.md), or a tag the site config names in `commands` (servers that are not
 * ours; the server still decides whether the write is allowed). What was read is remembered, so
 * an asset opened while its endpoint is offline still shows its commands (refused when used).
 */
import { AttributeIds, BrowseDirection, DataType, NodeClassMask, ReferenceTypeIds, resolveNodeId, type ClientSession } from "node-opcua";
import { nodeOf, type AssetCommands, type AssetId, type AssetInfo, type CommandTag, type CommandValue, type CommandValueType, type EndpointId, type TagId } from "../../../contract/api";
import { CoreError } from "../rpc/core-error";

/** A command as the core sends it: the contract's view plus the OPC UA data type to write. */
export interface KnownCommand extends CommandTag {
  dataType: DataType;
}

/** A tag the site config marks as a command (for servers without our convention). */
export interface MarkedCommand {
  values?: string[];
}

export interface CommandCatalogDeps {
  sessionFor(endpointId: EndpointId): ClientSession | null;
  asset(assetId: AssetId): AssetInfo | undefined;
  /** The site config's mark for a tag, if it names it. */
  marked(tagId: TagId): MarkedCommand | undefined;
}

const CURRENT_WRITE = 0x02;
const NUMERIC = new Set<DataType>([
  DataType.SByte, DataType.Byte, DataType.Int16, DataType.UInt16, DataType.Int32,
  DataType.UInt32, DataType.Int64, DataType.UInt64, DataType.Float, DataType.Double,
]);

function valueTypeOf(dataType: DataType): CommandValueType | null {
  if (dataType === DataType.Boolean) return "boolean";
  if (dataType === DataType.String || dataType === DataType.LocalizedText) return "text";
  return NUMERIC.has(dataType) ? "number" : null;
}

/** The listed values as the command's type; a value that does not read as that type is left out. */
function parseValues(texts: string[] | undefined, type: CommandValueType): CommandValue[] | null {
  if (!texts) return null;
  const out: CommandValue[] = [];
  for (const text of texts) {
    if (type === "boolean" && (text === "true" || text === "false")) out.push(text === "true");
    else if (type === "number" && text.trim() !== "" && Number.isFinite(Number(text))) out.push(Number(text));
    else if (type === "text") out.push(text);
  }
  return out;
}

export class CommandCatalog {
  private readonly known = new Map<TagId, KnownCommand>();
  /** Assets read at least once, and the tags that were commands then. */
  private readonly byAsset = new Map<AssetId, TagId[]>();

  constructor(private readonly deps: CommandCatalogDeps) {}

  /** The command a tag is, as last read; undefined when it is none (or its asset was never opened). */
  get(tagId: TagId): KnownCommand | undefined {
    return this.known.get(tagId);
  }

  async forAsset(assetId: AssetId): Promise<AssetCommands> {
    const asset = this.deps.asset(assetId);
    if (!asset) throw new CoreError("not-found", `No asset "${assetId}" is known to the workstation`);
    const session = this.deps.sessionFor(asset.endpointId);
    if (session) {
      try {
        const found = await this.read(session, asset);
        for (const id of this.byAsset.get(assetId) ?? []) this.known.delete(id);
        for (const command of found) this.known.set(command.tagId, command);
        this.byAsset.set(assetId, found.map((c) => c.tagId));
        return { assetId, commands: found.map(publicView), fresh: true };
      } catch {
        // The session went away mid-read: what was seen before still stands.
      }
    }
    const seen = (this.byAsset.get(assetId) ?? []).map((id) => this.known.get(id)).filter((c): c is KnownCommand => !!c);
    return { assetId, commands: seen.map(publicView), fresh: false };
  }

  private async read(session: ClientSession, asset: AssetInfo): Promise<KnownCommand[]> {
    const tags = asset.tags;
    if (tags.length === 0) return [];
    const nodeIds = tags.map((t) => nodeOf(t.id));
    const attributes = await session.read(
      nodeIds.flatMap((nodeId) => [
        { nodeId, attributeId: AttributeIds.AccessLevel },
        { nodeId, attributeId: AttributeIds.DataType },
      ]),
    );
    const properties = await session.browse(
      nodeIds.map((nodeId) => ({
        nodeId,
        referenceTypeId: resolveNodeId(ReferenceTypeIds.HasProperty),
        browseDirection: BrowseDirection.Forward,
        includeSubtypes: true,
        nodeClassMask: NodeClassMask.Variable,
        resultMask: 0x3f,
      })),
    );
    const listNodes = properties.map((p) => p.references?.find((r) => r.browseName.name === "CommandValues")?.nodeId.toString() ?? null);
    const wanted = listNodes.filter((n): n is string => n !== null);
    const lists = wanted.length ? await session.read(wanted.map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value }))) : [];
    const listOf = new Map(wanted.map((nodeId, i) => [nodeId, lists[i]?.value.value as unknown]));

    const out: KnownCommand[] = [];
    tags.forEach((tag, i) => {
      const access = attributes[2 * i]!;
      const type = attributes[2 * i + 1]!;
      const typeId = type.statusCode.isGood() ? (type.value.value as { namespace: number; value: unknown }) : null;
      const dataType = typeId && typeId.namespace === 0 && typeof typeId.value === "number" ? (typeId.value as DataType) : null;
      const valueType = dataType === null ? null : valueTypeOf(dataType);
      if (dataType === null || valueType === null) return;
      const listNode = listNodes[i];
      const listed = listNode ? listOf.get(listNode) : undefined;
      const serverList = Array.isArray(listed) ? listed.map(String) : undefined;
      const writable = access.statusCode.isGood() && (Number(access.value.value) & CURRENT_WRITE) !== 0;
      const marked = this.deps.marked(tag.id);
      if (!marked && !(writable && serverList)) return;
      out.push({
        tagId: tag.id,
        assetId: asset.id,
        name: tag.name,
        valueType,
        values: parseValues(marked?.values ?? serverList, valueType),
        range: tag.range,
        dataType,
      });
    });
    return out;
  }
}

function publicView(command: KnownCommand): CommandTag {
  const { dataType: _dataType, ...view } = command;
  return view;
}
