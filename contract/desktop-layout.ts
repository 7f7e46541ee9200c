/**
 * The desktop app's window layouts as the operator window asks for them: the preload exposes
 * this as window.controlRoomLayouts (Electron only; host mode keeps its own list of browser
 * windows). Main answers each ask with an outcome a person can be told in words.
 */
import { z } from "zod";
import { WINDOW_ROLES, type WindowRole } from "./session";
import type { LayoutTrends } from "./trend-pens";

export type LayoutOutcome =
  | { outcome: "saved"; file: string }
  /** `trends`: the roles' trend pens the file carries, for the windows to take. */
  | { outcome: "loaded"; file: string; windows: number; trends: LayoutTrends }
  | { outcome: "opened"; role: WindowRole }
  | { outcome: "cancelled" }
  /** The file was not a layout, or could not be read or written: `reason` names the field or the cause. */
  | { outcome: "refused"; reason: string };

export interface DesktopLayouts {
  /** Asks where to save, then writes the windows as they are now, with each role's trend pens. */
  save(trends: LayoutTrends): Promise<LayoutOutcome>;
  /** Asks for a file, checks it field by field, then reopens the windows as it says. */
  load(): Promise<LayoutOutcome>;
  /** Opens one more window of this role on the display this window is on. */
  openRole(role: WindowRole): Promise<LayoutOutcome>;
}

/** What the main process accepts for openRole (the preload passes the renderer's word on). */
export const openRoleArg = z.enum(WINDOW_ROLES);
