/**
 * Field notes in the store: a note (and its audit row) is one transaction, written before its
 * comment is queued for a server; its delivery is read from the outbox row it points at, so a
 * replay that settles the comment later shows on the note without the note being touched.
 */
import type { AlarmId, AssetId, FieldNote, NoteDelivery, NotePhotoType, OutboxStatus } from "../../../contract/api";
import { AuditSql } from "./audit-repository";
import type { Db } from "./open-database";
import type { Person } from "./outbox-repository";
import { wordedDetail } from "../audit/worded-detail";

export interface NoteRecord {
  assetId: AssetId | null;
  alarmId: AlarmId | null;
  targetLabel: string;
  text: string;
  user: Person;
  /** Checked bytes and the type read from them. */
  photo: { type: NotePhotoType; bytes: Uint8Array } | null;
  /** Asset notes stay here; alarm notes are queued as comments right after. */
  createdAt?: number;
}

export interface NoteQuery {
  assetId: AssetId;
  /** Only notes written before this time. */
  before?: number;
  limit: number;
}

export interface NotesRepository {
  /** The note and its audit row in one transaction, or neither. */
  add(note: NoteRecord): Promise<FieldNote>;
  /** Links an alarm note to its comment's outbox row, or says why it could not be queued. */
  setDelivery(id: number, outboxId: number | null, problem: string | null): Promise<FieldNote>;
  forAsset(query: NoteQuery): Promise<FieldNote[]>;
  /** Notes written in [from, to), newest first, at most `limit` (a shift's notes for its handover). */
  between(range: { from: number; to: number; limit: number }): Promise<FieldNote[]>;
  get(id: number): Promise<FieldNote | null>;
  photo(id: number): Promise<{ type: NotePhotoType; bytes: Uint8Array } | null>;
}

const COLUMNS = `n.id, n.created_at, n.asset_id, n.alarm_id, n.target_label, n.text, n.user_name, n.role,
  n.photo_type, length(n.photo) AS photo_bytes, n.outbox_id, n.delivery_problem, o.status AS outbox_status`;
const FROM = "FROM field_note n LEFT JOIN outbox o ON o.id = n.outbox_id";

interface NoteDbRow {
  id: number;
  created_at: number;
  asset_id: string | null;
  alarm_id: string | null;
  target_label: string;
  text: string;
  user_name: string;
  role: string;
  photo_type: string | null;
  photo_bytes: number | null;
  outbox_id: number | null;
  delivery_problem: string | null;
  outbox_status: OutboxStatus | null;
}

function deliveryOf(r: NoteDbRow): NoteDelivery {
  if (r.outbox_id === null) return r.alarm_id === null ? "local" : "unsent";
  switch (r.outbox_status) {
    case null:
      return "settled";
    case "pending":
    case "sending":
      return "pending";
    case "done":
      return "sent";
    default:
      return r.outbox_status;
  }
}

function toNote(r: NoteDbRow): FieldNote {
  return {
    id: r.id,
    assetId: r.asset_id as AssetId | null,
    alarmId: r.alarm_id as AlarmId | null,
    targetLabel: r.target_label,
    text: r.text,
    createdAt: r.created_at,
    userName: r.user_name,
    role: r.role,
    photo: r.photo_type ? { type: r.photo_type as NotePhotoType, bytes: r.photo_bytes ?? 0 } : null,
    outboxId: r.outbox_id,
    delivery: deliveryOf(r),
    deliveryProblem: r.delivery_problem,
  };
}

/** Worker side. */
export class NotesSql {
  private readonly audit: AuditSql;

  constructor(private readonly db: Db) {
    this.audit = new AuditSql(db);
  }

  add(n: NoteRecord): FieldNote {
    const id = this.db.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO field_note (created_at, asset_id, alarm_id, target_label, text, user_name, role, photo, photo_type)
           VALUES (?,?,?,?,?,?,?,?,?)`,
        )
        .run(n.createdAt ?? Date.now(), n.assetId, n.alarmId, n.targetLabel, n.text, n.user.name, n.user.role, n.photo ? Buffer.from(n.photo.bytes) : null, n.photo?.type ?? null);
      const photo = n.photo ? ` (photo: ${n.photo.type})` : "";
      this.audit.append({ userName: n.user.name, role: n.user.role, action: "note", target: n.alarmId ?? n.assetId ?? "", detail: wordedDetail("note", { target: n.targetLabel, photo: n.photo?.type ?? null, text: n.text }, `Note on "${n.targetLabel}"${photo}: ${n.text}`) });
      return Number(lastInsertRowid);
    })();
    return this.get(id)!;
  }

  setDelivery(id: number, outboxId: number | null, problem: string | null): FieldNote {
    this.db.prepare("UPDATE field_note SET outbox_id = ?, delivery_problem = ? WHERE id = ?").run(outboxId, problem, id);
    return this.get(id)!;
  }

  forAsset(q: NoteQuery): FieldNote[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} ${FROM} WHERE n.asset_id = ? AND n.created_at < ? ORDER BY n.created_at DESC, n.id DESC LIMIT ?`)
      .all(q.assetId, q.before ?? Number.MAX_SAFE_INTEGER, q.limit) as NoteDbRow[];
    return rows.map(toNote);
  }

  between(q: { from: number; to: number; limit: number }): FieldNote[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} ${FROM} WHERE n.created_at >= ? AND n.created_at < ? ORDER BY n.created_at DESC, n.id DESC LIMIT ?`)
      .all(q.from, q.to, q.limit) as NoteDbRow[];
    return rows.map(toNote);
  }

  get(id: number): FieldNote | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE n.id = ?`).get(id) as NoteDbRow | undefined;
    return row ? toNote(row) : null;
  }

  photo(id: number): { type: NotePhotoType; bytes: Uint8Array } | null {
    const row = this.db.prepare("SELECT photo, photo_type FROM field_note WHERE id = ? AND photo IS NOT NULL").get(id) as
      | { photo: Buffer; photo_type: NotePhotoType }
      | undefined;
    return row ? { type: row.photo_type, bytes: row.photo } : null;
  }
}
