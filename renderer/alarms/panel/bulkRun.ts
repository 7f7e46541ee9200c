/**
 * Acknowledging (or confirming) many alarms with one comment: one contract call per alarm, as a
 * single action does, so each is authorised, audited and sent on its own and one refusal does not
 * stop the rest. A bounded number at a time, so a storm of 500 does not queue 500 calls at once.
 */
import type { ActionResult, AlarmId } from "../../../contract/api";

/**
 * Several at a time. With 8 in flight the simulator once refused a third of 508 returned alarms as
 * BadEventIdUnknown: node-opcua kept the called condition in the session's one context across an
 * await, so one call ran on another call's condition (main/simulator/call-context.ts). Fixed there,
 * 508 of 508 are taken (test/integration/interop/part9-bulk-ack.test.ts).
 */
export const BULK_IN_FLIGHT = 8;

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
