/**
 * Conditions that are out of service on the server. A disabled condition sends no events and no
 * ConditionRefresh resends it (Retain is false: Part 9 §5.5.2), so a condition that was disabled
 * before we connected would never be listed, and a person could not bring it back into service.
 * Part 9's own way to find conditions is the event hierarchy: from the Server object along
 * HasNotifier/HasEventSource to the sources, and each source's HasCondition. Its conditions'
 * EnabledState is read; those disabled are returned with their names. Bounded: a server with a
 * huge hierarchy is walked only so far.
 */
import { AttributeIds, BrowseDirection, makeBrowsePath, ReferenceTypeIds, resolveNodeId, type ClientSession } from "node-opcua";

const MAX_NODES = 5_000;
const PER_REQUEST = 100;

export interface DisabledCondition {
  conditionId: string;
  sourceNode: string;
  sourceName: string;
  conditionName: string;
}

export async function findDisabledConditions(session: ClientSession): Promise<DisabledCondition[]> {
  const conditions = new Map<string, string>(); // condition -> its source
  const seen = new Set<string>(["ns=0;i=2253"]);
  let frontier = ["ns=0;i=2253"];
  while (frontier.length > 0 && seen.size < MAX_NODES) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += PER_REQUEST) {
      const slice = frontier.slice(i, i + PER_REQUEST);
      const browse = (referenceTypeId: number) =>
        session.browse(slice.map((nodeId) => ({ nodeId, referenceTypeId: resolveNodeId(referenceTypeId), browseDirection: BrowseDirection.Forward, includeSubtypes: true, nodeClassMask: 0, resultMask: 0 })));
      const [sources, held] = await Promise.all([browse(ReferenceTypeIds.HasEventSource), browse(ReferenceTypeIds.HasCondition)]);
      slice.forEach((source, j) => {
        for (const ref of held[j]?.references ?? []) conditions.set(ref.nodeId.toString(), source);
        for (const ref of sources[j]?.references ?? []) {
          const id = ref.nodeId.toString();
          if (seen.has(id)) continue;
          seen.add(id);
          next.push(id);
        }
      });
    }
    frontier = next;
  }
  const ids = [...conditions.keys()];
  const found: DisabledCondition[] = [];
  for (let i = 0; i < ids.length; i += PER_REQUEST) {
    const slice = ids.slice(i, i + PER_REQUEST);
    const paths = slice.flatMap((id) => ["/EnabledState/Id", "/SourceName", "/ConditionName"].map((p) => makeBrowsePath(id, p)));
    const targets = await session.translateBrowsePath(paths);
    const nodes = targets.map((t) => t.targets?.[0]?.targetId);
    const values = await session.read(nodes.map((nodeId) => ({ nodeId: nodeId ?? resolveNodeId("ns=0;i=0"), attributeId: AttributeIds.Value })));
    slice.forEach((conditionId, j) => {
      const [enabled, sourceName, conditionName] = [0, 1, 2].map((k) => (nodes[j * 3 + k] ? values[j * 3 + k]?.value.value : undefined) as unknown);
      if (enabled !== false) return;
      found.push({
        conditionId,
        sourceNode: conditions.get(conditionId)!,
        sourceName: typeof sourceName === "string" ? sourceName : "",
        conditionName: typeof conditionName === "string" ? conditionName : conditionId,
      });
    });
  }
  return found;
}
