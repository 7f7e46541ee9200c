/**
 * The one place that finds the contract: the Electron preload puts it on window.controlRoom;
 * otherwise we are in host mode and open it over WebSocket. Everything else in the renderer
 * only sees ControlRoomApi, plus the one host-mode failure a person must be told about: a
 * refused token (TOKEN_REFUSED), which the start rejects with, or onTokenRefused reports later.
 */
import type { ControlRoomApi } from "../../contract/api";
import { connectHost } from "./host";

export { onTokenRefused, TOKEN_REFUSED } from "./host";

declare global {
  interface Window {
    controlRoom?: ControlRoomApi;
  }
}

export async function getControlRoom(): Promise<ControlRoomApi> {
  if (window.controlRoom) return window.controlRoom;
  return connectHost(window.location);
}
