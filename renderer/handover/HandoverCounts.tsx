/** The shift's alarm activations by priority (four figures) and by service (a table, most first). */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { HandoverSummary } from "../../contract/api";
import { PRIORITIES, PRIORITY_LABEL } from "../alarms/priority";
import { useFormats } from "../i18n/useFormats";
import { serviceName } from "../values/serviceNames";
import { Empty, HandoverSection } from "./HandoverSection";


export function HandoverCounts({ summary }: { summary: HandoverSummary }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const total = summary.kpis.activations;
  return (
    <HandoverSection id="alarms" title={t("handover.alarms.title")} aside={total > 0 ? t("handover.alarms.total", { count: total, n: formats.number(total) }) : undefined}>
      <div className="handover-priority-figures">
        {PRIORITIES.map((p) => (
          <div key={p} className={`handover-figure priority-figure-${p}`} data-testid={`handover-priority-${p}`}>
            <span className="handover-figure-value">{formats.number(summary.byPriority[p])}</span>
            <span className="handover-figure-label">{t(PRIORITY_LABEL[p])}</span>
          </div>
        ))}
      </div>
      {summary.byService.length === 0 ? (
        <Empty>{t("handover.alarms.none")}</Empty>
      ) : (
        <HTMLTable compact className="handover-table handover-service-table">
          <thead>
            <tr>
              <th>{t("handover.alarms.service")}</th>
              {PRIORITIES.map((p) => (
                <th key={p} className="is-number">
                  {t(PRIORITY_LABEL[p])}
                </th>
              ))}
              <th className="is-number">{t("handover.alarms.total")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.byService.map((s) => (
              <tr key={s.service ?? ""}>
                <td>{s.service === null ? t("handover.alarms.noService") : serviceName(s.service, t)}</td>
                {PRIORITIES.map((p) => (
                  <td key={p} className="is-number">
                    {formats.number(s.counts[p])}
                  </td>
                ))}
                <td className="is-number">{formats.number(s.total)}</td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      )}
    </HandoverSection>
  );
}
