/** Every alarm state the core saw, in order: the alarm history that works offline. */
import type { AlarmState } from "../../../preload/api";
import type { Db } from "./database";

export class AlarmJournal {
  private readonly insert;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      "INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, state) VALUES (?,?,?,?,?)",
    );
  }

  /** One transaction for a batch: an alarm flood is hundreds of events a second. */
  append(states: AlarmState[]): void {
    if (states.length === 0) return;
    const now = Date.now();
    this.db.transaction(() => {
      for (const s of states) this.insert.run(now, s.endpointId, s.id, s.time, JSON.stringify(s));
    })();
  }

  history(alarmId: string): AlarmState[] {
    return (
      this.db.prepare("SELECT state FROM alarm_journal WHERE alarm_id = ? ORDER BY seq").all(alarmId) as { state: string }[]
    ).map((r) => JSON.parse(r.state) as AlarmState);
  }
}
