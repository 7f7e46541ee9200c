/**
 * Retention, run hourly by the core. The journal keeps the latest row of every alarm that is
 * still retained however old it is (a restart restores the alarm book from it); the outbox
 * drops only settled rows (done, discarded): pending, sending, conflict and failed wait for a
 * person. The audit trail is never pruned here.
 */
import type { Db } from "./open-database";

export interface Retention {
  journalDays: number;
  outboxDoneDays: number;
}

export const DEFAULT_RETENTION: Retention = { journalDays: 90, outboxDoneDays: 30 };

const DAY = 86_400_000;

export function prune(db: Db, retention: Retention, now = Date.now()): { journal: number; outbox: number } {
  return db.transaction(() => {
    const journal = db
      .prepare(
        `DELETE FROM alarm_journal WHERE received_at < ? AND seq NOT IN (
           SELECT j.seq FROM alarm_journal j
           WHERE j.seq IN (SELECT MAX(seq) FROM alarm_journal GROUP BY alarm_id)
             AND json_extract(j.state, '$.retain') = 1)`,
      )
      .run(now - retention.journalDays * DAY).changes;
    const outbox = db
      .prepare("DELETE FROM outbox WHERE status IN ('done','discarded') AND updated_at < ?")
      .run(now - retention.outboxDoneDays * DAY).changes;
    return { journal, outbox };
  })();
}
