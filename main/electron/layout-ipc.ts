/**
 * The operator window's layout requests (preload's window.controlRoomLayouts), wired to the file
 * dialogs and the window set. Thin: what is decided lives in layout-files.ts and the planner.
 */
import { BrowserWindow, dialog, type IpcMainInvokeEvent } from "electron";
import { openRoleArg, type LayoutOutcome } from "../../contract/desktop-layout";
import { layoutTrendsSchema } from "../../contract/trend-pens";
import { IPC } from "../../preload/ipc-channels";
import { onTrustedInvoke } from "./ipc-guard";
import { loadLayoutFromFile, mayManageLayouts, saveLayoutToFile, type LayoutFileDeps } from "./layout-files";
import type { WindowSet } from "./windows";

const FILTERS = [{ name: "Control-room layout", extensions: ["json"] }];

export function registerLayoutIpc(windows: WindowSet): void {
  const deps = (event: IpcMainInvokeEvent): LayoutFileDeps => {
    const parent = BrowserWindow.fromWebContents(event.sender);
    return {
      askSavePath: async (suggested) => {
        const r = parent ? await dialog.showSaveDialog(parent, { defaultPath: suggested, filters: FILTERS }) : await dialog.showSaveDialog({ defaultPath: suggested, filters: FILTERS });
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      askOpenPath: async () => {
        const options = { filters: FILTERS, properties: ["openFile" as const] };
        const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      capture: (name) => windows.capture(name),
      apply: (layout) => windows.apply(layout),
    };
  };
  const operatorOnly = (event: IpcMainInvokeEvent): LayoutOutcome | null =>
    mayManageLayouts(event.senderFrame?.url) ? null : { outcome: "refused", reason: "only the operator window saves, loads and opens windows" };

  onTrustedInvoke(IPC.layoutSave, async (event, raw) => {
    const refused = operatorOnly(event);
    if (refused) return refused;
    const trends = layoutTrendsSchema.safeParse(raw ?? {});
    if (!trends.success) return { outcome: "refused", reason: `trends: ${trends.error.issues[0]?.message ?? "not the windows' trends"}` } satisfies LayoutOutcome;
    return saveLayoutToFile(deps(event), trends.data);
  });
  onTrustedInvoke(IPC.layoutLoad, async (event) => operatorOnly(event) ?? loadLayoutFromFile(deps(event)));
  onTrustedInvoke(IPC.layoutOpenRole, async (event, raw) => {
    const refused = operatorOnly(event);
    if (refused) return refused;
    const role = openRoleArg.safeParse(raw);
    if (!role.success) return { outcome: "refused", reason: `role: ${role.error.issues[0]?.message ?? "not a window role"}` } satisfies LayoutOutcome;
    windows.openRole(role.data, windows.windowOf(event.sender));
    return { outcome: "opened", role: role.data } satisfies LayoutOutcome;
  });
}
