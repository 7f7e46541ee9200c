/**
 * How the desktop app prints a shift handover report (plain, no Electron, unit-tested): A4
 * portrait with the print stylesheet's own margins, backgrounds on (priority tags keep their
 * colour), a page number at the foot in the report's language, and a file name that says what
 * and which shift in the site's time, safe on every file system.
 */
import type { PrintToPDFOptions } from "electron";
import { handoverPdfRequest, type HandoverPdfRequest } from "../../contract/desktop-report";
import type { Language } from "../../contract/api";
import { wallDate } from "../core/handover/zoned-time";

const MM_PER_INCH = 25.4;
/** The same margins as the print stylesheet's @page (renderer/styles/handover.css), in inches as Electron takes them. */
export const PAGE_MARGINS_MM = { top: 14, right: 12, bottom: 16, left: 12 } as const;

const WORDS: Record<Language, { file: string; page: string }> = {
  "sr-Latn": { file: "primopredaja-smene", page: "Strana" },
  "sr-Cyrl": { file: "primopredaja-smene", page: "Страна" },
  en: { file: "shift-handover", page: "Page" },
};

export interface HandoverPdfPlan {
  fileName: string;
  options: PrintToPDFOptions;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function handoverPdfPlan(request: HandoverPdfRequest): HandoverPdfPlan {
  const words = WORDS[request.language];
  const d = wallDate(request.shiftFrom, request.timeZone);
  const inches = (mm: number) => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return {
    fileName: `${words.file}-${d.year}-${pad(d.month)}-${pad(d.day)}-${request.startsAt.replace(":", "")}.pdf`,
    options: {
      pageSize: "A4",
      landscape: false,
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: inches(PAGE_MARGINS_MM.top), right: inches(PAGE_MARGINS_MM.right), bottom: inches(PAGE_MARGINS_MM.bottom), left: inches(PAGE_MARGINS_MM.left) },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="width:100%;font-size:8px;color:#333;text-align:center">${words.page} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      generateDocumentOutline: false,
    },
  };
}

/** A window's request checked field by field (it crossed IPC from a page); the problem names the field. */
export function readHandoverPdfRequest(raw: unknown): { ok: true; request: HandoverPdfRequest } | { ok: false; problem: string } {
  const parsed = handoverPdfRequest.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, problem: `field "${issue.path.join(".") || "(request)"}": ${issue.message}` };
}
