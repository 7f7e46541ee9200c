/**
 * Typed ids: the only module that builds or takes apart the strings that name endpoints,
 * assets, tags and alarms. An id is `<endpoint>|<OPC UA node id>` (an alarm adds `#<branch>`),
 * so ids from two servers never collide and the endpoint of any id is known without a lookup.
 * The brands make the compiler refuse a tag id where an alarm id is expected.
 */
declare const brand: unique symbol;
type Branded<B extends string> = string & { readonly [brand]: B };

export type EndpointId = Branded<"EndpointId">;
export type AssetId = Branded<"AssetId">;
export type TagId = Branded<"TagId">;
export type AlarmId = Branded<"AlarmId">;

const SEP = "|";
const BRANCH = "#";

export const endpointId = (id: string): EndpointId => id as EndpointId;

export function assetId(endpoint: EndpointId | string, nodeId: string): AssetId {
  return `${endpoint}${SEP}${nodeId}` as AssetId;
}

export function tagId(endpoint: EndpointId | string, nodeId: string): TagId {
  return `${endpoint}${SEP}${nodeId}` as TagId;
}

/** One row per condition: the branch is folded in by the alarm book, but kept in the id it acks. */
export function alarmId(endpoint: EndpointId | string, conditionId: string, branchId?: string | null): AlarmId {
  return (branchId ? `${endpoint}${SEP}${conditionId}${BRANCH}${branchId}` : `${endpoint}${SEP}${conditionId}`) as AlarmId;
}

/** The endpoint part of any id. */
export function endpointOf(id: AssetId | TagId | AlarmId): EndpointId {
  const i = id.indexOf(SEP);
  return (i < 0 ? id : id.slice(0, i)) as EndpointId;
}

/** The OPC UA node id part of an asset or tag id. */
export function nodeOf(id: AssetId | TagId): string {
  const i = id.indexOf(SEP);
  return i < 0 ? "" : id.slice(i + 1);
}

/** Shape check for ids arriving over the wire (zod refinements use it). */
export function looksLikeId(value: string): boolean {
  const i = value.indexOf(SEP);
  return i > 0 && i < value.length - 1;
}
