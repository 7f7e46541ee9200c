/**
 * The operator screen: navbar on top, map with the selected asset's values beside it, and the
 * alarm list along the bottom where the eye returns between tasks. A window with another role
 * (`?role=map|alarms|trends|…`) shows that role alone (layout/RoleWindow.tsx).
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
import { OverviewView } from "./overview/OverviewView";
import { EngineeringView } from "./engineering/EngineeringView";
import { AuditView } from "./audit/AuditView";
import { HandoverView } from "./handover/HandoverView";
import { useView } from "./shell/ViewSwitch";
import { RoleWindow } from "./layout/RoleWindow";

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
  // Every other role is a window of its own (video walls, a workstation's other monitors).
  if (ROLE !== "operator") return <RoleWindow site={site} role={ROLE} view={view} />;
  return (
    <div className="app">
      {/* The outbox and sign-in live on the operator screen, where actions are taken. */}
      <TopBar site={site} actions />
      <Banner role={ROLE} />
      <Notices siteNotices={site.notices} />
      {view === "history" && <HistoryView />}
      {view === "kpis" && <KpiView />}
      {view === "trends" && <TrendView />}
      {view === "overview" && <OverviewView />}
      {view === "engineering" && <EngineeringView />}
      {view === "audit" && <AuditView />}
      {view === "handover" && <HandoverView />}
      {view === "operations" && (
        <main className="workspace" data-role={ROLE}>
          <div className="map-area">
            <CityMap site={site} />
            <MapLegend />
          </div>
          <ValuePanel />
          <PanelSplitter />
          <AlarmPanel />
          <AlarmDetail />
        </main>
      )}
    </div>
  );
}
