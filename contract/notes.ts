/**
 * Field notes and an asset's maintenance history. A note (text, time, the signed-in person, an
 * optional photo) is written on an asset or on an alarm and kept in the workstation's store
 * first, online or offline; a note on an alarm is also sent to its server as a condition comment
 * (Part 9 AddComment) through the outbox, so it reaches the server later when written offline.
 * The maintenance history puts an asset's notes, alarm states and actions on one time line.
 */
import { z } from "zod";
import type { AlarmHistoryAuditRow, AlarmHistoryStateRow } from "./history";
import { looksLikeId, type AlarmId, type AssetId } from "./ids";

/** Photo types a note takes; the core reads the file's first bytes, not only its claimed type. */
export const NOTE_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"] as const;
export type NotePhotoType = (typeof NOTE_PHOTO_TYPES)[number];
/** 5 MB: a phone photo fits; the store stays small enough to carry into the field. */
export const NOTE_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** A condition comment is at most this long (the comment action's own limit). */
export const NOTE_TEXT_MAX = 2000;

const time = z.number().int().min(0).max(8.64e15);
const assetIdArg = z.custom<AssetId>((v) => typeof v === "string" && v.length <= 2048 && looksLikeId(v), "an asset id (endpoint|node)");
const alarmIdArg = z.custom<AlarmId>((v) => typeof v === "string" && v.length <= 4096 && looksLikeId(v), "an alarm id (endpoint|node)");

export const addNoteArgs = z
  .object({
    /** The asset the note is about; with `alarmId`, the alarm's asset is used. */
    assetId: assetIdArg.optional(),
    /** The alarm the note is about: it also becomes a comment on the condition at its server. */
    alarmId: alarmIdArg.optional(),
    text: z.string().trim().min(1, "a note needs some text").max(NOTE_TEXT_MAX),
    photo: z
      .object({
        /** The type the file claimed (checked against its content by the core). */
        type: z.string().max(200),
        /**
         * The file as base64. The bound here only keeps absurd messages out; the 5 MB limit is
         * checked on the decoded bytes, so a person is told the size in words.
         */
        data: z.string().min(1).max(16 * 1024 * 1024, "a photo of at most 5 MB"),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((a) => a.assetId !== undefined || a.alarmId !== undefined, { message: "a note is on an asset or on an alarm", path: ["assetId"] });

export const maintenanceHistoryArgs = z
  .object({
    assetId: assetIdArg,
    /** The `next` of the previous page: only entries before this time. */
    before: time.optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

export const notePhotoArgs = z.object({ noteId: z.number().int().positive() }).strict();

/**
 * Where a note stands with its server. local: an asset note, kept on the workstation only;
 * unsent: an alarm note that could not be queued (deliveryProblem says why); pending, sent,
 * conflict, failed, discarded: its condition comment's outbox row; settled: that row was settled
 * and later pruned by the outbox retention (30 days), so only the server's journal tells more.
 */
export const NOTE_DELIVERIES = ["local", "unsent", "pending", "sent", "conflict", "failed", "discarded", "settled"] as const;
export type NoteDelivery = (typeof NOTE_DELIVERIES)[number];

export interface FieldNote {
  id: number;
  assetId: AssetId | null;
  alarmId: AlarmId | null;
  /** What the asset or alarm was called when the note was written (server text). */
  targetLabel: string;
  text: string;
  /** When the person wrote it (the workstation's clock), ms since epoch. */
  createdAt: number;
  userName: string;
  role: string;
  photo: { type: NotePhotoType; bytes: number } | null;
  /** The outbox row of its condition comment, for alarm notes that were queued. */
  outboxId: number | null;
  delivery: NoteDelivery;
  deliveryProblem: string | null;
}

export type MaintenanceEntry =
  | { kind: "note"; key: string; time: number; note: FieldNote }
  | { kind: "alarm"; key: string; time: number; alarm: AlarmHistoryStateRow }
  | { kind: "action"; key: string; time: number; action: AlarmHistoryAuditRow };

export interface MaintenanceHistoryPage {
  /** Newest first. */
  entries: MaintenanceEntry[];
  /** Pass as `before` for older entries; null when there are none. */
  next: number | null;
}

export interface NotePhoto {
  type: NotePhotoType;
  /** base64 */
  data: string;
}
