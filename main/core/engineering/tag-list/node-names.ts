/**
 * How a tag list names a tag's node on its server: the NodeId text of OPC UA Part 6 §5.3.1.10
 * ("ns=3;i=1001", "ns=2;s=PS_1.Flow", "i=85", "nsu=urn:vendor:scada;s=Pump1", GUID and opaque
 * forms), or a browse path from the root ("/Objects/2:Water/2:PS_1/2:Flow", Part 4 A.2 style
 * with "&" escaping a reserved character). Only the syntax is checked here; whether the node
 * exists is the server's to say when the import resolves it.
 */
import type { TagListNodeKind } from "../../../../contract/tag-list";

const UINT32_MAX = 4294967295;
const UINT16_MAX = 65535;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const isUint = (text: string, max: number) => /^[0-9]{1,10}$/.test(text) && Number(text) <= max;

/** The identifier part after the namespace: i=, s=, g= or b=. */
function validIdentifier(text: string): boolean {
  const kind = text.slice(0, 2);
  const value = text.slice(2);
  switch (kind) {
    case "i=":
      return isUint(value, UINT32_MAX);
    case "s=":
      return value.length > 0;
    case "g=":
      return GUID.test(value);
    case "b=":
      return value.length > 0 && BASE64.test(value);
    default:
      return false;
  }
}

export function isNodeIdText(text: string): boolean {
  const ns = /^ns=([0-9]+);/.exec(text);
  if (ns) return isUint(ns[1]!, UINT16_MAX) && validIdentifier(text.slice(ns[0].length));
  const nsu = /^nsu=([^;]+);/.exec(text);
  if (nsu) return validIdentifier(text.slice(nsu[0].length));
  return validIdentifier(text);
}

/** Segments of a browse path, split on "/" that "&" does not escape; null when it does not start at the root. */
function pathSegments(text: string): string[] | null {
  if (!text.startsWith("/")) return null;
  const segments: string[] = [];
  let current = "";
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === "&") {
      if (i + 1 >= text.length) return null;
      current += c + text[++i];
    } else if (c === "/") {
      segments.push(current);
      current = "";
    } else current += c;
  }
  segments.push(current);
  return segments;
}

export function isBrowsePath(text: string): boolean {
  const segments = pathSegments(text);
  if (!segments) return false;
  return segments.every((s) => {
    const ns = /^([0-9]+):/.exec(s);
    if (ns && !isUint(ns[1]!, UINT16_MAX)) return false;
    return s.slice(ns ? ns[0].length : 0).length > 0;
  });
}

/** What kind of node name the text is, or null when it is neither. */
export function nodeKindOf(text: string): TagListNodeKind | null {
  if (isNodeIdText(text)) return "nodeId";
  if (isBrowsePath(text)) return "browsePath";
  return null;
}
