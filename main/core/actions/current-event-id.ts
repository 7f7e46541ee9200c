/**
 * The EventId a condition carries on its server right now (its EventId property). A comment is
 * about the condition, not about one state of it: a note written offline, or before a restart of
 * the server (every EventId changes), is sent quoting the condition's current event rather than
 * the one the person last saw, so it is not refused for the condition having moved on.
 */
import { AttributeIds, StatusCodes, makeBrowsePath, type ClientSession, type StatusCode } from "node-opcua";
import { callConditionMethod } from "../alarms/condition-methods";

/** null when the server does not expose the property (the caller quotes what it knows). */
export async function readCurrentEventId(session: ClientSession, conditionId: string): Promise<Buffer | null> {
  const [found] = await session.translateBrowsePath([makeBrowsePath(conditionId, "/EventId")]);
  const target = found?.statusCode === StatusCodes.Good ? found.targets?.[0]?.targetId : undefined;
  if (!target) return null;
  const value = await session.read({ nodeId: target, attributeId: AttributeIds.Value });
  const id: unknown = value.statusCode.isGood() ? value.value.value : null;
  return Buffer.isBuffer(id) && id.length > 0 ? id : null;
}

/**
 * AddComment quoting the condition's current event. The condition may raise another event between
 * the read and the call (a value crossing a limit); then the server answers BadEventIdUnknown and
 * the comment is asked again on the newer event, a few times, before it is a conflict.
 */
export async function commentOnCurrentEvent(session: ClientSession, conditionId: string, known: Buffer, comment: string): Promise<StatusCode> {
  for (let attempt = 1; ; attempt++) {
    const current = await readCurrentEventId(session, conditionId).catch(() => null);
    const status = await callConditionMethod(session, conditionId, "addComment", current ?? known, comment);
    if (status !== StatusCodes.BadEventIdUnknown || !current || attempt >= 3) return status;
  }
}
