/**
 * The one place IPC enters the main process: every message's sender frame must be a top
 * frame of ours, served from app://control-room. Anything else is dropped and logged.
 */
import { ipcMain, type IpcMainEvent } from "electron";
import { APP_ORIGIN } from "./app-protocol";

export function isTrustedSender(event: IpcMainEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function onTrustedIpc(channel: string, handler: (event: IpcMainEvent, ...args: unknown[]) => void): void {
  ipcMain.on(channel, (event, ...args) => {
    if (!isTrustedSender(event)) {
      console.warn(`Dropped IPC "${channel}" from an untrusted frame: ${event.senderFrame?.url ?? "(gone)"}`);
      return;
    }
    handler(event, ...args);
  });
}
