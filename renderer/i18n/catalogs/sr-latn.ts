/**
 * Srpski, latinica: the Niš site's default, and the source the Cyrillic catalogue is generated
 * from (sr-cyrl.ts), so write every Serbian text here (one file per area under sr-latn/). Ekavian, as spoken in Niš.
 *
 * Terms, used the same way everywhere: acknowledge = potvrditi (prijem), acknowledged =
 * potvrđen; confirm = overiti, unconfirmed = neoveren; shelve = odložiti; suppressed = potisnut;
 * out of service = van upotrebe; returned to normal = vraćen u normalu; tag = signal;
 * asset = objekat; outbox = red radnji; stale = zastarelo.
 */
import type { Catalog } from "./catalog";
import { srLatnAlarms } from "./sr-latn/alarms";
import { srLatnAssets } from "./sr-latn/assets";
import { srLatnAudit } from "./sr-latn/audit";
import { srLatnAuditDetail } from "./sr-latn/auditDetail";
import { srLatnBanner } from "./sr-latn/banner";
import { srLatnCityMap } from "./sr-latn/cityMap";
import { srLatnCommands } from "./sr-latn/commands";
import { srLatnConnections } from "./sr-latn/connections";
import { srLatnDetail } from "./sr-latn/detail";
import { srLatnEngineering } from "./sr-latn/engineering";
import { srLatnHandover } from "./sr-latn/handover";
import { srLatnHistory } from "./sr-latn/history";
import { srLatnKpi } from "./sr-latn/kpi";
import { srLatnLayout } from "./sr-latn/layout";
import { srLatnNotes } from "./sr-latn/notes";
import { srLatnOverview } from "./sr-latn/overview";
import { srLatnOutbox } from "./sr-latn/outbox";
import { srLatnPanel } from "./sr-latn/panel";
import { srLatnShell } from "./sr-latn/shell";
import { srLatnStartNotices } from "./sr-latn/startNotices";
import { srLatnTiles } from "./sr-latn/tiles";
import { srLatnTrends } from "./sr-latn/trends";

export const srLatn: Catalog = {
  ...srLatnShell,
  ...srLatnStartNotices,
  ...srLatnAlarms,
  ...srLatnAssets,
  ...srLatnNotes,
  ...srLatnOutbox,
  ...srLatnPanel,
  ...srLatnDetail,
  ...srLatnBanner,
  ...srLatnHistory,
  ...srLatnKpi,
  ...srLatnTrends,
  ...srLatnOverview,
  ...srLatnCityMap,
  ...srLatnEngineering,
  ...srLatnConnections,
  ...srLatnCommands,
  ...srLatnAudit,
  ...srLatnAuditDetail,
  ...srLatnHandover,
  ...srLatnTiles,
  ...srLatnLayout,
};
