/**
 * Met or not met, as a word and a shape as well as a colour: a colour-blind reviewer, a
 * grey-scale printout and a screen reader all get it.
 */
import { Icon } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { tk } from "../i18n/keys";
import type { FigureStatus } from "./kpiFigures";

const STATUS_LABEL = {
  met: tk("kpi.status.met"),
  "not-met": tk("kpi.status.notMet"),
  "no-target": tk("kpi.status.noTarget"),
} as const satisfies Record<FigureStatus, string>;

const STATUS_ICON = { met: "tick-circle", "not-met": "error", "no-target": "minus" } as const;

/** `compact`: the icon alone, the word in its tooltip and for screen readers (table cells). */
export function KpiStatus({ status, compact }: { status: FigureStatus; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(STATUS_LABEL[status]);
  return (
    <span className={`kpi-status is-${status}${compact ? " is-compact" : ""}`} data-testid="kpi-status" data-status={status} title={label}>
      <Icon icon={STATUS_ICON[status]} size={compact ? 12 : 14} aria-hidden />
      {compact ? <span className="visually-hidden">{label}</span> : <span className="kpi-status-text">{label}</span>}
    </span>
  );
}
