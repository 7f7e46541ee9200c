/**
 * Handover notes: written once when a supervisor signs (the action's audit row was written with
 * the outbox row before), read per shift, newest first.
 */
import type { HandoverNote } from "../../../contract/handover";
import type { Db } from "./open-database";

export interface HandoverRecord {
  shiftFrom: number;
  shiftTo: number;
  text: string;
  userName: string;
  role: string;
  signedAt: number;
}

export interface HandoverRepository {
  add(note: HandoverRecord): Promise<HandoverNote>;
  /** Notes signed for the shift that started at `shiftFrom`, newest first. */
  forShift(shiftFrom: number): Promise<HandoverNote[]>;
}

interface Row {
  id: number;
  shift_from: number;
  shift_to: number;
  text: string;
  user_name: string;
  role: string;
  signed_at: number;
}

const toNote = (r: Row): HandoverNote => ({
  id: r.id,
  shiftFrom: r.shift_from,
  shiftTo: r.shift_to,
  text: r.text,
  userName: r.user_name,
  role: r.role,
  signedAt: r.signed_at,
});

/** Worker side. */
export class HandoverSql {
  constructor(private readonly db: Db) {}

  add(n: HandoverRecord): HandoverNote {
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO handover_note (shift_from, shift_to, text, user_name, role, signed_at) VALUES (?,?,?,?,?,?)")
      .run(n.shiftFrom, n.shiftTo, n.text, n.userName, n.role, n.signedAt);
    return toNote(this.db.prepare("SELECT * FROM handover_note WHERE id = ?").get(Number(lastInsertRowid)) as Row);
  }

  forShift(shiftFrom: number): HandoverNote[] {
    const rows = this.db.prepare("SELECT * FROM handover_note WHERE shift_from = ? ORDER BY signed_at DESC, id DESC").all(shiftFrom) as Row[];
    return rows.map(toNote);
  }
}
