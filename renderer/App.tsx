/**
 * The operator screen: navbar on top, map with the selected asset's values beside it, and the
 * alarm list along the bottom where the eye returns between tasks.
 */
import { useEffect } from "react";
import { AlarmPanel } from "./alarms/AlarmPanel";
import { AlarmDetail } from "./alarms/detail/AlarmDetail";
import { Banner } from "./banner/Banner";
import { PanelSplitter } from "./alarms/panel/PanelSplitter";
import { applySiteLanguage } from "./i18n/workstation";
import { CityMap } from "./map/CityMap";
import { MapLegend } from "./map/MapLegend";
import { Notices } from "./shell/Notices";
import { StartupScreen } from "./shell/StartupScreen";
import { TopBar } from "./shell/TopBar";
import { useRoomSelector } from "./state/RoomContext";
import { ValuePanel } from "./values/ValuePanel";
import { windowRole } from "./shell/windowRole";
import { HistoryView } from "./history/HistoryView";
import { KpiView } from "./kpi/KpiView";
import { TrendView } from "./trends/TrendView";
import { EngineeringView } from "./engineering/EngineeringView";
import { AuditView } from "./audit/AuditView";
import { useView } from "./shell/ViewSwitch";

const ROLE = windowRole(window.location.search);

export function App() {
  const phase = useRoomSelector((s) => s.phase);
  const loadError = useRoomSelector((s) => s.loadError);
  const site = useRoomSelector((s) => s.site);
  const siteLanguage = site?.language;
  // History and KPIs replace the map and list (?view=history|kpis); every role may show them.
  const view = useView();

  // The site names the default language; a choice made on this workstation still wins.
  useEffect(() => {
    if (siteLanguage) applySiteLanguage(siteLanguage);
  }, [siteLanguage]);

  if (phase !== "ready" || !site) return <StartupScreen error={phase === "failed" ? loadError : null} />;
  return (
    <div className="app">
      {/* The outbox and sign-in live on the operator screen, where actions are taken. */}
      <TopBar site={site} actions={ROLE === "operator"} />
      <Banner role={ROLE} />
      <Notices siteNotices={site.notices} />
      {view === "history" && <HistoryView />}
      {view === "kpis" && <KpiView />}
      {view === "trends" && <TrendView />}
      {view === "engineering" && <EngineeringView />}
      {view === "audit" && <AuditView />}
      {/* A map wall keeps the values of a clicked asset but leaves the alarm list to the operator screen. */}
      {view === "operations" && (
        <main className={ROLE === "map" ? "workspace map-only" : "workspace"} data-role={ROLE}>
          <div className="map-area">
            <CityMap site={site} />
            <MapLegend />
          </div>
          <ValuePanel />
          {ROLE === "operator" && <PanelSplitter />}
          {ROLE === "operator" && <AlarmPanel />}
          <AlarmDetail />
        </main>
      )}
    </div>
  );
}
