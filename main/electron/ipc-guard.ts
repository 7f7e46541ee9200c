/**
 * The one place IPC enters the main process: every message's sender frame must be a top
 * frame of ours, served from app://control-room (decided by isTrustedSenderUrl). Anything
 * else is dropped and logged.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from "electron";
import { isTrustedSenderUrl } from "./app-origin";

export function isTrustedSender(event: Pick<IpcMainEvent, "senderFrame">): boolean {
  const frame = event.senderFrame;
  return !!frame && isTrustedSenderUrl(frame.url, frame.parent === null);
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

/** A request with an answer (ipcRenderer.invoke): an untrusted frame gets a refusal, never the handler. */
export function onTrustedInvoke(channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void {
  ipcMain.handle(channel, async (event, ...args) => {
    if (!isTrustedSender(event)) {
      console.warn(`Refused IPC "${channel}" from an untrusted frame: ${event.senderFrame?.url ?? "(gone)"}`);
      throw new Error("Refused: not a window of this application");
    }
    return handler(event, ...args);
  });
}
