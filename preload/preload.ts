/**
 * Electron preload (sandboxed): the bridge only. Asks the main process for a MessagePort to the
 * core, turns it into the contract client and exposes that as window.controlRoom. ipcRenderer
 * itself is never exposed; only the channels in ipc-channels.ts are used, all from here.
 */
import { contextBridge, ipcRenderer } from "electron";
import { createApiClient } from "../contract/client";
import type { DesktopLayouts, LayoutOutcome } from "../contract/desktop-layout";
import { corePortPipe } from "./core-port";
import { IPC } from "./ipc-channels";
import type { DesktopReports, HandoverPdfResult } from "../contract/desktop-report";

const pipe = corePortPipe({
  requestPort: () => ipcRenderer.send(IPC.connect),
  onPort: (handler) =>
    ipcRenderer.on(IPC.port, (event) => {
      const [port] = event.ports;
      if (port) handler(port);
    }),
  onCoreLost: (handler) =>
    ipcRenderer.on(IPC.coreLost, (_event, reason: unknown) =>
      handler(typeof reason === "string" ? reason : "The control-room core stopped"),
    ),
});

contextBridge.exposeInMainWorld("controlRoom", createApiClient(pipe));

// Layouts as files, asked of main; main answers only the operator window (layout-ipc.ts).
const layouts: DesktopLayouts = {
  save: (trends) => ipcRenderer.invoke(IPC.layoutSave, trends) as Promise<LayoutOutcome>,
  load: () => ipcRenderer.invoke(IPC.layoutLoad) as Promise<LayoutOutcome>,
  openRole: (role) => ipcRenderer.invoke(IPC.layoutOpenRole, String(role)) as Promise<LayoutOutcome>,
};
contextBridge.exposeInMainWorld("controlRoomLayouts", layouts);

// The shift handover report as a PDF, printed by main (handover-pdf.ts); the request is checked there.
const reports: DesktopReports = {
  exportHandoverPdf: (request) => ipcRenderer.invoke(IPC.handoverPdf, request) as Promise<HandoverPdfResult>,
};
contextBridge.exposeInMainWorld("controlRoomReports", reports);
