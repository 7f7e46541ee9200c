/**
 * Part 9 methods that are not on the condition itself (shelving, on its ShelvingState object)
 * or take no EventId (Enable, Disable), called with the session's (the person's) identity.
 */
import {
  DataType,
  StatusCodes,
  makeBrowsePath,
  resolveNodeId,
  type ClientSession,
  type StatusCode,
} from "node-opcua";

export const SHELVING_METHOD_IDS = {
  timedShelve: "i=2949",
  oneShotShelve: "i=2948",
  unshelve: "i=2947",
} as const;
export const ENABLE_METHOD_IDS = { enable: "i=9027", disable: "i=9028" } as const;

/** The condition's ShelvingState component; null when the condition has none (not shelvable). */
async function shelvingStateOf(session: ClientSession, conditionId: string): Promise<string | null> {
  const [result] = await session.translateBrowsePath([makeBrowsePath(resolveNodeId(conditionId), "/ShelvingState")]);
  const target = result?.targets?.[0]?.targetId;
  return result?.statusCode.isGood() && target ? target.toString() : null;
}

export async function callShelving(
  session: ClientSession,
  conditionId: string,
  method: keyof typeof SHELVING_METHOD_IDS,
  durationMs?: number,
): Promise<StatusCode> {
  const shelving = await shelvingStateOf(session, conditionId);
  if (!shelving) return StatusCodes.BadMethodInvalid;
  const result = await session.call({
    objectId: shelving,
    methodId: SHELVING_METHOD_IDS[method],
    inputArguments: method === "timedShelve" ? [{ dataType: DataType.Double, value: durationMs ?? 0 }] : [],
  });
  return result.statusCode;
}

export async function callEnable(session: ClientSession, conditionId: string, enable: boolean): Promise<StatusCode> {
  const result = await session.call({
    objectId: conditionId,
    methodId: enable ? ENABLE_METHOD_IDS.enable : ENABLE_METHOD_IDS.disable,
    inputArguments: [],
  });
  return result.statusCode;
}
