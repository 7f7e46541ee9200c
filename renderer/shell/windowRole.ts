/**
 * What a window shows. The Electron shell names each window's role in its address
 * (`?role=map`, `?role=trends`, … from the layout); host mode takes the same parameter, so a
 * video-wall browser shows one role. The operator screen is the default and the only window
 * that acts; the roles themselves are the contract's (the core refuses actions by them).
 */
import { WINDOW_ROLES, windowActs, windowRoleOf, type WindowRole } from "../../contract/api";

export type { WindowRole };
export { windowActs };

/** The roles that open as windows of their own (everything but the operator screen). */
export const ROLE_WINDOWS = WINDOW_ROLES.filter((r) => r !== "operator");

export function windowRole(search: string): WindowRole {
  return windowRoleOf(new URLSearchParams(search).get("role"));
}

/** This page's address for another role: the host's token and the language stay, the view goes. */
export function roleUrl(href: string, role: WindowRole): string {
  const url = new URL(href);
  url.searchParams.delete("view");
  if (role === "operator") url.searchParams.delete("role");
  else url.searchParams.set("role", role);
  return url.href;
}

/**
 * Whether a window of this role opens on the selection the others share: the detail and trends
 * windows show nothing but the chosen asset, so opening one later shows what the operator is
 * looking at. A map, alarm or operator window opens as it was left, and follows the next choice.
 */
export function opensOnSharedSelection(role: WindowRole): boolean {
  return role === "detail" || role === "trends";
}
