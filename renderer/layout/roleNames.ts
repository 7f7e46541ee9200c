/** Each window role as people say it. */
import type { WindowRole } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";

export const ROLE_LABEL = {
  operator: tk("layout.role.operator"),
  overview: tk("layout.role.overview"),
  map: tk("layout.role.map"),
  alarms: tk("layout.role.alarms"),
  trends: tk("layout.role.trends"),
  detail: tk("layout.role.detail"),
  kpis: tk("layout.role.kpis"),
  connections: tk("layout.role.connections"),
} as const satisfies Record<WindowRole, Key>;

export const ROLE_ICON = {
  operator: "desktop",
  overview: "grid-view",
  map: "map",
  alarms: "notifications",
  trends: "timeline-line-chart",
  detail: "info-sign",
  kpis: "dashboard",
  connections: "globe-network",
} as const satisfies Record<WindowRole, string>;
