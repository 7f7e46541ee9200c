/**
 * The handover report's "Export PDF" in the desktop app (preload's window.controlRoomReports):
 * the person picks where to save, the sender's page is printed with its print stylesheet
 * (printToPDF) and written there. Thin: what is decided lives in handover-pdf-plan.ts.
 */
import { app, BrowserWindow, dialog } from "electron";
import fs from "node:fs/promises";
import path from "node:path";
import type { HandoverPdfResult } from "../../contract/desktop-report";
import { IPC } from "../../preload/ipc-channels";
import { handoverPdfPlan, readHandoverPdfRequest } from "./handover-pdf-plan";
import { onTrustedInvoke } from "./ipc-guard";

const FILTERS = [{ name: "PDF", extensions: ["pdf"] }];

export function registerHandoverPdf(): void {
  onTrustedInvoke(IPC.handoverPdf, async (event, raw): Promise<HandoverPdfResult> => {
    const read = readHandoverPdfRequest(raw);
    if (!read.ok) return { status: "failed", message: read.problem };
    const plan = handoverPdfPlan(read.request);
    const parent = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: path.join(app.getPath("documents"), plan.fileName), filters: FILTERS };
    const chosen = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { status: "cancelled" };
    try {
      await fs.writeFile(chosen.filePath, await event.sender.printToPDF(plan.options));
      return { status: "saved", file: chosen.filePath };
    } catch (err) {
      return { status: "failed", message: (err as Error).message };
    }
  });
}
