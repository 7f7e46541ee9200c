/** The ten conditions that raised the most alarms: where rationalisation pays off first. */
import { HTMLTable } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { AlarmKpis } from "../../contract/api";
import { PriorityTag } from "../alarms/PriorityTag";
import { useFormats } from "../i18n/useFormats";
import { ServerText } from "../text/ServerText";
import { serviceName } from "../values/serviceNames";
import { formatShare } from "./kpiFormat";

export function KpiBadActors({ kpis }: { kpis: AlarmKpis }) {
  const { t } = useTranslation();
  const formats = useFormats();
  return (
    <section className="kpi-section" aria-labelledby="kpi-bad-actors">
      <h3 className="kpi-section-title" id="kpi-bad-actors">
        {t("kpi.badActors.title")}
      </h3>
      {kpis.badActors.length === 0 ? (
        <p className="kpi-empty">{t("kpi.badActors.none")}</p>
      ) : (
        <HTMLTable compact className="kpi-table kpi-bad-actors" data-testid="kpi-bad-actors">
          <thead>
            <tr>
              <th scope="col" className="kpi-num">
                {t("kpi.badActors.rank")}
              </th>
              <th scope="col">{t("kpi.badActors.source")}</th>
              <th scope="col">{t("kpi.badActors.condition")}</th>
              <th scope="col">{t("kpi.badActors.priority")}</th>
              <th scope="col">{t("kpi.badActors.service")}</th>
              <th scope="col" className="kpi-num">
                {t("kpi.badActors.activations")}
              </th>
              <th scope="col" className="kpi-num">
                {t("kpi.badActors.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {kpis.badActors.map((a, i) => (
              <tr key={a.alarmId} data-testid="kpi-bad-actor">
                <td className="kpi-num">{formats.number(i + 1)}</td>
                <td>
                  <ServerText text={a.sourceName} />
                </td>
                <td>
                  <ServerText text={a.conditionName} />
                </td>
                <td>
                  <PriorityTag priority={a.priority} muted />
                </td>
                <td>{a.service ? serviceName(a.service, t) : ""}</td>
                <td className="kpi-num">{formats.number(a.activations)}</td>
                <td className="kpi-num">{formatShare(a.percent, formats, t)}</td>
              </tr>
            ))}
          </tbody>
        </HTMLTable>
      )}
    </section>
  );
}
