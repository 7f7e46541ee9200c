/**
 * The EventId a condition carries on its server right now (its EventId property). A comment is
 * about the condition, not about one state of it: a note written offline, or before a restart of
 * the server (every EventId changes), is sent quoting the condition's current event rather than
 * the one the person last saw, so it is not refused for the condition having moved on.
 */
import { AttributeIds, StatusCodes, makeBrowsePath, type ClientSession } from "node-opcua";

/** null when the server does not expose the property (the caller quotes what it knows). */
export async function readCurrentEventId(session: ClientSession, conditionId: string): Promise<Buffer | null> {
  const [found] = await session.translateBrowsePath([makeBrowsePath(conditionId, "/EventId")]);
  const target = found?.statusCode === StatusCodes.Good ? found.targets?.[0]?.targetId : undefined;
  if (!target) return null;
  const value = await session.read({ nodeId: target, attributeId: AttributeIds.Value });
  const id: unknown = value.statusCode.isGood() ? value.value.value : null;
  return Buffer.isBuffer(id) && id.length > 0 ? id : null;
}
