/**
 * A window of one role (`?role=…`): the slim role bar, the alarm banner, and the role's content
 * full-window. The map and detail windows still open the history, KPI and trend views when a
 * button there asks (`?view=…`), as the map wall always could.
 */
import { NonIdealState } from "@blueprintjs/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SiteInfo, WindowRole } from "../../contract/api";
import { AlarmPanel } from "../alarms/AlarmPanel";
import { AlarmDetail } from "../alarms/detail/AlarmDetail";
import { Banner } from "../banner/Banner";
import { ConnectionsPanel } from "../connections/ConnectionsPanel";
import { HistoryView } from "../history/HistoryView";
import { KpiView } from "../kpi/KpiView";
import { CityMap } from "../map/CityMap";
import { MapLegend } from "../map/MapLegend";
import { OverviewView } from "../overview/OverviewView";
import { Notices } from "../shell/Notices";
import type { View } from "../shell/ViewSwitch";
import { useRoomSelector } from "../state/RoomContext";
import { TrendView } from "../trends/TrendView";
import { ValuePanel } from "../values/ValuePanel";
import { RoleBar } from "./RoleBar";
import { TrendRole } from "./TrendRole";

function DetailRole() {
  const { t } = useTranslation();
  const chosen = useRoomSelector((s) => s.selectedAssetId !== null || s.selectedAlarmId !== null);
  if (!chosen) return <NonIdealState className="role-empty" icon="select" description={t("layout.detailEmpty")} />;
  return (
    <>
      <ValuePanel />
      <AlarmDetail valuePanelBeside />
    </>
  );
}

/** The role's content, laid out in the workspace grid (map, alarms, detail) or alone (the others). */
function content(role: WindowRole, site: SiteInfo): ReactNode {
  switch (role) {
    case "map":
      return (
        <main className="workspace map-only" data-role={role}>
          <div className="map-area">
            <CityMap site={site} />
            <MapLegend />
          </div>
          <ValuePanel />
          <AlarmDetail />
        </main>
      );
    case "alarms":
      return (
        <main className="workspace role-alarms" data-role={role}>
          <AlarmPanel />
          <AlarmDetail />
        </main>
      );
    case "detail":
      return (
        <main className="workspace role-detail" data-role={role}>
          <DetailRole />
        </main>
      );
    case "trends":
      return <TrendRole role={role} />;
    case "kpis":
      return <KpiView />;
    case "connections":
      return (
        <main className="role-single panel" data-role={role}>
          <ConnectionsPanel active />
        </main>
      );
    case "overview":
      return <OverviewView />;
    case "operator":
      return null;
  }
}

const VIEW_CONTENT: Partial<Record<View, () => ReactNode>> = {
  history: () => <HistoryView />,
  kpis: () => <KpiView />,
  trends: () => <TrendView />,
};

export function RoleWindow({ site, role, view }: { site: SiteInfo; role: WindowRole; view: View }) {
  const asked = role === "map" || role === "detail" ? VIEW_CONTENT[view] : undefined;
  return (
    <div className="app role-window" data-window-role={role}>
      <RoleBar site={site} role={role} />
      <Banner role={role} />
      <Notices siteNotices={site.notices} />
      {asked ? asked() : content(role, site)}
    </div>
  );
}
