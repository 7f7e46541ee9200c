/**
 * One service's tile: its name, open alarms by priority (unacknowledged marked), its servers'
 * state in words, and its goal's figures with a 24 h sparkline. Its name is a button that opens
 * operations with the alarm list narrowed to the service (on the operator screen).
 */
import { Icon } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { PRIORITIES, PRIORITY_LABEL } from "../alarms/priority";
import { STATE_TEXT } from "../connections/connectionView";
import type { Goal } from "./goalLines";
import type { ServiceHealth } from "./overviewHealth";
import { Sparkline } from "./Sparkline";

interface Props {
  name: string;
  health: ServiceHealth;
  goal: Goal | null;
  /** The sparkline is the city's while a district is shown. */
  districtShown: boolean;
  /** Absent in a window that cannot show operations (a role window): the name is a plain heading. */
  onOpen?: () => void;
}

function ServersLine({ health }: { health: ServiceHealth }) {
  const { t } = useTranslation();
  if (health.worst === null) return <span className="overview-servers">{t("overview.noServer")}</span>;
  const text =
    health.endpoints === 1 ? t("overview.servers", { state: t(STATE_TEXT[health.worst]) }) : t("overview.serversSome", { up: health.up, count: health.endpoints });
  const down = health.up < health.endpoints;
  return (
    <span className={`overview-servers${down ? " is-down" : ""}`} data-testid="overview-servers" data-state={health.worst}>
      {down && <Icon icon="offline" size={12} />} {text}
    </span>
  );
}

function AlarmCounts({ health }: { health: ServiceHealth }) {
  const { t } = useTranslation();
  if (health.open === 0) return <span className="overview-alarms-none">{t("overview.alarmsNone")}</span>;
  return (
    <span className="overview-alarms" aria-label={t("overview.alarmsAria")}>
      {PRIORITIES.filter((p) => health.alarms[p].open > 0).map((p) => (
        <span key={p} className={`overview-count priority-${p}${health.alarms[p].unacked > 0 ? " is-unacked" : ""}`} data-testid={`overview-count-${p}`} data-open={health.alarms[p].open} data-unacked={health.alarms[p].unacked}>
          {t("overview.activeCount", { priority: t(PRIORITY_LABEL[p]), n: health.alarms[p].open })}
        </span>
      ))}
      {health.unacked > 0 && <span className="overview-unacked">{t("overview.unacked", { n: health.unacked })}</span>}
    </span>
  );
}

export function ServiceTile({ name, health, goal, districtShown, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <section className="overview-tile" data-testid={`overview-tile-${health.service}`} data-service={health.service} aria-label={name}>
      {onOpen ? (
        <button type="button" className="overview-tile-head" onClick={onOpen} title={t("overview.openTile", { service: name })} aria-label={t("overview.openTile", { service: name })} data-testid={`overview-open-${health.service}`}>
          <span className="overview-tile-name">{name}</span>
          <Icon icon="chevron-right" size={14} />
        </button>
      ) : (
        <h3 className="overview-tile-head is-static">
          <span className="overview-tile-name">{name}</span>
        </h3>
      )}
      <div className="overview-health">
        <AlarmCounts health={health} />
        <ServersLine health={health} />
      </div>
      {goal && (
        <div className="overview-goal">
          <h3 className="overview-goal-title">{goal.title}</h3>
          <dl className="overview-lines">
            {goal.lines.map((l) => (
              <div key={l.id} className={`overview-line${l.missing ? " is-missing" : ""}${l.abnormal ? " is-abnormal" : ""}`} data-testid={`overview-line-${health.service}-${l.id}`}>
                <dt>{l.label}</dt>
                <dd>
                  <span className="overview-value">{l.value}</span>
                </dd>
                {/* The note has the tile's whole width, so it does not wrap into the value's column. */}
                {l.note && <dd className="overview-note">{l.note}</dd>}
              </div>
            ))}
          </dl>
          {goal.spark && (
            <figure className="overview-spark-box">
              {goal.spark.values.some((v) => v !== null) ? (
                <Sparkline spark={goal.spark} ariaLabel={t("overview.sparkAria", { what: goal.title })} />
              ) : (
                <span className="overview-spark-empty">{t("overview.sparkEmpty")}</span>
              )}
              <figcaption>
                {districtShown ? t("overview.sparkCity") : t("overview.spark")} · {goal.spark.unit}
              </figcaption>
            </figure>
          )}
        </div>
      )}
    </section>
  );
}
