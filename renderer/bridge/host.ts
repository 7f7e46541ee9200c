/**
 * Host mode: the same contract over a WebSocket to main/host on loopback. The token the host
 * printed in the page URL authorises the socket.
 */
import type { CoreToWindowMessage } from "../../preload/api";
import { createApiClient } from "../../preload/client";
import type { ControlRoomApi } from "../../preload/api";

export function connectHost(location: Location): Promise<ControlRoomApi> {
  const token = new URLSearchParams(location.search).get("token") ?? "";
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const socket = new WebSocket(`${scheme}//${location.host}/api?token=${encodeURIComponent(token)}`);
  return new Promise((resolve, reject) => {
    socket.addEventListener("open", () => {
      resolve(
        createApiClient({
          send: (message) => socket.send(JSON.stringify(message)),
          receive: (handler) =>
            socket.addEventListener("message", (event) => handler(JSON.parse(String(event.data)) as CoreToWindowMessage)),
        }),
      );
    });
    socket.addEventListener("error", () => reject(new Error("Cannot reach the control-room host (is `npm run serve` running, and is the token in the URL right?)")));
  });
}
