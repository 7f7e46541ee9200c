/**
 * The "make an asset" form as data: what the engineer typed (coordinates as text, so "43,32"
 * typed the Serbian way is not lost half typed), the tags ticked, and what the core needs from
 * it. Problems are keys for the form to show beside their field; the core checks everything
 * again against the server.
 */
import type { EndpointId, MethodInput } from "../../contract/api";
import type { EngineeredAsset, NodeDetails } from "../../contract/engineering";
import { tk, type Key } from "../i18n/keys";

/** A variable the form offers as a tag, with what the server says of it. */
export interface TagChoice {
  nodeId: string;
  displayName: string;
  unit: string | null;
  range: { low: number; high: number } | null;
}

export interface AssetDraft {
  nodeId: string;
  /** The asset's node as the server names it (the form's title). */
  nodeName: string;
  externalId: string;
  name: string;
  service: string;
  type: string;
  district: string;
  lat: string;
  lon: string;
  /** Ticked tags by NodeId, with the name the engineer gave (empty: the node's own). */
  tags: ReadonlyMap<string, string>;
  /** Set when editing: the version the engineer opened. */
  baseVersion: number | null;
}

export type DraftField = "name" | "service" | "lat" | "lon";

/** "43,3351" and "43.3351" both; null for anything else. */
export function parseCoordinate(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A coordinate as the form shows it, to six places (about 10 cm), in the window's decimal mark. */
export function coordinateText(value: number, decimalMark: "," | "."): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  return decimalMark === "," ? text.replace(".", ",") : text;
}

export function draftFromNode(node: NodeDetails, services: readonly string[]): AssetDraft {
  return {
    nodeId: node.nodeId,
    nodeName: node.displayName,
    externalId: "",
    name: node.displayName,
    service: services[0] ?? "",
    type: node.typeDefinitionName && node.typeDefinitionName !== "BaseObjectType" && node.typeDefinitionName !== "FolderType" ? node.typeDefinitionName : "",
    district: "",
    lat: "",
    lon: "",
    tags: new Map(),
    baseVersion: null,
  };
}

export function draftFromAsset(asset: EngineeredAsset, decimalMark: "," | "."): AssetDraft {
  return {
    nodeId: asset.nodeId,
    nodeName: asset.name,
    externalId: asset.externalId ?? "",
    name: asset.name,
    service: asset.service,
    type: asset.type,
    district: asset.district,
    lat: coordinateText(asset.lat, decimalMark),
    lon: coordinateText(asset.lon, decimalMark),
    tags: new Map(asset.tags.map((t) => [t.nodeId, t.name])),
    baseVersion: asset.version,
  };
}

/** What is wrong with the draft, by field; empty when it may be saved. */
export function draftProblems(d: AssetDraft, services: readonly string[]): Partial<Record<DraftField, Key>> {
  const problems: Partial<Record<DraftField, Key>> = {};
  if (d.name.trim() === "") problems.name = tk("engineering.form.nameMissing");
  if (!services.includes(d.service)) problems.service = tk("engineering.form.serviceMissing");
  const lat = parseCoordinate(d.lat);
  const lon = parseCoordinate(d.lon);
  if (lat === null || lat < -90 || lat > 90) problems.lat = tk("engineering.form.latInvalid");
  if (lon === null || lon < -180 || lon > 180) problems.lon = tk("engineering.form.lonInvalid");
  return problems;
}

/**
 * The save call's arguments, tags in the order the form lists them. A tag keeps the name the
 * engineer gave; unnamed, the core names it after the node.
 */
export function saveArgs(endpointId: EndpointId, d: AssetDraft, order: readonly string[]): MethodInput<"saveEngineeredAsset"> {
  const ordered = [...order.filter((n) => d.tags.has(n)), ...[...d.tags.keys()].filter((n) => !order.includes(n))];
  return {
    endpointId,
    nodeId: d.nodeId,
    externalId: d.externalId.trim() === "" ? null : d.externalId.trim(),
    name: d.name.trim(),
    service: d.service as MethodInput<"saveEngineeredAsset">["service"],
    type: d.type.trim(),
    district: d.district.trim(),
    lat: parseCoordinate(d.lat) ?? NaN,
    lon: parseCoordinate(d.lon) ?? NaN,
    tags: ordered.map((nodeId) => {
      const name = d.tags.get(nodeId)?.trim() ?? "";
      return name ? { nodeId, name } : { nodeId };
    }),
    ...(d.baseVersion !== null ? { baseVersion: d.baseVersion } : {}),
  };
}
