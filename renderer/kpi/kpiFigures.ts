/**
 * The KPI screen's figures, in the order a shift review reads them (load, floods, nuisance
 * alarms, what is left standing), each with its label, how to print it and its target.
 */
import type { AlarmKpis, KpiFigure } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";

export type FigureUnit = "count" | "rate" | "percent";
export type FigureStatus = "met" | "not-met" | "no-target";

export interface FigureLine {
  id: string;
  label: Key;
  /** What the figure means and which standard sets the target. */
  hint: Key;
  figure: KpiFigure;
  unit: FigureUnit;
}

export function figureStatus(f: KpiFigure): FigureStatus {
  if (f.meets === null) return "no-target";
  return f.meets ? "met" : "not-met";
}

/** A plain count shown beside the figures, with nothing to meet. */
const count = (value: number): KpiFigure => ({ value, target: null, comparison: null, meets: null });

export function kpiFigures(k: AlarmKpis): FigureLine[] {
  return [
    { id: "activations", label: tk("kpi.figure.activations"), hint: tk("kpi.hint.activations"), figure: count(k.activations), unit: "count" },
    { id: "avg10", label: tk("kpi.figure.avg10"), hint: tk("kpi.hint.avg10"), figure: k.per10Minutes.average, unit: "rate" },
    { id: "peak10", label: tk("kpi.figure.peak10"), hint: tk("kpi.hint.peak10"), figure: k.per10Minutes.peak, unit: "count" },
    { id: "avgHour", label: tk("kpi.figure.avgHour"), hint: tk("kpi.hint.avgHour"), figure: k.perHour.average, unit: "rate" },
    { id: "peakHour", label: tk("kpi.figure.peakHour"), hint: tk("kpi.hint.peakHour"), figure: k.perHour.peak, unit: "count" },
    { id: "flood", label: tk("kpi.figure.flood"), hint: tk("kpi.hint.flood"), figure: k.floodPercent, unit: "percent" },
    { id: "chattering", label: tk("kpi.figure.chattering"), hint: tk("kpi.hint.chattering"), figure: k.chattering, unit: "count" },
    { id: "stale", label: tk("kpi.figure.stale"), hint: tk("kpi.hint.stale"), figure: k.stale, unit: "count" },
    { id: "standing", label: tk("kpi.figure.standing"), hint: tk("kpi.hint.standing"), figure: k.standing, unit: "count" },
    { id: "shelved", label: tk("kpi.figure.shelved"), hint: tk("kpi.hint.shelved"), figure: k.shelved, unit: "count" },
    { id: "badActors", label: tk("kpi.figure.badActors"), hint: tk("kpi.hint.badActors"), figure: k.badActorShare, unit: "percent" },
  ];
}

/** The columns of the per-service table: the figures that differ most between services. */
export const SERVICE_COLUMNS = ["activations", "avg10", "peak10", "flood", "chattering", "stale", "standing", "shelved"] as const;

export function serviceFigures(k: AlarmKpis): Record<(typeof SERVICE_COLUMNS)[number], FigureLine> {
  const byId = new Map(kpiFigures(k).map((f) => [f.id, f]));
  return Object.fromEntries(SERVICE_COLUMNS.map((id) => [id, byId.get(id)!])) as Record<(typeof SERVICE_COLUMNS)[number], FigureLine>;
}
