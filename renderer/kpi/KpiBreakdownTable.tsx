/**
 * The figures per service or per operator position, side by side: which utility's alarm system,
 * or which desk's load, needs work first.
 */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AlarmKpis } from "../../contract/api";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { figureStatus, SERVICE_COLUMNS, serviceFigures } from "./kpiFigures";
import { formatFigure } from "./kpiFormat";
import { KpiStatus } from "./KpiStatus";

/** Short column headings: the cards above carry the full names and targets. */
const COLUMN_LABEL = {
  activations: tk("kpi.column.activations"),
  avg10: tk("kpi.column.avg10"),
  peak10: tk("kpi.column.peak10"),
  flood: tk("kpi.column.flood"),
  chattering: tk("kpi.column.chattering"),
  stale: tk("kpi.column.stale"),
  standing: tk("kpi.column.standing"),
  shelved: tk("kpi.column.shelved"),
} as const satisfies Record<(typeof SERVICE_COLUMNS)[number], string>;

const TITLE = { service: tk("kpi.byService"), position: tk("kpi.byPosition") } as const;
const FIRST_COLUMN = { service: tk("kpi.column.service"), position: tk("kpi.column.position") } as const;

export interface KpiBreakdownRow {
  key: string;
  label: string;
  kpis: AlarmKpis;
}

/** `by`: what a row is, which names the table, its first column and its test ids. */
export function KpiBreakdownTable({ by, rows }: { by: "service" | "position"; rows: KpiBreakdownRow[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <section className="kpi-section" aria-labelledby={`kpi-by-${by}`}>
      <h3 className="kpi-section-title" id={`kpi-by-${by}`}>
        {t(TITLE[by])}
      </h3>
      <HTMLTable compact className="kpi-table kpi-service-table" data-testid={`kpi-by-${by}`}>
        <thead>
          <tr>
            <th scope="col">{t(FIRST_COLUMN[by])}</th>
            {SERVICE_COLUMNS.map((c) => (
              <th key={c} scope="col" className="kpi-num">
                {t(COLUMN_LABEL[c])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, kpis }) => {
            const figures = serviceFigures(kpis);
            return (
              <tr key={key} data-testid={`kpi-${by}-row`} data-key={key}>
                <th scope="row">{label}</th>
                {SERVICE_COLUMNS.map((c) => {
                  const line = figures[c];
                  const status = figureStatus(line.figure);
                  return (
                    <td key={c} className={`kpi-num is-${status}`}>
                      {formatFigure(line.figure.value, line.unit, formats, t)}
                      {status !== "no-target" && <KpiStatus status={status} compact />}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
    </section>
  );
}
