/** The shift's alarm KPIs that a handover reads (load, floods, nuisance, what is left), each against its target. */
import { useTranslation } from "react-i18next";
import type { AlarmKpis } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { figureStatus, kpiFigures, type FigureLine } from "../kpi/kpiFigures";
import { HandoverSection } from "./HandoverSection";

const SHOWN = new Set(["avg10", "peak10", "avgHour", "flood", "chattering", "stale", "standing", "shelved"]);

export function HandoverKpis({ kpis }: { kpis: AlarmKpis }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const show = (f: FigureLine) => {
    const v = f.figure.value;
    const text = f.unit === "rate" ? v.toLocaleString(formats.locale, { maximumFractionDigits: 1 }) : formats.number(Math.round(v * 10) / 10);
    return f.unit === "percent" ? `${text} %` : text;
  };
  return (
    <HandoverSection id="kpis" title={t("handover.kpis.title")}>
      <dl className="handover-kpis">
        {kpiFigures(kpis)
          .filter((f) => SHOWN.has(f.id))
          .map((f) => {
            const status = figureStatus(f.figure);
            return (
              <div key={f.id} className={`handover-kpi is-${status}`} data-testid={`handover-kpi-${f.id}`}>
                <dt>{t(f.label)}</dt>
                <dd>
                  <span className="handover-kpi-value">{show(f)}</span>
                  {f.figure.target !== null && (
                    <span className="handover-kpi-target">
                      {t("handover.kpis.target", { target: formats.number(f.figure.target) })} · {status === "met" ? t("handover.kpis.met") : t("handover.kpis.notMet")}
                    </span>
                  )}
                </dd>
              </div>
            );
          })}
      </dl>
    </HandoverSection>
  );
}
