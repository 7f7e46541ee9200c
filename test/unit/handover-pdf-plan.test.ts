/**
 * The desktop app's handover PDF, as decided before Electron is asked: A4 portrait with the
 * stylesheet's margins in inches, backgrounds printed, a page footer in the report's language,
 * a file name naming the shift in the site's time; a request that crossed IPC wrong is refused
 * naming its field.
 */
import { describe, expect, it } from "vitest";
import { handoverPdfPlan, readHandoverPdfRequest } from "../../main/electron/handover-pdf-plan";

const NIGHT = Date.parse("2026-11-25T22:00:00Z"); // 23:00 in Niš

describe("handover PDF plan", () => {
  it("prints A4 portrait with the print stylesheet's margins and backgrounds", () => {
    const { options } = handoverPdfPlan({ language: "sr-Latn", shiftFrom: NIGHT, startsAt: "23:00", timeZone: "Europe/Belgrade" });
    expect(options).toMatchObject({ pageSize: "A4", landscape: false, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true });
    // 14 / 12 / 16 / 12 mm, as @page in renderer/styles/handover.css says.
    expect(options.margins).toEqual({ top: 0.551, right: 0.472, bottom: 0.63, left: 0.472 });
  });

  it("names the file and numbers the pages in the report's language, the date in the site's zone", () => {
    const sr = handoverPdfPlan({ language: "sr-Latn", shiftFrom: NIGHT, startsAt: "23:00", timeZone: "Europe/Belgrade" });
    expect(sr.fileName).toBe("primopredaja-smene-2026-11-25-2300.pdf");
    expect(sr.options.footerTemplate).toContain("Strana <span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span>");
    const cyrl = handoverPdfPlan({ language: "sr-Cyrl", shiftFrom: NIGHT, startsAt: "23:00", timeZone: "Europe/Belgrade" });
    expect(cyrl.fileName).toBe("primopredaja-smene-2026-11-25-2300.pdf");
    expect(cyrl.options.footerTemplate).toContain("Страна");
    const en = handoverPdfPlan({ language: "en", shiftFrom: NIGHT, startsAt: "23:00", timeZone: "Europe/Belgrade" });
    expect(en.fileName).toBe("shift-handover-2026-11-25-2300.pdf");
    expect(en.options.footerTemplate).toContain("Page ");
    // The same instant is already the 26th in Tokyo: the site's zone decides the date.
    expect(handoverPdfPlan({ language: "en", shiftFrom: NIGHT, startsAt: "07:00", timeZone: "Asia/Tokyo" }).fileName).toBe("shift-handover-2026-11-26-0700.pdf");
  });

  it("refuses a request that is not one, naming the field", () => {
    expect(readHandoverPdfRequest({ language: "sr-Latn", shiftFrom: NIGHT, startsAt: "23:00", timeZone: "Europe/Belgrade" }).ok).toBe(true);
    expect(readHandoverPdfRequest({ language: "sr-Latn", shiftFrom: NIGHT, startsAt: "11 pm", timeZone: "Europe/Belgrade" })).toEqual({ ok: false, problem: 'field "startsAt": a shift start as "HH:MM"' });
    expect(readHandoverPdfRequest({ language: "de", shiftFrom: NIGHT, startsAt: "23:00", timeZone: "Europe/Belgrade" })).toMatchObject({ ok: false, problem: expect.stringMatching(/^field "language"/) });
    expect(readHandoverPdfRequest({ language: "en", shiftFrom: NIGHT, startsAt: "23:00", timeZone: "Europe/Belgrade", path: "/etc/passwd" })).toMatchObject({ ok: false });
    expect(readHandoverPdfRequest(null)).toMatchObject({ ok: false, problem: expect.stringMatching(/^field "\(request\)"/) });
  });
});
