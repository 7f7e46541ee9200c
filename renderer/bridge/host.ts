/**
 * Host mode: the same contract over a WebSocket to main/host on loopback. The token the host
 * printed in the page URL authorises the socket. If the socket drops, every endpoint is shown
 * as disconnected (values go stale) and the page reloads once the host answers again, so the
 * window comes back with fresh state rather than a half-restored one.
 */
import type { ControlRoomApi, CoreToWindowMessage } from "../../contract/api";
import { createApiClient } from "../../contract/client";

const RETRY_MS = 2000;

function socketUrl(location: Location): string {
  const token = new URLSearchParams(location.search).get("token") ?? "";
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/api?token=${encodeURIComponent(token)}`;
}

function reloadWhenHostIsBack(location: Location): void {
  const probe = new WebSocket(socketUrl(location));
  probe.addEventListener("open", () => {
    probe.close();
    location.reload();
  });
  probe.addEventListener("error", () => setTimeout(() => reloadWhenHostIsBack(location), RETRY_MS));
}

export function connectHost(location: Location): Promise<ControlRoomApi> {
  const socket = new WebSocket(socketUrl(location));
  return new Promise((resolve, reject) => {
    socket.addEventListener("open", () => {
      resolve(
        createApiClient({
          send: (message) => socket.send(JSON.stringify(message)),
          receive: (handler) =>
            socket.addEventListener("message", (event) => handler(JSON.parse(String(event.data)) as CoreToWindowMessage)),
          closed: (handler) =>
            socket.addEventListener("close", () => {
              handler("Lost the link to the control-room host; showing last known values and retrying");
              setTimeout(() => reloadWhenHostIsBack(location), RETRY_MS);
            }),
        }),
      );
    });
    socket.addEventListener("error", () =>
      reject(new Error("Cannot reach the control-room host (is `npm run serve` running, and is the token in the URL right?)")),
    );
  });
}
