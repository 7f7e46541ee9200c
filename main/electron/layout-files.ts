/**
 * Saving the workstation's layout to a file a person picks, and loading one back: plain code
 * around four things main gives it (the two file dialogs, capturing the windows, applying a
 * layout), so every outcome is a unit test on real files. What comes back is a LayoutOutcome the
 * operator window tells a person in words: a file that is not a layout names the field.
 */
import fs from "node:fs";
import type { LayoutOutcome } from "../../contract/desktop-layout";
import type { LayoutTrends } from "../../contract/trend-pens";
import { windowRoleOf } from "../../contract/api";
import { parseLayoutFile, type WorkstationLayout } from "./layout-planner";

export interface LayoutFileDeps {
  /** The save dialog's answer (null: cancelled); `suggested` is the file name offered. */
  askSavePath(suggested: string): Promise<string | null>;
  askOpenPath(): Promise<string | null>;
  /** The windows as they are now, named. */
  capture(name: string): WorkstationLayout;
  /** Opens the layout's windows (reusing open ones by role); answers how many there are. */
  apply(layout: WorkstationLayout): number;
}

/** A layout file bigger than this is not one (32 windows take a few kB). */
export const MAX_LAYOUT_BYTES = 256 * 1024;

/** The file name offered when saving: the day, so a folder of layouts sorts by date. */
export function suggestedLayoutFile(now: Date): string {
  return `control-room-layout-${now.toISOString().slice(0, 10)}.json`;
}

/** The layout's name inside the file: the file's own name without folder and extension. */
export function layoutNameOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/i, "").trim().slice(0, 100) || "workstation";
}

/** `trends`: each role's pens and range as the operator window read them (checked by the caller). */
export async function saveLayoutToFile(deps: LayoutFileDeps, trends: LayoutTrends = {}, now = new Date()): Promise<LayoutOutcome> {
  const file = await deps.askSavePath(suggestedLayoutFile(now));
  if (!file) return { outcome: "cancelled" };
  try {
    fs.writeFileSync(file, `${JSON.stringify({ ...deps.capture(layoutNameOf(file)), trends }, null, 2)}\n`);
    return { outcome: "saved", file };
  } catch (err) {
    return { outcome: "refused", reason: `could not write ${file}: ${(err as Error).message}` };
  }
}

export async function loadLayoutFromFile(deps: LayoutFileDeps): Promise<LayoutOutcome> {
  const file = await deps.askOpenPath();
  if (!file) return { outcome: "cancelled" };
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_LAYOUT_BYTES) return { outcome: "refused", reason: `${file} is larger than a layout file can be (${MAX_LAYOUT_BYTES / 1024} kB)` };
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    return { outcome: "refused", reason: `could not read ${file}: ${(err as Error).message}` };
  }
  const parsed = parseLayoutFile(text);
  if (!parsed.ok) return { outcome: "refused", reason: `${file} is not a window layout: ${parsed.error}` };
  return { outcome: "loaded", file, windows: deps.apply(parsed.layout), trends: parsed.layout.trends ?? {} };
}

/**
 * Only the operator window manages the layout (the others are walls and other monitors): the
 * asking frame's address names its role, as it does for the core.
 */
export function mayManageLayouts(senderUrl: string | null | undefined): boolean {
  if (!senderUrl) return false;
  try {
    return windowRoleOf(new URL(senderUrl).searchParams.get("role")) === "operator";
  } catch {
    return false;
  }
}
