/**
 * The shift handover (issue #8 item 5): what a supervisor reads of a shift before handing it over
 * (alarms by priority and service, KPIs, who did what, what is still open or shelved, field notes)
 * and the handover note the outgoing supervisor signs for the incoming shift. The summary only
 * reads the local store and the live alarm book (any window may ask); signing is an action through
 * the registry (the `handover` permission, checked by the core).
 */
import { z } from "zod";
import type { AlarmId } from "./ids";
import type { Priority } from "./domain";
import type { AlarmKpis } from "./history";
import type { FieldNote } from "./notes";
import type { AuditDetail } from "./audit-detail";

/** The shift going on now, or the one before it (the shift just handed over). */
export const SHIFT_CHOICES = ["current", "previous"] as const;
export type ShiftChoice = (typeof SHIFT_CHOICES)[number];

export const handoverSummaryArgs = z.object({ shift: z.enum(SHIFT_CHOICES).default("current") }).strict();

export const signHandoverArgs = z
  .object({
    /** The start of the shift the note hands over (a `from` the summary gave), ms since epoch. */
    shiftFrom: z.number().int().min(0).max(8.64e15),
    /** What the incoming shift must know, in the supervisor's words. */
    text: z.string().trim().min(1, "the handover note must not be empty").max(4000),
  })
  .strict();

/** A shift as the site's calendar names it: [from, to) in ms, and its wall-clock bounds in the site's zone. */
export interface ShiftSpan {
  which: ShiftChoice;
  from: number;
  to: number;
  /** "07:00", "15:00": the site's shift starts, as the site config writes them. */
  startsAt: string;
  endsAt: string;
}

/** An alarm still standing at handover (active or unacknowledged) or shelved then. */
export interface HandoverAlarm {
  alarmId: AlarmId;
  /** Server text: render as text, never HTML. */
  sourceName: string;
  conditionName: string;
  message: string;
  priority: Priority;
  service: string | null;
  active: boolean;
  acked: boolean;
  activeSince: number | null;
  shelved: boolean;
  /** Who shelved it and when (the audit trail's last shelve of it); null when not shelved or not shelved here. */
  shelvedBy: string | null;
  shelvedAt: number | null;
  /** The shelve's reason as the person wrote it. */
  shelveReason: string | null;
  /** When the shelve ends (timed); null for one-shot or not known. */
  shelvedUntil: number | null;
  shelveKind: "timed" | "one-shot" | null;
}

/** One audited action of the shift. */
export interface HandoverAction {
  /** Unique in this store's history (for list keys). */
  key: string;
  time: number;
  userName: string;
  role: string;
  /** acknowledge, confirm, shelve, note, sign-in, handover-note, … */
  action: string;
  /** "source: message" of the alarm acted on, when it is one the journal knows. */
  targetLabel: string | null;
  /** The English sentence written with the action (the audit's own words). */
  detail: string;
  /** The same as a code and parameters for the window to word; null: an old row, only its sentence. */
  worded: AuditDetail | null;
  /** What the person wrote, for a field note or a handover note (read from the audit line); null otherwise. */
  text: string | null;
}

/** A signed handover note. */
export interface HandoverNote {
  id: number;
  shiftFrom: number;
  shiftTo: number;
  text: string;
  userName: string;
  role: string;
  signedAt: number;
}

export interface HandoverServiceCount {
  /** null: alarms of no known asset's service. */
  service: string | null;
  counts: Record<Priority, number>;
  total: number;
}

export interface HandoverSummary {
  shift: ShiftSpan;
  /** The site's time zone: every time of the report is shown in it. */
  timeZone: string;
  /** When the core put the summary together (the report's "as of"). */
  generatedAt: number;
  /** Alarm activations of the shift by priority, and by service (most first). */
  byPriority: Record<Priority, number>;
  byService: HandoverServiceCount[];
  kpis: AlarmKpis;
  /** Audited actions of the shift, newest first; `actionsMore` says there were more than shown. */
  actions: HandoverAction[];
  actionsMore: boolean;
  /** Standing at handover: active, or returned but unacknowledged (not shelved, in service). */
  openAlarms: HandoverAlarm[];
  shelvedAlarms: HandoverAlarm[];
  /** Field notes written during the shift, newest first. */
  notes: FieldNote[];
  /** Handover notes signed for this shift, newest first (the first is the one that counts). */
  handoverNotes: HandoverNote[];
  /** What the shift before this one handed over: the note the incoming shift reads first. */
  receivedNote: HandoverNote | null;
}
