/**
 * Whether this window's horn is on, and whether low-priority alarms sound, saved per window role
 * in localStorage. The operator screen sounds by default; a map window (an extra display of the
 * same workstation, or a video wall) does not, so one workstation with three displays does not
 * sound three horns out of step. A wall that is on its own turns its horn on once.
 */
import type { WindowRole } from "../shell/windowRole";

export interface HornSetting {
  on: boolean;
  soundLow: boolean;
}

export function defaultHornSetting(role: WindowRole): HornSetting {
  return { on: role === "operator", soundLow: false };
}

export function hornSettingKey(role: WindowRole): string {
  return `ccr.horn.${role}`;
}

/** What was stored, field by field; anything unreadable keeps the role's default. */
export function parseHornSetting(raw: string | null, role: WindowRole): HornSetting {
  const fallback = defaultHornSetting(role);
  let data: unknown = null;
  try {
    data = raw === null ? null : JSON.parse(raw);
  } catch {
    data = null;
  }
  const r = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  return {
    on: typeof r.on === "boolean" ? r.on : fallback.on,
    soundLow: typeof r.soundLow === "boolean" ? r.soundLow : fallback.soundLow,
  };
}

/** localStorage, or null where the browser refuses it (the setting then lasts until reload). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadHornSetting(role: WindowRole): HornSetting {
  return parseHornSetting(storage()?.getItem(hornSettingKey(role)) ?? null, role);
}

export function saveHornSetting(role: WindowRole, setting: HornSetting): void {
  try {
    storage()?.setItem(hornSettingKey(role), JSON.stringify(setting));
  } catch {
    // A full or refused storage only means the choice is forgotten on reload.
  }
}
