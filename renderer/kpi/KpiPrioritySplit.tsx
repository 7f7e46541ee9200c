/**
 * Activations by priority against the 80 / 15 / 5 split: too many important alarms and
 * priority stops telling the operator what to do first.
 */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AlarmKpis, Priority } from "../../contract/api";
import { PRIORITIES } from "../alarms/priority";
import { PriorityTag } from "../alarms/PriorityTag";
import { useFormats } from "../i18n/useFormats";
import { formatShare } from "./kpiFormat";
import { KpiStatus } from "./KpiStatus";

/** The standard's target per row; critical counts with high against the 5 %. */
function targetOf(priority: Priority, target: AlarmKpis["prioritySplit"]["target"]): { kind: "about" | "at-most"; value: number } {
  if (priority === "low") return { kind: "about", value: target.low };
  if (priority === "medium") return { kind: "about", value: target.medium };
  return { kind: "at-most", value: target.highAndCritical };
}

export function KpiPrioritySplit({ kpis }: { kpis: AlarmKpis }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const split = kpis.prioritySplit;
  const pct = (n: number) => formatShare(n, formats, t);
  const status = split.meets === null ? "no-target" : split.meets ? "met" : "not-met";
  return (
    <section className="kpi-section" aria-labelledby="kpi-split">
      <h3 className="kpi-section-title" id="kpi-split">
        {t("kpi.split.title")} <KpiStatus status={status} />
      </h3>
      <div className="kpi-split-bar" aria-hidden="true">
        {PRIORITIES.map((p) =>
          split.percent[p] > 0 ? <span key={p} className={`kpi-split-part priority-${p}`} style={{ flexGrow: split.percent[p] }} /> : null,
        )}
      </div>
      <HTMLTable compact className="kpi-table kpi-split-table" data-testid="kpi-split">
        <thead>
          <tr>
            <th scope="col">{t("kpi.split.priority")}</th>
            <th scope="col" className="kpi-num">
              {t("kpi.split.count")}
            </th>
            <th scope="col" className="kpi-num">
              {t("kpi.split.share")}
            </th>
            <th scope="col" className="kpi-num">
              {t("kpi.split.target")}
            </th>
          </tr>
        </thead>
        <tbody>
          {PRIORITIES.map((p) => {
            const target = targetOf(p, split.target);
            return (
              <tr key={p}>
                <td>
                  <PriorityTag priority={p} muted />
                </td>
                <td className="kpi-num">{formats.number(split.counts[p])}</td>
                <td className="kpi-num">{pct(split.percent[p])}</td>
                <td className="kpi-num">
                  {target.kind === "about" ? t("kpi.split.about", { value: pct(target.value) }) : t("kpi.split.highAndCritical", { value: pct(target.value) })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
      <p className="kpi-note">{t("kpi.split.rule")}</p>
    </section>
  );
}
