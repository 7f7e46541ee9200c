/**
 * Who is signed in on this workstation. Authority belongs to that person: the core checks it
 * on every call, and every OPC UA session runs as them, so the servers' ClientUserId and our
 * audit name the same person.
 */

/**
 * What a window is for. The operator window acts, and so do the alarm panel and the asset detail
 * on a workstation's other monitors (where an operator acknowledges); the other roles (map,
 * overview, trends, KPIs, connections: video walls) only show one thing full-window, and the
 * core refuses actions from them whoever is signed in.
 */
export const WINDOW_ROLES = ["operator", "overview", "map", "alarms", "trends", "detail", "kpis", "connections"] as const;
export type WindowRole = (typeof WINDOW_ROLES)[number];

/** The role a window's address names; anything else is the operator window, as before roles existed. */
export function windowRoleOf(text: string | null | undefined): WindowRole {
  return (WINDOW_ROLES as readonly string[]).includes(text ?? "") ? (text as WindowRole) : "operator";
}

/** Whether a window of this role acts (acknowledge, command, engineer, prepare for the field). */
export function windowActs(role: WindowRole): boolean {
  return role === "operator" || role === "alarms" || role === "detail";
}

/**
 * What a role may do on a site (the site config's permissions). `engineer`: browse a server's
 * address space and save or delete engineered assets (the site's asset model). `field`: download or
 * import offline map tiles and prepare an area for the field. `command`: write a tag the site marks
 * as a command (never queued). `handover`: sign a shift's handover note (the handover screen).
 */
export const PERMISSION_KEYS = ["acknowledge", "confirm", "shelve", "comment", "enable", "trust", "engineer", "field", "command", "handover"] as const;
export type PermissionKey = (typeof PERMISSION_KEYS)[number];

export interface PersonInfo {
  login: string;
  name: string;
  role: string;
  /** The operator position the site file gives this person, if any (KPIs open on it). */
  position?: string | null;
}

export interface SessionInfo {
  /** null: nobody is signed in; the station is read-only. */
  person: PersonInfo | null;
  /**
   * online: the servers accepted the person; offline: checked against the last online sign-in
   * on this workstation; site: a single-user station whose site file names its user.
   */
  verified: "online" | "offline" | "site" | null;
  since: number;
  /** What the person may do here, so the UI offers only that; the core checks again on every call. */
  may: Record<PermissionKey, boolean>;
  /** The site lists its people, so they sign in. */
  signInRequired: boolean;
}
