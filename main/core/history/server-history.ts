/**
 * Raw history of one variable from its server (OPC UA HistoryRead, ReadRawModifiedDetails),
 * bounded: one request of at most `maxPoints` values, oldest first. When the server has more it
 * hands back a continuation point, which is released at once (servers keep few of them per
 * session) and the caller learns how far the answer reached.
 */
import {
  HistoryData,
  HistoryReadRequest,
  ReadRawModifiedDetails,
  StatusCodes,
  TimestampsToReturn,
  type ClientSession,
  type DataValue,
} from "node-opcua";
import type { TagId, TagValue } from "../../../contract/api";
import { toTagValue } from "../values/value-monitor";

export interface ServerHistory {
  values: TagValue[];
  /** Everything in the range was read (no continuation left). */
  complete: boolean;
  /** The server keeps no history of this node (or will not let us read it). */
  unsupported: string | null;
}

const NOT_HISTORIZED = new Set<number>([
  StatusCodes.BadHistoryOperationUnsupported.value,
  StatusCodes.BadHistoryOperationInvalid.value,
  StatusCodes.BadNotReadable.value,
  StatusCodes.BadUserAccessDenied.value,
  StatusCodes.BadNodeIdUnknown.value,
]);

export async function readServerHistory(session: ClientSession, tagId: TagId, nodeId: string, from: number, to: number, maxPoints: number): Promise<ServerHistory> {
  const details = (releaseContinuationPoints: boolean, continuationPoint?: Buffer) =>
    new HistoryReadRequest({
      historyReadDetails: new ReadRawModifiedDetails({
        startTime: new Date(from),
        endTime: new Date(to),
        isReadModified: false,
        numValuesPerNode: maxPoints,
        returnBounds: false,
      }),
      nodesToRead: [{ nodeId, continuationPoint }],
      releaseContinuationPoints,
      timestampsToReturn: TimestampsToReturn.Both,
    });
  const response = await session.historyRead(details(false));
  const result = response.results?.[0];
  if (!result) return { values: [], complete: true, unsupported: null };
  const status = result.statusCode;
  if (NOT_HISTORIZED.has(status.value)) return { values: [], complete: true, unsupported: status.toString() };
  if (status.isBad()) throw new Error(`HistoryRead of ${nodeId}: ${status.toString()}`);
  const data = result.historyData instanceof HistoryData ? (result.historyData.dataValues ?? []) : [];
  const continuation = result.continuationPoint;
  if (continuation && continuation.length > 0) {
    await session.historyRead(details(true, continuation)).catch(() => undefined);
  }
  const values = data
    .filter((dv: DataValue) => dv.sourceTimestamp ?? dv.serverTimestamp)
    .map((dv: DataValue) => toTagValue(tagId, dv))
    .filter((v) => v.sourceTime >= from && v.sourceTime <= to);
  return { values, complete: !continuation || continuation.length === 0, unsupported: null };
}
