/**
 * Alarm history and alarm KPIs (EEMUA 191 / ISA-18.2): what a history view and a KPI screen ask
 * of the core, and what they get back. Both read the local journal and audit trail only, so they
 * work offline and any window may ask (no sign-in needed).
 */
import { z } from "zod";
import type { AuditDetail } from "./audit-detail";
import type { Priority } from "./domain";
import { looksLikeId, type AlarmId, type AssetId } from "./ids";

export const ALARM_PRIORITIES = ["low", "medium", "high", "critical"] as const satisfies readonly Priority[];
export const HISTORY_ROW_KINDS = ["alarm", "audit"] as const;
export type HistoryRowKind = (typeof HISTORY_ROW_KINDS)[number];

/** Milliseconds since epoch, as every time in the contract. */
const time = z.number().int().min(0).max(8.64e15);
const range = { from: time, to: time };
const fromBeforeTo = (a: { from: number; to: number }) => a.from <= a.to;

export const searchAlarmHistoryArgs = z
  .object({
    ...range,
    /**
     * Words that must all appear (in any order) in the source name, condition name, message,
     * comment, user or audit detail; case- and diacritic-insensitive (č, ć → c, đ → dj, š → s,
     * ž → z; Serbian Cyrillic reads as Latin).
     */
    text: z.string().trim().max(500).optional(),
    priorities: z.array(z.enum(ALARM_PRIORITIES)).max(ALARM_PRIORITIES.length).optional(),
    services: z.array(z.string().min(1).max(200)).max(100).optional(),
    districts: z.array(z.string().min(1).max(200)).max(100).optional(),
    assetId: z.custom<AssetId>((v) => typeof v === "string" && v.length <= 2048 && looksLikeId(v), "an asset id (endpoint|node)").optional(),
    /** One condition's states and the actions taken on it (a detail view's history). */
    alarmId: z.custom<AlarmId>((v) => typeof v === "string" && v.length <= 4096 && looksLikeId(v), "an alarm id (endpoint|node)").optional(),
    /** Part of a person's name (audit rows) or the OPC UA user of a comment (alarm rows), folded like text. */
    user: z.string().trim().min(1).max(256).optional(),
    /** Only alarm states, or only audit entries; both when absent. */
    kinds: z.array(z.enum(HISTORY_ROW_KINDS)).min(1).max(HISTORY_ROW_KINDS.length).optional(),
    limit: z.number().int().min(1).max(10_000).default(1000),
    /** The `next` of the previous page. */
    cursor: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine(fromBeforeTo, { message: "from must not be after to", path: ["from"] });

export const alarmKpisArgs = z
  .object({
    ...range,
    service: z.string().min(1).max(200).optional(),
    /** An operator position's id from the site: its services and districts only (with `service`, both apply). */
    position: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine(fromBeforeTo, { message: "from must not be after to", path: ["from"] });

/** One journaled alarm state: what the condition looked like after an event. */
export interface AlarmHistoryStateRow {
  kind: "alarm";
  /** Unique in this store's history (for list keys). */
  key: string;
  /** The event's time (server), ms since epoch. */
  time: number;
  /** When this workstation received it. */
  receivedAt: number;
  alarmId: AlarmId;
  assetId: AssetId | null;
  /** Server text: render as text, never HTML. */
  sourceName: string;
  conditionName: string;
  message: string;
  severity: number;
  priority: Priority;
  /** The asset's service and district, when the asset model knows the asset. */
  service: string | null;
  district: string | null;
  active: boolean;
  acked: boolean;
  /** null: the server has no ConfirmedState. */
  confirmed: boolean | null;
  shelved: boolean;
  returned: boolean;
  enabled: boolean;
  lastComment: string | null;
  lastCommentUser: string | null;
}

/** One audit entry: an action on an alarm, a discard or retry, a sign-in or sign-out. */
export interface AlarmHistoryAuditRow {
  kind: "audit";
  key: string;
  time: number;
  /** The person's name as audited, and their role then. */
  userName: string;
  role: string;
  /** acknowledge, confirm, comment, shelve, unshelve, enable, disable, discard, sign-in, sign-out, … */
  action: string;
  /** The raw target: an alarm id, or a login for sign-in/out. */
  target: string;
  /** "source: message" of the alarm the target names, from the journal; null when it is not an alarm we journaled. */
  targetLabel: string | null;
  /** Human sentence written with the action (English). */
  detail: string;
  /** The same as a code and parameters for the window to word; null: written before worded details. */
  worded: AuditDetail | null;
  /** Set when the target is a journaled alarm, with what the journal last knew of it. */
  alarmId: AlarmId | null;
  priority: Priority | null;
  service: string | null;
  district: string | null;
}

export type AlarmHistoryRow = AlarmHistoryStateRow | AlarmHistoryAuditRow;

export interface AlarmHistoryPage {
  /** Newest first. */
  rows: AlarmHistoryRow[];
  /** Pass as `cursor` for the next (older) page; null when this was the last one. */
  next: string | null;
}

/**
 * A figure beside its target. `meets` is null when the target is not a limit the figure can
 * pass or fail (a count tracked for information).
 */
export interface KpiFigure {
  value: number;
  /** EEMUA 191 / ISA-18.2 target; null when the standards give none. */
  target: number | null;
  /** How the value compares with the target: at most (≤) the target. */
  comparison: "at-most" | null;
  meets: boolean | null;
}

/** A rate over fixed-length windows: the average over the range and the busiest sliding window. */
export interface KpiRate {
  average: KpiFigure;
  peak: KpiFigure;
  /** Start of the busiest window, ms since epoch; null with no activations. */
  peakAt: number | null;
}

export interface KpiCondition {
  alarmId: AlarmId;
  sourceName: string;
  conditionName: string;
  priority: Priority;
  service: string | null;
}

export interface AlarmKpis {
  from: number;
  to: number;
  service: string | null;
  /** The operator position asked for, or null. */
  position: string | null;
  /** Activations (a condition going from inactive to active) in the range. */
  activations: number;
  /** Activations per 10 minutes: average ≤ 1 very likely acceptable (≤ 2 manageable), peak ≤ 10. */
  per10Minutes: KpiRate;
  /** Activations per hour: average ≤ 6 (ISA-18.2); the hourly peak has no standard target. */
  perHour: KpiRate;
  /** Share of the range's time (%) in which the preceding 10 minutes held more than 10 activations; target < 1 %. */
  floodPercent: KpiFigure;
  /** Separate flood periods in the range. */
  floods: number;
  /** Conditions with ≥ 3 activations within 60 s; target 0. */
  chattering: KpiFigure;
  chatteringConditions: (KpiCondition & { activations: number })[];
  /** Active for more than 24 h at the end of the range; target ≤ 5. */
  stale: KpiFigure;
  staleConditions: (KpiCondition & { activeSince: number })[];
  /** Active at the end of the range; target ≤ 10 (EEMUA 191). */
  standing: KpiFigure;
  /** Shelved at the end of the range; no numeric target (to be reviewed each shift). */
  shelved: KpiFigure;
  /**
   * Activations by priority (% of all), against 80 / 15 / 5 (low / medium / high, critical
   * counted with high); `counts` are the plain numbers.
   */
  prioritySplit: {
    counts: Record<Priority, number>;
    percent: Record<Priority, number>;
    target: { low: number; medium: number; highAndCritical: number };
    /**
     * No more important alarms than the target allows: high and critical together ≤ 5 % and
     * medium, high and critical together ≤ 20 % (so at least 80 % low); null with no activations.
     */
    meets: boolean | null;
  };
  /** The 10 conditions with the most activations, most first. */
  badActors: (KpiCondition & { activations: number; percent: number })[];
  /** Share of all activations (%) from the top 10; ISA-18.2 target ≤ 5 %. */
  badActorShare: KpiFigure;
}
