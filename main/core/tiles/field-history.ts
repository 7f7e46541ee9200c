/**
 * The history part of preparing for the field: every tag of the area, its range filled from the
 * server where the workstation did not record it (readHistory's fill, which keeps what it
 * reads). One tag at a time so the servers' other clients are not starved; a tag whose server
 * keeps no history is counted and named, not retried.
 */
import type { TagId } from "../../../contract/api";
import { SERVER_POINTS_PER_CALL } from "../history/history-reader";

/**
 * Estimate only, an upper bound for most tags: a sample a minute (measurements change about
 * that often once deadbands apply; many states far less), about 40 bytes a raw row.
 */
export const HISTORY_SAMPLE_EVERY_MS = 60_000;
export const HISTORY_BYTES_PER_SAMPLE = 40;
/** A tag gets at most this many fill calls per preparation (each reads up to SERVER_POINTS_PER_CALL). */
const CALLS_PER_TAG = 5;
export const MAX_SAMPLES_PER_TAG = CALLS_PER_TAG * SERVER_POINTS_PER_CALL;

export interface HistoryFillAnswer {
  gapsLeft: number;
  /** The server said it keeps no history of this tag: not a failure, nothing more to ask. */
  notKept: boolean;
  problem: string | null;
}

export interface AreaHistory {
  filled: number;
  notKept: number;
  failed: number;
  problem: string | null;
}

export async function fillAreaHistory(
  tagIds: readonly TagId[],
  from: number,
  to: number,
  fill: (tagId: TagId, from: number, to: number) => Promise<HistoryFillAnswer>,
  signal: AbortSignal,
  tagDone: (so: AreaHistory) => void,
): Promise<AreaHistory> {
  const so: AreaHistory = { filled: 0, notKept: 0, failed: 0, problem: null };
  for (const tagId of tagIds) {
    if (signal.aborted) break;
    for (let call = 0; ; call++) {
      const answer = await fill(tagId, from, to);
      if (answer.notKept) {
        so.notKept++;
        break;
      }
      if (answer.problem) {
        so.failed++;
        so.problem ??= answer.problem;
        break;
      }
      // Gaps the server had nothing for stay gaps; after CALLS_PER_TAG the tag has what there is.
      if (answer.gapsLeft === 0 || call + 1 >= CALLS_PER_TAG) {
        so.filled++;
        break;
      }
    }
    tagDone({ ...so });
  }
  return so;
}
