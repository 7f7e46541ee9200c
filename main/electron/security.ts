/**
 * Electron security checklist, applied to every session and every web contents: no
 * navigation away from our origin, no new windows, no webviews, and no permission but desktop
 * notifications for our own pages (permissions.ts decides).
 */
import { app, session } from "electron";
import { isAppUrl } from "./app-origin";
import { isPermissionAllowed } from "./permissions";

export function hardenSessions(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame)),
  );
  s.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  s.setDevicePermissionHandler(() => false);

  app.on("web-contents-created", (_event, contents) => {
    contents.on("will-navigate", (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on("will-redirect", (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
}
