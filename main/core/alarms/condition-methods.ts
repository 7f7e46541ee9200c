/** Part 9 methods called on a condition, with the session's (the user's) identity. */
import { DataType, StatusCodes, type ClientSession, type StatusCode } from "node-opcua";

export const METHOD_IDS = {
  acknowledge: "i=9111",
  confirm: "i=9113",
  addComment: "i=9029",
  conditionRefresh: "i=3875",
} as const;

export async function callConditionMethod(
  session: ClientSession,
  conditionId: string,
  method: "acknowledge" | "confirm" | "addComment",
  eventId: Buffer,
  comment: string,
): Promise<StatusCode> {
  const result = await session.call({
    objectId: conditionId,
    methodId: METHOD_IDS[method],
    inputArguments: [
      { dataType: DataType.ByteString, value: eventId },
      { dataType: DataType.LocalizedText, value: { text: comment } },
    ],
  });
  return result.statusCode;
}

/** Asks the server to resend every retained condition; needed after each (re)subscription. */
export async function conditionRefresh(session: ClientSession, subscriptionId: number): Promise<void> {
  const result = await session.call({
    objectId: "i=2782",
    methodId: METHOD_IDS.conditionRefresh,
    inputArguments: [{ dataType: DataType.UInt32, value: subscriptionId }],
  });
  if (result.statusCode !== StatusCodes.Good) {
    throw new Error(`ConditionRefresh refused: ${result.statusCode.toString()}`);
  }
}
