/**
 * The history part of preparing for the field: every tag of the area, its range filled from the
 * server where the workstation did not record it (readHistory's fill, which keeps what it
 * reads). One tag at a time so the servers' other clients are not starved; a tag whose server
 * keeps no history is counted and named, not retried.
 */
import type { TagId } from "../../../contract/api";
import { SERVER_POINTS_PER_CALL } from "../history/history-reader";

/** Estimate only: a tag changes at most about every 10 s, a raw row takes about 40 bytes. */
export const HISTORY_SAMPLE_EVERY_MS = 10_000;
export const HISTORY_BYTES_PER_SAMPLE = 40;
/** A tag gets at most this many fill calls per preparation (each reads up to SERVER_POINTS_PER_CALL). */
const CALLS_PER_TAG = 5;
export const MAX_SAMPLES_PER_TAG = CALLS_PER_TAG * SERVER_POINTS_PER_CALL;

export async function fillAreaHistory(
  tagIds: readonly TagId[],
  from: number,
  to: number,
  fill: (tagId: TagId, from: number, to: number) => Promise<{ gapsLeft: number; problem: string | null }>,
  signal: AbortSignal,
  tagDone: () => void,
): Promise<{ failed: number; problem: string | null }> {
  let failed = 0;
  let example: string | null = null;
  for (const tagId of tagIds) {
    if (signal.aborted) break;
    for (let call = 0; call < CALLS_PER_TAG; call++) {
      const answer = await fill(tagId, from, to);
      if (answer.problem) {
        failed++;
        example ??= answer.problem;
        break;
      }
      if (answer.gapsLeft === 0) break;
    }
    tagDone();
  }
  return { failed, problem: failed > 0 ? `the history of ${failed} of ${tagIds.length} tags could not be completed (e.g. ${example})` : null };
}
