/**
 * A tag list's good rows turned into the assets to save, checked against the server and the
 * model before anything is saved: every node placed (NodeIds, namespace URIs, browse paths),
 * every asset given a node, every asset drafted as a save would draft it (nodes exist, tags are
 * variables, units and ranges read). Each problem names the file line and column it comes from,
 * so the import is refused whole, in words, rather than failing half way.
 */
import { AttributeIds, type ClientSession } from "node-opcua";
import { assetId as makeAssetId, methodArgs, type EndpointId, type MethodArgs } from "../../../contract/api";
import type { EngineeredAsset } from "../../../contract/engineering";
import type { ColumnMapping, TagListError, TagListErrorCode, TagListLine } from "../../../contract/tag-list";
import type { ModelService } from "../model/model-service";
import { CoreError } from "../rpc/core-error";
import type { EngineeredAssetDraft } from "../store/engineered-model-repository";
import { summarizeChange } from "../store/model-change-summary";
import { draftFromServer } from "./engineered-asset-draft";
import { assetNodes, type AssetGroup } from "./tag-list-asset-nodes";
import { placeNodes } from "./tag-list-nodes";
import { tagListError } from "./tag-list/errors";
import { nodeKindOf } from "./tag-list/node-names";

/** Drafts asked of the server at once: a big file is quick, a production server not flooded. */
const DRAFTS_IN_FLIGHT = 8;
const READ_CHUNK = 500;

export interface PlannedAsset {
  fileAssetId: string;
  /** The file line of the asset's first row. */
  line: number;
  args: MethodArgs<"saveEngineeredAsset">;
  /** The model's asset at that node before the import, or null: the import creates it. */
  before: EngineeredAsset | null;
  unchanged: boolean;
}

export interface ImportPlan {
  assets: PlannedAsset[];
  tags: number;
  errors: TagListError[];
}

export interface PlanInput {
  session: ClientSession;
  endpointId: EndpointId;
  lines: readonly TagListLine[];
  mapping: ColumnMapping;
  headers: readonly string[];
  model: ModelService;
}

interface Group {
  fileAssetId: string;
  lines: TagListLine[];
  tagNodes: string[];
}

function groupByAsset(lines: readonly TagListLine[]): Group[] {
  const groups = new Map<string, Group>();
  for (const l of lines) {
    let g = groups.get(l.row.assetId);
    if (!g) groups.set(l.row.assetId, (g = { fileAssetId: l.row.assetId, lines: [], tagNodes: [] }));
    g.lines.push(l);
  }
  return [...groups.values()];
}

function saveArgs(endpointId: EndpointId, g: Group, nodeId: string, externalId: string | null): MethodArgs<"saveEngineeredAsset"> {
  const first = g.lines[0]!.row;
  const input = {
    endpointId,
    nodeId,
    externalId,
    name: first.assetName,
    service: first.service,
    type: first.type,
    district: first.district,
    lat: first.lat,
    lon: first.lon,
    tags: g.lines.map(({ row }, i) => ({
      nodeId: g.tagNodes[i]!,
      ...(row.tagName ? { name: row.tagName } : {}),
      unit: row.unit,
      range: row.rangeLow !== null && row.rangeHigh !== null ? { low: row.rangeLow, high: row.rangeHigh } : null,
    })),
  };
  const parsed = methodArgs.saveEngineeredAsset.safeParse(input);
  if (!parsed.success) throw new CoreError("bad-request", parsed.error.issues.map((i) => `${i.path.join(".") || "asset"}: ${i.message}`).join("; "));
  return parsed.data;
}

const sameAsset = (before: EngineeredAsset | null, draft: EngineeredAssetDraft) => !!before && summarizeChange(before, draft) === "saved without changes";

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(DRAFTS_IN_FLIGHT, items.length) }, worker));
}

/** The node each text names when it is a node name and the node exists, else null. */
async function existingNodes(session: ClientSession, texts: readonly string[]): Promise<(string | null)[]> {
  const names = texts.map((text, i) => ({ text, i, kind: nodeKindOf(text) })).filter((n) => n.kind !== null);
  const placed = await placeNodes(session, names.map((n) => ({ text: n.text, kind: n.kind! })));
  const found = names.flatMap((n, j) => {
    const p = placed[j]!;
    return "nodeId" in p ? [{ i: n.i, nodeId: p.nodeId }] : [];
  });
  const out: (string | null)[] = texts.map(() => null);
  for (let k = 0; k < found.length; k += READ_CHUNK) {
    const chunk = found.slice(k, k + READ_CHUNK);
    const classes = await session.read(chunk.map((f) => ({ nodeId: f.nodeId, attributeId: AttributeIds.NodeClass })));
    classes.forEach((c, j) => {
      if (c.statusCode.isGood()) out[chunk[j]!.i] = chunk[j]!.nodeId;
    });
  }
  return out;
}

