/**
 * A tag list names nodes the way its author's tools do: NodeId text with a namespace index or a
 * namespace URI ("nsu=urn:vendor;s=Pump1"), or a browse path from the root. The import turns
 * each into the NodeId text the core uses everywhere, asking the server (its namespace array,
 * TranslateBrowsePathsToNodeIds) many at a time; what the server cannot place is reported.
 */
import { makeBrowsePath, resolveNodeId, type ClientSession } from "node-opcua";
import type { TagListNodeKind } from "../../../contract/tag-list";
import { canonicalNodeId } from "./node-names";

const PER_REQUEST = 500;

export interface NodeName {
  text: string;
  kind: TagListNodeKind;
}

/** NodeId text, or why the server could not place the name (words for an error). */
export type Placed = { nodeId: string } | { problem: string };

async function namespaceIndex(session: ClientSession): Promise<Map<string, number>> {
  const uris = await session.readNamespaceArray();
  return new Map(uris.map((uri, i) => [uri, i]));
}

function nodeIdText(text: string, namespaces: Map<string, number> | null): Placed {
  let plain = text;
  const nsu = /^nsu=([^;]+);/.exec(text);
  if (nsu) {
    const index = namespaces?.get(nsu[1]!);
    if (index === undefined) return { problem: `the server has no namespace ${JSON.stringify(nsu[1])}` };
    plain = `ns=${index};${text.slice(nsu[0].length)}`;
  }
  try {
    return { nodeId: canonicalNodeId(plain) };
  } catch {
    return { problem: "the server cannot read it as a NodeId" };
  }
}

/** Each name placed on the server, in the order given. Existence of NodeIds is checked later, with the node's class. */
export async function placeNodes(session: ClientSession, names: readonly NodeName[]): Promise<Placed[]> {
  const namespaces = names.some((n) => n.kind === "nodeId" && n.text.startsWith("nsu=")) ? await namespaceIndex(session) : null;
  const out: Placed[] = names.map((n) => (n.kind === "nodeId" ? nodeIdText(n.text, namespaces) : { problem: "" }));
  const paths = names.map((n, i) => ({ n, i })).filter(({ n }) => n.kind === "browsePath");
  const root = resolveNodeId("RootFolder");
  for (let start = 0; start < paths.length; start += PER_REQUEST) {
    const chunk = paths.slice(start, start + PER_REQUEST);
    const results = await session.translateBrowsePath(chunk.map(({ n }) => makeBrowsePath(root, n.text)));
    results.forEach((result, j) => {
      const target = result.statusCode.isGood() ? result.targets?.[0]?.targetId : undefined;
      out[chunk[j]!.i] = target
        ? { nodeId: canonicalNodeId(target.toString()) }
        : { problem: `the server has no node at this browse path (${result.statusCode.name})` };
    });
  }
  return out;
}
