/**
 * Acknowledging (or confirming) many alarms with one comment: one contract call per alarm, as a
 * single action does, so each is authorised, audited and sent on its own and one refusal does not
 * stop the rest. A bounded number at a time, so a storm of 500 does not queue 500 calls at once.
 */
import type { ActionResult, AlarmId } from "../../../contract/api";

/**
 * One at a time. Measured against the simulator after a storm (500 returned, unacknowledged
 * alarms): sent one by one all 500 were accepted; with 2 in flight 49 and with 8 about 260 came
 * back BadEventIdUnknown although the core had heard of no newer event for them. Until that is
 * understood, a bulk acknowledge is sequential (500 take a few seconds).
 */
export const BULK_IN_FLIGHT = 1;

export type BulkOutcome =
  | { id: AlarmId; kind: "taken" }
  | { id: AlarmId; kind: "queued" }
  | { id: AlarmId; kind: "refused"; result: ActionResult | null; error: unknown };

export function outcomeKind(result: ActionResult): "taken" | "queued" | "refused" {
  if (result.status === "pending") return "queued";
  if (result.status === "conflict" || result.status === "failed") return "refused";
  return "taken";
}

/** Runs `call` for every id, at most `limit` at once; `progress` hears every settled call. */
export async function runBulk(
  ids: readonly AlarmId[],
  call: (id: AlarmId) => Promise<ActionResult>,
  progress: (done: number, outcome: BulkOutcome) => void = () => {},
  limit = BULK_IN_FLIGHT,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      let outcome: BulkOutcome;
      try {
        const result = await call(id);
        const kind = outcomeKind(result);
        outcome = kind === "refused" ? { id, kind, result, error: null } : { id, kind };
      } catch (error) {
        outcome = { id, kind: "refused", result: null, error };
      }
      outcomes.push(outcome);
      progress(outcomes.length, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, ids.length) }, worker));
  return outcomes;
}

export interface BulkSummary {
  taken: number;
  queued: number;
  refused: number;
}

export function summarize(outcomes: readonly BulkOutcome[]): BulkSummary {
  const s: BulkSummary = { taken: 0, queued: 0, refused: 0 };
  for (const o of outcomes) s[o.kind]++;
  return s;
}
