/**
 * The desktop app's layout bridge (window.controlRoomLayouts, from the Electron preload), and the
 * words each outcome is told to a person in. Host mode has no bridge: it keeps a list of browser
 * windows instead (browserWindows.ts).
 */
import type { TFunction } from "i18next";
import type { DesktopLayouts, LayoutOutcome } from "../../contract/desktop-layout";

declare global {
  interface Window {
    controlRoomLayouts?: DesktopLayouts;
  }
}

export function desktopLayouts(): DesktopLayouts | null {
  return window.controlRoomLayouts ?? null;
}

/** What to tell the person, and how urgent (null: nothing to say, e.g. the dialog was cancelled). */
export function outcomeMessage(o: LayoutOutcome, t: TFunction): { intent: "success" | "danger"; message: string } | null {
  switch (o.outcome) {
    case "saved":
      return { intent: "success", message: t("layout.menu.layoutSaved", { file: o.file }) };
    case "loaded":
      return { intent: "success", message: t("layout.menu.layoutLoaded", { file: o.file, count: o.windows }) };
    case "refused":
      return { intent: "danger", message: t("layout.menu.layoutRefused", { reason: o.reason }) };
    case "opened":
    case "cancelled":
      return null;
  }
}
