/**
 * When a timed shelve ends. Part 9's UnshelveTime is the time left, which servers compute when it
 * is read (node-opcua among them), so a Shelve event may carry none; the shelved view must still
 * say until when, so the core reads it from the condition once after such an event.
 */
import { AttributeIds, StatusCodes, makeBrowsePath, type ClientSession } from "node-opcua";

/** Milliseconds left, or null when the server has no UnshelveTime for this condition. */
export async function readUnshelveTime(session: ClientSession, conditionId: string): Promise<number | null> {
  const [found] = await session.translateBrowsePath([makeBrowsePath(conditionId, "/ShelvingState/UnshelveTime")]);
  const target = found?.statusCode === StatusCodes.Good ? found.targets?.[0]?.targetId : undefined;
  if (!target) return null;
  const value = await session.read({ nodeId: target, attributeId: AttributeIds.Value });
  const left = value.statusCode.isGood() ? value.value.value : null;
  return typeof left === "number" && Number.isFinite(left) && left >= 0 ? left : null;
}
