/** One KPI: the figure, its target beside it, and whether the target is met. */
import { Card } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../i18n/useFormats";
import { figureStatus, type FigureLine } from "./kpiFigures";
import { formatFigure } from "./kpiFormat";
import { KpiStatus } from "./KpiStatus";

export function KpiFigureCard({ line, note }: { line: FigureLine; note?: string }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const { figure, unit } = line;
  const status = figureStatus(figure);
  return (
    <Card className={`kpi-card is-${status}`} data-testid="kpi-figure" data-figure={line.id} data-status={status} title={t(line.hint)}>
      <div className="kpi-card-label">{t(line.label)}</div>
      <div className="kpi-card-value" data-testid="kpi-value">
        {formatFigure(figure.value, unit, formats, t)}
      </div>
      <div className="kpi-card-target" data-testid="kpi-target">
        {figure.target === null ? t("kpi.noTarget") : t("kpi.target", { value: formatFigure(figure.target, unit, formats, t) })}
      </div>
      {/* "No target: for review" above already says it; a second mark would only add noise. */}
      {status !== "no-target" && <KpiStatus status={status} />}
      {note && <div className="kpi-card-note">{note}</div>}
    </Card>
  );
}
