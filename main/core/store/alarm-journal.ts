/** Every alarm state the core saw, in order: the alarm history that works offline. */
import type { AlarmId, AlarmState } from "../../../contract/api";
import type { Db } from "./database";

export class AlarmJournal {
  private readonly insert;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      "INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, event_id, state) VALUES (?,?,?,?,?,?)",
    );
  }

  /** One transaction for a batch: an alarm flood is hundreds of events a second. */
  append(states: AlarmState[], eventIdOf: (alarmId: AlarmId) => Buffer | undefined): void {
    if (states.length === 0) return;
    const now = Date.now();
    this.db.transaction(() => {
      for (const s of states) {
        const eventId = s.retain ? (eventIdOf(s.id)?.toString("hex") ?? null) : null;
        this.insert.run(now, s.endpointId, s.id, s.time, eventId, JSON.stringify(s));
      }
    })();
  }

  /** The last journaled state of every alarm; closed ones have retain = false. */
  latest(): { state: AlarmState; eventId: Buffer | null }[] {
    return (
      this.db
        .prepare("SELECT state, event_id FROM alarm_journal WHERE seq IN (SELECT MAX(seq) FROM alarm_journal GROUP BY alarm_id)")
        .all() as { state: string; event_id: string | null }[]
    ).map((r) => ({ state: JSON.parse(r.state) as AlarmState, eventId: r.event_id ? Buffer.from(r.event_id, "hex") : null }));
  }

  history(alarmId: AlarmId): AlarmState[] {
    return (
      this.db.prepare("SELECT state FROM alarm_journal WHERE alarm_id = ? ORDER BY seq").all(alarmId) as { state: string }[]
    ).map((r) => JSON.parse(r.state) as AlarmState);
  }
}
