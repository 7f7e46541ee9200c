/**
 * The operator window's "Windows" menu: open any role as a window of its own, and keep the
 * workstation's windows as a file. In the desktop app main does it (placed on displays, the
 * layout file checked field by field there). In host mode a role is a URL: the menu opens it in
 * a new browser window with this page's token, and saves or loads the list of role windows
 * (browserWindows.ts); a loaded list is opened one click per window, as browsers allow.
 */
import { Button, Classes, Dialog, DialogBody, Menu, MenuDivider, MenuItem, Popover } from "@blueprintjs/core";
import { useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { WindowRole } from "../../contract/api";
import { downloadText } from "../shell/download";
import { showToast } from "../shell/toaster";
import { ROLE_WINDOWS, roleUrl } from "../shell/windowRole";
import { openRoles, parseWindowList, windowListText } from "./browserWindows";
import { desktopLayouts, outcomeMessage } from "./desktopLayouts";
import { ROLE_ICON, ROLE_LABEL } from "./roleNames";
import { collectTrendPrefs, restoreTrendPrefs } from "../trends/trendPrefs";
import type { LayoutOutcome } from "../../contract/desktop-layout";

/** The browser windows this page opened (host mode), so their list can be saved. */
const opened: { role: WindowRole; win: Window }[] = [];
let openCount = 0;

export function WindowsMenu() {
  const { t } = useTranslation();
  const desktop = desktopLayouts();
  const fileInput = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<WindowRole[] | null>(null);
  // The browser windows' open/closed state lives outside React: read again each time the menu opens.
  const [, setReadAt] = useState(0);

  const report = (e: unknown) => showToast({ intent: "danger", message: t("layout.menu.layoutFailed", { message: e instanceof Error ? e.message : String(e) }) });
  const tell = (o: Parameters<typeof outcomeMessage>[0]) => {
    const said = outcomeMessage(o, t);
    if (said) showToast(said);
  };

  // A loaded layout's trends become this workstation's before its windows draw them.
  const loadedLayout = (o: LayoutOutcome) => {
    if (o.outcome === "loaded") restoreTrendPrefs(o.trends);
    tell(o);
  };

  const openRole = (role: WindowRole) => {
    if (desktop) {
      desktop.openRole(role).then(tell, report);
      return;
    }
    const win = window.open(roleUrl(window.location.href, role), `ccr-${role}-${++openCount}`);
    if (win) {
      opened.push({ role, win });
      setReadAt(Date.now());
    }
    else showToast({ intent: "warning", message: t("layout.menu.blocked") });
  };
  const saveList = () => {
    const roles = openRoles(opened.map((o) => ({ role: o.role, closed: o.win.closed })));
    downloadText(windowListText(roles, collectTrendPrefs()), "control-room-windows.json", "application/json");
  };
  const loadList = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const parsed = parseWindowList(await file.text());
    if (!parsed.ok) return showToast({ intent: "danger", message: t("layout.menu.listRefused", { reason: parsed.error }) });
    restoreTrendPrefs(parsed.trends);
    setLoaded(parsed.roles);
  };

  const roleItems = ROLE_WINDOWS.map((role) => (
    <MenuItem key={role} icon={ROLE_ICON[role]} text={t(ROLE_LABEL[role])} data-testid={`open-role-${role}`} title={t("layout.menu.openRole", { role: t(ROLE_LABEL[role]) })} onClick={() => openRole(role)} />
  ));
  const menu = (
    <Menu data-testid="windows-menu" aria-label={t("layout.menu.title")}>
      {roleItems}
      <MenuDivider />
      {desktop ? (
        <>
          <MenuItem icon="floppy-disk" text={t("layout.menu.saveLayout")} data-testid="layout-save" onClick={() => desktop.save(collectTrendPrefs()).then(tell, report)} />
          <MenuItem icon="folder-open" text={t("layout.menu.loadLayout")} data-testid="layout-load" onClick={() => desktop.load().then(loadedLayout, report)} />
        </>
      ) : (
        <>
          <MenuItem icon="floppy-disk" text={t("layout.menu.saveList")} data-testid="window-list-save" disabled={openRoles(opened.map((o) => ({ role: o.role, closed: o.win.closed }))).length === 0} onClick={saveList} />
          <MenuItem icon="folder-open" text={t("layout.menu.loadList")} data-testid="window-list-load" onClick={() => fileInput.current?.click()} />
        </>
      )}
    </Menu>
  );
  return (
    <>
      <Popover content={menu} placement="bottom-end" onOpening={() => setReadAt(Date.now())}>
        <Button variant="minimal" icon="applications" data-testid="windows-menu-button" aria-label={t("layout.menu.title")} title={t("layout.menu.title")} />
      </Popover>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="window-list-file" onChange={(e) => void loadList(e)} />
      <Dialog isOpen={loaded !== null} onClose={() => setLoaded(null)} title={t("layout.menu.title")} icon="applications">
        <DialogBody>
          <p>{t("layout.menu.listLoaded", { count: loaded?.length ?? 0 })}</p>
          <div className={`${Classes.BUTTON_GROUP} window-list-buttons`}>
            {loaded?.map((role, i) => (
              <Button key={`${role}-${i}`} icon={ROLE_ICON[role]} text={t(ROLE_LABEL[role])} data-testid={`list-open-${role}`} onClick={() => openRole(role)} />
            ))}
          </div>
        </DialogBody>
      </Dialog>
    </>
  );
}
