/**
 * Electron preload (sandboxed): asks the main process for a MessagePort to the core and
 * exposes the contract as window.controlRoom. ipcRenderer itself is never exposed. Calls made
 * before the port arrives wait in a queue.
 */
import { contextBridge, ipcRenderer } from "electron";
import type { CoreToWindowMessage, RequestMessage } from "../contract/api";
import { createApiClient } from "../contract/client";

let port: MessagePort | null = null;
const queue: RequestMessage[] = [];
let receiver: ((message: CoreToWindowMessage) => void) | null = null;

ipcRenderer.on("control-room:port", (event) => {
  const [p] = event.ports;
  if (!p) return;
  port = p;
  port.onmessage = (e: MessageEvent) => receiver?.(e.data as CoreToWindowMessage);
  for (const message of queue.splice(0)) port.postMessage(message);
});
ipcRenderer.send("control-room:connect");

const api = createApiClient({
  send(message) {
    if (port) port.postMessage(message);
    else queue.push(message);
  },
  receive(handler) {
    receiver = handler;
  },
});

contextBridge.exposeInMainWorld("controlRoom", api);
