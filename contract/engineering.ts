/**
 * Engineering a site from any OPC UA server: an address-space browser (browse with
 * continuation points, a node's attributes, a bounded search by BrowseName) and the engineered
 * asset model made from it (assets and tags picked from the browser, versioned and audited).
 * Only a role with the `engineer` permission may use any of it; the core checks.
 */
import { z } from "zod";
import { SERVICES } from "./domain";
import { looksLikeId, type AssetId, type EndpointId } from "./ids";

/** Node classes as OPC UA names them (Part 3 §8.29). */
export const NODE_CLASSES = ["Object", "Variable", "Method", "ObjectType", "VariableType", "ReferenceType", "DataType", "View", "Unspecified"] as const;
export type NodeClassName = (typeof NODE_CLASSES)[number];

/** One reference of a browsed node, as an address-space browser shows it. */
export interface BrowsedReference {
  /** The target's NodeId text ("ns=1;s=PS_Medosevac", "i=85"). */
  nodeId: string;
  /** Qualified: "1:PS_Medosevac" (namespace index and name). */
  browseName: string;
  /** Server text: render as text, never HTML. */
  displayName: string;
  nodeClass: NodeClassName;
  /** The reference type's BrowseName ("Organizes", "HasComponent"), or its NodeId when unknown. */
  referenceType: string;
  isForward: boolean;
  /** The target's type definition NodeId (Objects and Variables), else null. */
  typeDefinition: string | null;
  /** Its BrowseName when the type is a standard one ("FolderType", "AnalogItemType"), else null. */
  typeDefinitionName: string | null;
  /** The target has forward hierarchical references of its own (a tree shows an expander). */
  hasChildren: boolean;
}

export interface BrowsePage {
  endpointId: EndpointId;
  nodeId: string;
  references: BrowsedReference[];
  /**
   * More references follow: pass this to browseNode to get them (OPC UA BrowseNext). Valid on
   * the session it came from only, and only for a while: a server keeps few of them.
   */
  continuation: string | null;
}

export interface NodeValue {
  /** Numbers, booleans and strings as they are; anything else as text; null when empty. */
  value: number | boolean | string | null;
  /** The status code's name ("Good", "BadNotReadable"). */
  status: string;
  /** Source timestamp, ms since epoch, else the server's, else null. */
  sourceTime: number | null;
}

export interface NodeDetails {
  endpointId: EndpointId;
  nodeId: string;
  nodeClass: NodeClassName;
  browseName: string;
  displayName: string;
  description: string | null;
  /** Variables: the data type's NodeId and BrowseName ("i=11", "Double"). */
  dataType: { nodeId: string; name: string | null } | null;
  /** Variables: -1 scalar, 1 one dimension, … (Part 3 §5.6.2). */
  valueRank: number | null;
  /** Variables: the value as read now. */
  value: NodeValue | null;
  /** Variables: the current user may write it. */
  writable: boolean | null;
  typeDefinition: string | null;
  typeDefinitionName: string | null;
  /** AnalogItems (Part 8): EngineeringUnits' DisplayName and EURange, when the server has them. */
  unit: string | null;
  range: { low: number; high: number } | null;
  /** Forward and inverse references, at most `REFERENCE_LIMIT`; `referencesCut` says when there were more. */
  references: BrowsedReference[];
  referencesCut: boolean;
}

/** At most this many references come with a node's details; browse the node for all of them. */
export const REFERENCE_LIMIT = 500;

export interface NodeSearchHit {
  nodeId: string;
  browseName: string;
  displayName: string;
  nodeClass: NodeClassName;
  /** Browse names from the search root down to the hit, the root left out ("1:WaterUtility/1:Stations/1:PS_Medosevac"). */
  path: string;
}

export interface NodeSearchResult {
  hits: NodeSearchHit[];
  /** Nodes looked at. */
  visited: number;
  /**
   * Why the search stopped early, or null when it looked everywhere below the root: too many
   * hits, the depth limit, or too many nodes looked at. A person narrows the root or the text.
   */
  cutShort: "hits" | "depth" | "visited" | null;
}

/** A tag of an engineered asset. */
export interface EngineeredTag {
  nodeId: string;
  name: string;
  unit: string | null;
  range: { low: number; high: number } | null;
  /** Where unit and range came from: the server's AnalogItem properties, or the engineer. */
  metadataFrom: "server" | "engineer";
}

/** An asset an engineer made from picked nodes; listAssets shows it beside the discovered ones. */
export interface EngineeredAsset {
  /** `<endpoint>|<the asset's node>`, like every asset id. */
  id: AssetId;
  endpointId: EndpointId;
  nodeId: string;
  /** The utility's own id for the asset (a tag list's asset id, e.g. "PS-01"), or null. */
  externalId: string | null;
  name: string;
  service: string;
  type: string;
  district: string;
  lat: number;
  lon: number;
  tags: EngineeredTag[];
  /** The model version that last changed it. */
  version: number;
  updatedAt: number;
  updatedBy: string;
}

