/**
 * The city overview (issue #8 item 4): a tile per service with its health and the seed's goals
 * (fewer communal problems, less pollution, energy savings) as figures for the whole city or one
 * district, read from the core every few seconds. Shown as `?view=overview`, and as the
 * overview role's window.
 */
import { Callout, HTMLSelect, Spinner } from "@blueprintjs/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { SERVICES } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { latinToCyrillic } from "../i18n/transliterate";
import { useFormats } from "../i18n/useFormats";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { windowRole } from "../shell/windowRole";
import { serviceName } from "../values/serviceNames";
import { goalOf, type Scope } from "./goalLines";
import { openService } from "./openService";
import { serviceHealth } from "./overviewHealth";
import { ServiceTile } from "./ServiceTile";
import { useOverview } from "./useOverview";
import "../styles/overview.css";

/** Only the operator screen switches to operations; a role window (a wall) shows the overview alone. */
const OPENS_OPERATIONS = windowRole(window.location.search) === "operator";

export function OverviewView() {
  const { t } = useTranslation();
  const formats = useFormats();
  const { api } = useRoom();
  const { overview, error } = useOverview(api);
  const [scope, setScope] = useState<Scope>("city");
  const siteServices = useRoomSelector((s) => s.site?.services ?? []);
  const assets = useRoomSelector((s) => s.assets);
  const assetsById = useRoomSelector((s) => s.assetsById);
  const alarms = useRoomSelector((s) => s.alarms);
  const connections = useRoomSelector((s) => s.connections);
  // Every service the site names, in the contract's order; one the site has assets of but does not name still shows.
  const services = useMemo(() => {
    const present = new Set([...siteServices, ...assets.map((a) => a.service)]);
    return [...SERVICES.filter((s) => present.has(s)), ...[...present].filter((s) => !(SERVICES as readonly string[]).includes(s))];
  }, [siteServices, assets]);
  const health = useMemo(() => serviceHealth(services, assets, assetsById, alarms, connections, scope === "city" ? null : scope), [services, assets, assetsById, alarms, connections, scope]);

  return (
    <main className="overview-view panel" data-testid="overview-view" aria-labelledby="overview-title">
      <header className="panel-header overview-header">
        <h2 className="panel-title" id="overview-title">
          {t("overview.title")}
        </h2>
        <HTMLSelect className="overview-scope" aria-label={t("overview.scopeAria")} data-testid="overview-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value)}>
          <option value="city">{t("overview.city")}</option>
          {(overview?.districts ?? []).map((d) => (
            <option key={d} value={d}>
              {/* Municipality names are the site's (Latin); the Cyrillic screen writes them in Cyrillic, as the map does. */}
              {formats.language === "sr-Cyrl" ? latinToCyrillic(d) : d}
            </option>
          ))}
        </HTMLSelect>
        {overview && (
          <span className="panel-summary" data-testid="overview-as-of">
            {t("overview.asOf", { clock: formats.clock(overview.computedAt) })}
          </span>
        )}
      </header>
      {error !== null && (
        <Callout intent="danger" className="overview-error" data-testid="overview-error">
          {t("overview.failed", { message: describeError(error, t) })}
        </Callout>
      )}
      <div className="overview-body" aria-busy={!overview}>
        {!overview && error === null && <Spinner size={32} className="overview-spinner" aria-label={t("overview.loading")} />}
        <div className="overview-tiles">
          {services.map((s) => (
            <ServiceTile
              key={s}
              name={serviceName(s, t)}
              health={health.get(s)!}
              goal={overview ? goalOf(s, overview, scope, t, formats.locale) : null}
              districtShown={scope !== "city"}
              {...(OPENS_OPERATIONS ? { onOpen: () => openService(s) } : {})}
            />
          ))}
        </div>
      </div>
    </main>
  );
}
