/**
 * A tile's click: the operations view with the alarm list narrowed to that service, through the
 * panel's own saved filter (the service facet), so the operator sees it as any filter they set
 * and clears it the same way. The other filters are left as they were.
 */
import { loadPrefs, savePrefs } from "../alarms/panel/panelPrefs";
import { browserStorage } from "../alarms/panel/usePanelPrefs";
import { showView } from "../shell/ViewSwitch";
import type { WindowRole } from "../shell/windowRole";

export function openService(service: string, role: WindowRole = "operator"): void {
  const storage = browserStorage();
  const prefs = loadPrefs(storage, role);
  savePrefs(storage, role, { ...prefs, filter: { ...prefs.filter, services: [service] } });
  showView("operations");
}