/** One change to the engineered model: who, when, what. */
export interface ModelVersion {
  version: number;
  at: number;
  userName: string;
  role: string;
  action: "save" | "delete";
  assetId: AssetId;
  assetName: string;
  /** In English words: "created with 3 tags", "name "A" → "B"; tags +Flow −Pressure". */
  summary: string;
}

export interface SavedAsset {
  asset: EngineeredAsset;
  version: ModelVersion;
}

/** The site as a file to start another workstation from: the site config and the engineered model, never a secret. */
export interface SiteExport {
  fileName: string;
  /** The site file's text (JSON). */
  json: string;
  /** What changed on the way out, in words (a plain-text password replaced by an environment variable's name). */
  warnings: string[];
}

/** What an endpoint's model holds, so a screen can say when discovery found nothing. */
export interface EndpointModel {
  endpointId: EndpointId;
  /** Assets found by our browsing convention in the last discovery; null: not discovered since start. */
  discoveredAssets: number | null;
  discoveredAt: number | null;
  engineeredAssets: number;
  /**
   * Set when the last discovery found nothing: the server does not follow our convention, and
   * its assets are engineered in the address-space browser (`engineeredAssets` says how many are).
   */
  notice: "nothing-discovered" | null;
}

const endpointIdArg = z
  .string()
  .min(1)
  .max(64)
  .refine((id) => !id.includes("|"), "an endpoint id")
  .transform((id) => id as EndpointId);
/** NodeId text as OPC UA writes it: "i=85", "ns=1;s=PS_Medosevac", "ns=2;g=…", "ns=3;b=…". */
const nodeIdArg = z
  .string()
  .trim()
  .min(3)
  .max(2000)
  .regex(/^(ns=\d+;|nsu=[^;]+;)?[isgb]=.+$/s, "an OPC UA NodeId such as i=85 or ns=1;s=Pump");
const text = (max: number) => z.string().trim().max(max);

export const browseNodeArgs = z
  .object({
    endpointId: endpointIdArg,
    /** Default: the Objects folder (i=85). */
    nodeId: nodeIdArg.default("i=85"),
    /** From the previous page's `continuation`. */
    continuation: z.string().min(1).max(4096).regex(/^[A-Za-z0-9+/]+={0,2}$/, "a continuation from browseNode").optional(),
  })
  .strict();

export const readNodeArgs = z.object({ endpointId: endpointIdArg, nodeId: nodeIdArg }).strict();

export const searchNodesArgs = z
  .object({
    endpointId: endpointIdArg,
    /** Matched against BrowseName and DisplayName, case and diacritics as typed. */
    text: text(200).min(1),
    /** Where to start; default the Objects folder. */
    root: nodeIdArg.default("i=85"),
    maxDepth: z.number().int().min(1).max(20).default(8),
    maxHits: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

const range = z
  .object({ low: z.number().finite(), high: z.number().finite() })
  .strict()
  .refine((r) => r.low <= r.high, { message: "range low above range high", path: ["low"] });

export const engineeredTagArgs = z
  .object({
    nodeId: nodeIdArg,
    /** Default: the node's DisplayName. */
    name: text(500).min(1).optional(),
    /** Used only when the server gives none (AnalogItem EngineeringUnits / EURange). */
    unit: text(100).min(1).nullable().optional(),
    range: range.nullable().optional(),
  })
  .strict();

export const saveEngineeredAssetArgs = z
  .object({
    endpointId: endpointIdArg,
    /** The node that is the asset (an Object as a rule); its alarms link by SourceNode and ancestry. */
    nodeId: nodeIdArg,
    externalId: text(200).min(1).nullable().default(null),
    name: text(500).min(1),
    service: z.enum(SERVICES),
    type: text(200),
    district: text(200),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    tags: z
      .array(engineeredTagArgs)
      .max(5000)
      .refine((tags) => new Set(tags.map((t) => t.nodeId)).size === tags.length, "a node is one tag only"),
    /**
     * The version the engineer edited (the asset's `version`), so a change made meanwhile by
     * someone else is not overwritten unseen; absent for a new asset.
     */
    baseVersion: z.number().int().positive().optional(),
  })
  .strict();

const assetIdArg = z.custom<AssetId>((v) => typeof v === "string" && v.length <= 2100 && looksLikeId(v), "an asset id (endpoint|node)");

export const deleteEngineeredAssetArgs = z.object({ assetId: assetIdArg, baseVersion: z.number().int().positive().optional() }).strict();

export const listEngineeredAssetsArgs = z.object({ endpointId: endpointIdArg.optional() }).strict();

export const listModelVersionsArgs = z
  .object({
    assetId: assetIdArg.optional(),
    /** Versions older than this one (paging, newest first). */
    before: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
