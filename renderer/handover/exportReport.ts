/**
 * Exporting the handover report: the desktop app saves the print layout as a PDF through its
 * main process (printToPDF); a browser in host mode opens its print dialog, where "Save as PDF"
 * uses the same A4 print stylesheet.
 */
import type { DesktopReports, HandoverPdfRequest, HandoverPdfResult } from "../../contract/desktop-report";

declare global {
  interface Window {
    controlRoomReports?: DesktopReports;
  }
}

export type ExportOutcome = HandoverPdfResult | { status: "printed" };

export async function exportReport(request: HandoverPdfRequest, desktop = window.controlRoomReports, print: () => void = () => window.print()): Promise<ExportOutcome> {
  if (desktop) return desktop.exportHandoverPdf(request);
  print();
  return { status: "printed" };
}
