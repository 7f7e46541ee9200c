/**
 * Reports the desktop app's main process makes of a window (`window.controlRoomReports`, from the
 * preload): the shift handover's print layout saved as a PDF file (Electron printToPDF). Host
 * mode has no such bridge; the renderer falls back to the browser's own print.
 */
import { z } from "zod";
import { LANGUAGES } from "./domain";

/** Asks the main process to save the sender's handover print layout as a PDF. */
export const handoverPdfRequest = z
  .object({
    /** The UI language the report is in (the file name follows it). */
    language: z.enum(LANGUAGES),
    /** The shift's start, ms since epoch, and its start as the site writes it ("07:00"). */
    shiftFrom: z.number().int().min(0).max(8.64e15),
    startsAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a shift start as "HH:MM"'),
    /** The site's IANA time zone, for the date in the file name. */
    timeZone: z.string().min(1).max(64),
  })
  .strict();
export type HandoverPdfRequest = z.infer<typeof handoverPdfRequest>;

export type HandoverPdfResult = { status: "saved"; file: string } | { status: "cancelled" } | { status: "failed"; message: string };

export interface DesktopReports {
  exportHandoverPdf(request: HandoverPdfRequest): Promise<HandoverPdfResult>;
}