export async function planImport(input: PlanInput): Promise<ImportPlan> {
  const { session, endpointId, mapping, headers, model } = input;
  const errors: TagListError[] = [];
  const fail = (code: TagListErrorCode, line: number, what: string, text: string | null = null, onNode = true) => {
    const index = onNode ? (mapping.node ?? null) : (mapping.assetId ?? null);
    const header = index === null ? null : (headers[index] ?? null);
    errors.push(tagListError(code, { line, index, header, field: onNode ? "node" : "assetId" }, what, text));
  };

  const placed = await placeNodes(session, input.lines.map((l) => ({ text: l.row.node, kind: l.row.nodeKind })));
  const seen = new Map<string, number>();
  input.lines.forEach((l, i) => {
    const p = placed[i]!;
    if ("problem" in p) return fail("bad-node", l.line, p.problem, l.row.node);
    const earlier = seen.get(p.nodeId);
    if (earlier !== undefined) fail("duplicate-node", l.line, `the same node as line ${earlier} (${p.nodeId}): a node is one tag only`, l.row.node);
    else seen.set(p.nodeId, l.line);
  });
  const groups = groupByAsset(input.lines);
  const nodeOf = new Map(input.lines.map((l, i) => [l, placed[i]!]));
  for (const g of groups) g.tagNodes = g.lines.map((l) => ("nodeId" in nodeOf.get(l)! ? (nodeOf.get(l) as { nodeId: string }).nodeId : ""));
  const tags = input.lines.length;
  if (errors.length) return { assets: [], tags, errors };

  // An asset id that is itself a node name (our export writes the node of an asset without an id of its own).
  const namedNodes = await existingNodes(session, groups.map((g) => g.fileAssetId));
  const engineered = model.engineeredAssets(endpointId);
  const assetGroups: AssetGroup[] = groups.map((g, i) => ({ fileAssetId: g.fileAssetId, namedNode: namedNodes[i]!, tagNodes: g.tagNodes }));
  const nodes = await assetNodes(session, assetGroups, engineered, (n) => model.discoveredOwner(endpointId, n) !== null);

  // Tags held by engineered assets the file does not touch stay theirs.
  const fileAssets = new Set(nodes.filter((n) => n !== null).map((n) => makeAssetId(endpointId, n.nodeId)));
  const holder = new Map(engineered.filter((a) => !fileAssets.has(a.id)).flatMap((a) => a.tags.map((t) => [t.nodeId, a] as const)));

  const assets: (PlannedAsset | null)[] = groups.map(() => null);
  await inBatches(
    groups.map((g, i) => ({ g, i })),
    async ({ g, i }) => {
      const line = g.lines[0]!.line;
      const node = nodes[i];
      if (!node) return fail("bad-node", line, `no node is free to be the asset ${JSON.stringify(g.fileAssetId)}: its tags' parent and its first tag belong to other assets`, g.fileAssetId, false);
      g.lines.forEach((l, j) => {
        const owner = holder.get(g.tagNodes[j]!) ?? model.discoveredOwner(endpointId, g.tagNodes[j]!);
        if (owner) fail("duplicate-node", l.line, `${g.tagNodes[j]} is already a tag of "${owner.name}": a node is a tag of one asset only`, l.row.node);
      });
      try {
        const args = saveArgs(endpointId, g, node.nodeId, node.externalId);
        const draft = await draftFromServer(session, endpointId, args);
        const before = model.getEngineered(draft.id) ?? null;
        assets[i] = { fileAssetId: g.fileAssetId, line, args, before, unchanged: sameAsset(before, draft) };
      } catch (err) {
        if (!(err instanceof CoreError)) throw err;
        const tagLine = g.lines.find((_, j) => err.message.includes(g.tagNodes[j]!))?.line;
        fail("bad-node", tagLine ?? line, `asset ${JSON.stringify(g.fileAssetId)}: ${err.message}`, null, tagLine !== undefined);
      }
    },
  );
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { assets: assets.filter((a): a is PlannedAsset => a !== null), tags, errors };
}
