/** The figures per service, side by side: which utility's alarm system needs work first. */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AlarmKpis } from "../../contract/api";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { serviceName } from "../values/serviceNames";
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

export function KpiServiceTable({ rows }: { rows: { service: string; kpis: AlarmKpis }[] }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <section className="kpi-section" aria-labelledby="kpi-by-service">
      <h3 className="kpi-section-title" id="kpi-by-service">
        {t("kpi.byService")}
      </h3>
      <HTMLTable compact className="kpi-table kpi-service-table" data-testid="kpi-by-service">
        <thead>
          <tr>
            <th scope="col">{t("kpi.column.service")}</th>
            {SERVICE_COLUMNS.map((c) => (
              <th key={c} scope="col" className="kpi-num">
                {t(COLUMN_LABEL[c])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ service, kpis }) => {
            const figures = serviceFigures(kpis);
            return (
              <tr key={service} data-testid="kpi-service-row" data-service={service}>
                <th scope="row">{serviceName(service, t)}</th>
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
