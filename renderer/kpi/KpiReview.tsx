/**
 * The conditions behind the chattering and stale figures, by name: a count alone tells a
 * reviewer that something is wrong, the list tells them what to take to the engineers.
 */
import { useTranslation } from "react-i18next";
import type { AlarmKpis, KpiCondition } from "../../contract/api";
import { PriorityTag } from "../alarms/PriorityTag";
import { useFormats } from "../i18n/useFormats";
import { ServerText } from "../text/ServerText";

/** A review list, not a report: beyond this the bad-actor table and the history say more. */
const MAX_LISTED = 20;

function ConditionItem({ c, extra }: { c: KpiCondition; extra: string }) {
  return (
    <li className="kpi-review-item">
      <PriorityTag priority={c.priority} muted />
      <ServerText text={c.sourceName} className="kpi-review-source" />
      <ServerText text={c.conditionName} className="kpi-review-condition" />
      <span className="kpi-review-extra">{extra}</span>
    </li>
  );
}

export function KpiReview({ kpis }: { kpis: AlarmKpis }) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (kpis.chatteringConditions.length === 0 && kpis.staleConditions.length === 0) return null;
  return (
    <div className="kpi-columns">
      {kpis.chatteringConditions.length > 0 && (
        <section className="kpi-section" aria-labelledby="kpi-chattering" data-testid="kpi-chattering">
          <h3 className="kpi-section-title" id="kpi-chattering">
            {t("kpi.review.chattering")}
          </h3>
          <ul className="kpi-review">
            {kpis.chatteringConditions.slice(0, MAX_LISTED).map((c) => (
              <ConditionItem key={c.alarmId} c={c} extra={t("kpi.review.activations", { count: c.activations, n: formats.number(c.activations) })} />
            ))}
          </ul>
        </section>
      )}
      {kpis.staleConditions.length > 0 && (
        <section className="kpi-section" aria-labelledby="kpi-stale" data-testid="kpi-stale">
          <h3 className="kpi-section-title" id="kpi-stale">
            {t("kpi.review.stale")}
          </h3>
          <ul className="kpi-review">
            {kpis.staleConditions.slice(0, MAX_LISTED).map((c) => (
              <ConditionItem key={c.alarmId} c={c} extra={t("kpi.review.since", { time: formats.until(c.activeSince) })} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
