/**
 * The history table's columns and what each shows for a row, as plain text. The screen and the
 * CSV export both read rows through here, so the file says what the operator saw.
 */
import type { TFunction } from "i18next";
import type { AlarmHistoryAuditRow, AlarmHistoryRow, AlarmHistoryStateRow } from "../../contract/api";
import { alarmStateText, type AlarmStateFacts } from "../alarms/alarmStateText";
import { PRIORITY_LABEL } from "../alarms/priority";
import { tk, type Key } from "../i18n/keys";
import { actionName } from "../i18n/actionName";
import { roleName } from "../shell/roleName";
import { serviceName } from "../values/serviceNames";
import { describeAuditDetail, type DetailFormats } from "../i18n/auditDetail";

export const HISTORY_COLUMNS = ["time", "priority", "source", "condition", "message", "state", "user", "detail", "service", "district"] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

export const COLUMN_LABEL = {
  time: tk("history.column.time"),
  priority: tk("history.column.priority"),
  source: tk("history.column.source"),
  condition: tk("history.column.condition"),
  message: tk("history.column.message"),
  state: tk("history.column.state"),
  user: tk("history.column.user"),
  detail: tk("history.column.detail"),
  service: tk("history.column.service"),
  district: tk("history.column.district"),
} as const satisfies Record<HistoryColumn, Key>;

/**
 * The journaled facts in ISA-18.2 words, through the panel's own wording. A journal row knows
 * neither suppression nor a shelve's end, so those read as "not suppressed" and plain "Shelved".
 */
export function historyStateText(row: AlarmHistoryStateRow, t: TFunction): string {
  const facts: AlarmStateFacts = {
    active: row.active,
    acked: row.acked,
    confirmed: row.confirmed,
    shelved: row.shelved,
    suppressed: false,
    enabled: row.enabled,
    shelving: null,
  };
  return alarmStateText(facts, t);
}

/** Every column but time (which the table and the file each format their own way) as text. */
export type RowTexts = Record<Exclude<HistoryColumn, "time">, string>;

function place(row: AlarmHistoryRow, t: TFunction): Pick<RowTexts, "service" | "district"> {
  return { service: row.service ? serviceName(row.service, t) : "", district: row.district ?? "" };
}

function stateRowTexts(row: AlarmHistoryStateRow, t: TFunction): RowTexts {
  return {
    priority: t(PRIORITY_LABEL[row.priority]),
    source: row.sourceName,
    condition: row.conditionName,
    message: row.message,
    state: historyStateText(row, t),
    user: row.lastCommentUser ?? "",
    detail: row.lastComment ?? "",
    ...place(row, t),
  };
}

function auditRowTexts(row: AlarmHistoryAuditRow, t: TFunction, formats: DetailFormats): RowTexts {
  return {
    priority: row.priority ? t(PRIORITY_LABEL[row.priority]) : "",
    // "source: message" of the alarm acted on; a sign-in names the login instead.
    source: row.targetLabel === null && row.alarmId === null ? row.target : "",
    condition: "",
    message: row.targetLabel ?? "",
    state: actionName(row.action, t),
    user: row.role ? `${row.userName} (${roleName(row.role, t)})` : row.userName,
    detail: describeAuditDetail(row, t, formats),
    ...place(row, t),
  };
}

/** `formats`: times inside an audit detail (a shift, a certificate's validity) in the site's zone. */
export function rowTexts(row: AlarmHistoryRow, t: TFunction, formats: DetailFormats): RowTexts {
  return row.kind === "alarm" ? stateRowTexts(row, t) : auditRowTexts(row, t, formats);
}
