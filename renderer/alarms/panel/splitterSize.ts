/**
 * The split between the map and the alarm panel: the panel's height as a share of the
 * workspace, moved by pointer or keyboard, kept within bounds so neither side disappears, and
 * saved per window role.
 */
import type { WindowRole } from "../../shell/windowRole";
import type { PrefsStorage } from "./panelPrefs";

export const SPLIT_MIN = 15;
export const SPLIT_MAX = 80;
export const SPLIT_DEFAULT = 36;
/** Percent per arrow key; PageUp/PageDown move four steps. */
export const SPLIT_STEP = 2;

export function clampSplit(percent: number): number {
  if (!Number.isFinite(percent)) return SPLIT_DEFAULT;
  return Math.round(Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, percent)) * 10) / 10;
}

/** The new share after a key on the separator (it lies above the panel: up makes the panel taller); null for other keys. */
export function splitAfterKey(key: string, percent: number): number | null {
  switch (key) {
    case "ArrowUp":
      return clampSplit(percent + SPLIT_STEP);
    case "ArrowDown":
      return clampSplit(percent - SPLIT_STEP);
    case "PageUp":
      return clampSplit(percent + 4 * SPLIT_STEP);
    case "PageDown":
      return clampSplit(percent - 4 * SPLIT_STEP);
    case "Home":
      return SPLIT_MAX;
    case "End":
      return SPLIT_MIN;
    default:
      return null;
  }
}

/** The panel's share when the pointer is at `y` in a workspace spanning `top`..`top + height`. */
export function splitAtPointer(y: number, top: number, height: number): number {
  if (height <= 0) return SPLIT_DEFAULT;
  return clampSplit(((top + height - y) / height) * 100);
}

const key = (role: WindowRole) => `ccr.alarmSplit.${role}`;

export function loadSplit(storage: PrefsStorage | null, role: WindowRole): number {
  try {
    const raw = storage?.getItem(key(role));
    return raw == null ? SPLIT_DEFAULT : clampSplit(Number(raw));
  } catch {
    return SPLIT_DEFAULT;
  }
}

export function saveSplit(storage: PrefsStorage | null, role: WindowRole, percent: number): void {
  try {
    storage?.setItem(key(role), String(clampSplit(percent)));
  } catch {
    // Not remembered; the split still works for this session.
  }
}
