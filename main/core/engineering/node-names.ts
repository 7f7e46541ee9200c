/**
 * How a browser names what OPC UA numbers: node classes, standard reference types and standard
 * type definitions (namespace 0) by their BrowseName, and a ReferenceDescription as the
 * contract's BrowsedReference. Types of a server's own namespaces keep their NodeId text: their
 * names would cost a read per type, and the browser shows the target's own names anyway.
 */
import {
  coerceNodeId,
  DataTypeIds,
  NodeClass,
  ObjectTypeIds,
  ReferenceTypeIds,
  VariableTypeIds,
  type NodeId,
  type QualifiedName,
  type ReferenceDescription,
} from "node-opcua";
import { NODE_CLASSES, type BrowsedReference, type NodeClassName } from "../../../contract/engineering";
import { CoreError } from "../rpc/core-error";

/**
 * NodeId text as node-opcua writes it ("i=85" becomes "ns=0;i=85"), the form every id in the
 * core is built from, so a node typed by a person matches the same node met in a browse or event.
 */
export function canonicalNodeId(text: string): string {
  try {
    return coerceNodeId(text).toString();
  } catch {
    throw new CoreError("bad-request", `"${text}" is not an OPC UA NodeId (e.g. i=85, ns=1;s=Pump, ns=2;i=5001)`);
  }
}

const byNumber = (ids: Record<string, number>) => new Map(Object.entries(ids).map(([name, id]) => [id, name]));
const REFERENCE_NAMES = byNumber(ReferenceTypeIds as unknown as Record<string, number>);
const TYPE_NAMES = new Map([
  ...byNumber(ObjectTypeIds as unknown as Record<string, number>),
  ...byNumber(VariableTypeIds as unknown as Record<string, number>),
]);
const DATA_TYPE_NAMES = byNumber(DataTypeIds as unknown as Record<string, number>);

const standard = (id: NodeId | null | undefined, names: Map<number, string>): string | null =>
  id && id.namespace === 0 && typeof id.value === "number" ? (names.get(id.value) ?? null) : null;

export function nodeClassName(nodeClass: NodeClass | number | null | undefined): NodeClassName {
  const name = NodeClass[nodeClass ?? 0] as string | undefined;
  return (NODE_CLASSES as readonly string[]).includes(name ?? "") ? (name as NodeClassName) : "Unspecified";
}

export function referenceTypeName(id: NodeId): string {
  return standard(id, REFERENCE_NAMES) ?? id.toString();
}

export function typeDefinitionName(id: NodeId | null | undefined): string | null {
  return standard(id, TYPE_NAMES);
}

export function dataTypeName(id: NodeId | null | undefined): string | null {
  return standard(id, DATA_TYPE_NAMES);
}

/** "1:PS_Medosevac"; namespace 0 names stay bare ("Objects"). */
export function qualified(name: QualifiedName | null | undefined): string {
  if (!name?.name) return "";
  return name.namespaceIndex ? `${name.namespaceIndex}:${name.name}` : name.name;
}

/** The null NodeId (i=0) a server sends where there is no type definition. */
function present(id: NodeId | null | undefined): id is NodeId {
  return !!id && !(id.namespace === 0 && id.value === 0);
}

export function toBrowsedReference(ref: ReferenceDescription, hasChildren: boolean): BrowsedReference {
  const type = present(ref.typeDefinition) ? ref.typeDefinition : null;
  return {
    nodeId: ref.nodeId.toString(),
    browseName: qualified(ref.browseName),
    displayName: ref.displayName?.text ?? ref.browseName?.name ?? ref.nodeId.toString(),
    nodeClass: nodeClassName(ref.nodeClass),
    referenceType: referenceTypeName(ref.referenceTypeId),
    isForward: ref.isForward,
    typeDefinition: type?.toString() ?? null,
    typeDefinitionName: typeDefinitionName(type),
    hasChildren,
  };
}
