/**
 * Which web permissions our windows get: desktop notifications (an alarm while the window has no
 * focus, asked for by a person from the banner) and nothing else, and only for our own pages'
 * top frames. Kept free of 'electron' so Node tests decide it.
 */
import { isAppUrl } from "./app-origin";

const ALLOWED = new Set(["notifications"]);

export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return ALLOWED.has(permission) && isMainFrame && typeof requestingUrl === "string" && isAppUrl(requestingUrl);
}
