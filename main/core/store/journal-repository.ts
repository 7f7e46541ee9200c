/** Every alarm state the core saw, in order: the alarm history that works offline. */
import type { AlarmId, AlarmState } from "../../../contract/api";
import type { Db } from "./open-database";

export interface JournalRow {
  state: AlarmState;
  /** The event id to acknowledge with, as hex; null when the condition is not retained. */
  eventId: string | null;
}

export interface JournalRepository {
  /** One transaction for a batch: an alarm flood is hundreds of events a second. */
  append(rows: JournalRow[]): Promise<void>;
  /** The last journaled state of every alarm; closed ones have retain = false. */
  latest(): Promise<{ state: AlarmState; eventId: Buffer | null }[]>;
  history(alarmId: AlarmId): Promise<AlarmState[]>;
}

/** Worker side. Event ids stay hex here: a Buffer arrives on the other side as a bare Uint8Array. */
export class JournalSql {
  private readonly insert;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      "INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, event_id, state) VALUES (?,?,?,?,?,?)",
    );
  }

  append(rows: JournalRow[]): void {
    if (rows.length === 0) return;
    const now = Date.now();
    this.db.transaction(() => {
      for (const { state: s, eventId } of rows) this.insert.run(now, s.endpointId, s.id, s.time, eventId, JSON.stringify(s));
    })();
  }

  latest(): JournalRow[] {
    return (
      this.db
        .prepare("SELECT state, event_id FROM alarm_journal WHERE seq IN (SELECT MAX(seq) FROM alarm_journal GROUP BY alarm_id)")
        .all() as { state: string; event_id: string | null }[]
    ).map((r) => ({ state: JSON.parse(r.state) as AlarmState, eventId: r.event_id }));
  }

  history(alarmId: AlarmId): AlarmState[] {
    return (
      this.db.prepare("SELECT state FROM alarm_journal WHERE alarm_id = ? ORDER BY seq").all(alarmId) as { state: string }[]
    ).map((r) => JSON.parse(r.state) as AlarmState);
  }
}
