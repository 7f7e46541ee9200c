/**
 * Our renderer's address, and the one test of "is this URL ours". Kept free of 'electron' so
 * the sender check, navigation guard and protocol handler are decided by code Node can test.
 *
 * Compared as protocol + host, not `URL.origin`: for a scheme the URL parser does not know
 * (Node always, Chromium for registered schemes in some paths) `origin` is the string "null",
 * which would match nothing of ours, or, worse, everything opaque.
 */
export const APP_SCHEME = "app";
export const APP_HOST = "control-room";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True for app://control-room/<anything>: no other scheme or host, no userinfo, no port. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === "" &&
    parsed.password === ""
  );
}

/**
 * An IPC sender is trusted only when it is a top frame showing one of our pages. Subframes are
 * refused even when ours: the app has none, so one appearing means something was injected.
 */
export function isTrustedSenderUrl(url: string | null | undefined, isTopFrame: boolean): boolean {
  if (!isTopFrame || typeof url !== "string") return false;
  return isAppUrl(url);
}
