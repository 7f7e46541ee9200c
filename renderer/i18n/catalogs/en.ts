/**
 * English. Keys are grouped by the screen part that shows them, one file per area under en/;
 * the test in test/unit/renderer-i18n-catalogs.test.ts keeps the three catalogues' keys identical.
 * This catalogue's type is the key set every t() call is checked against.
 */
import { enAlarms } from "./en/alarms";
import { enAssets } from "./en/assets";
import { enAudit } from "./en/audit";
import { enAuditDetail } from "./en/auditDetail";
import { enBanner } from "./en/banner";
import { enCityMap } from "./en/cityMap";
import { enCommands } from "./en/commands";
import { enConnections } from "./en/connections";
import { enDetail } from "./en/detail";
import { enEngineering } from "./en/engineering";
import { enHandover } from "./en/handover";
import { enHistory } from "./en/history";
import { enKpi } from "./en/kpi";
import { enLayout } from "./en/layout";
import { enNotes } from "./en/notes";
import { enOverview } from "./en/overview";
import { enOutbox } from "./en/outbox";
import { enPanel } from "./en/panel";
import { enShell } from "./en/shell";
import { enStartNotices } from "./en/startNotices";
import { enTiles } from "./en/tiles";
import { enTrends } from "./en/trends";

export const en = {
  ...enShell,
  ...enStartNotices,
  ...enAlarms,
  ...enAssets,
  ...enNotes,
  ...enOutbox,
  ...enPanel,
  ...enDetail,
  ...enBanner,
  ...enHistory,
  ...enKpi,
  ...enTrends,
  ...enOverview,
  ...enCityMap,
  ...enEngineering,
  ...enConnections,
  ...enCommands,
  ...enAudit,
  ...enAuditDetail,
  ...enHandover,
  ...enTiles,
  ...enLayout,
} as const;
