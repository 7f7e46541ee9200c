/**
 * The history as a CSV file a spreadsheet opens as it is: UTF-8 with a BOM (Excel otherwise
 * reads č, ć, đ and Cyrillic as Windows-1250/1252), CRLF rows and RFC 4180 quoting. Serbian files
 * use `;` because Excel in a Serbian locale (decimal comma) splits on `;`; English files `,`.
 * A cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe:
 * alarm messages and comments are text from servers and people, never formulas.
 */
import type { TFunction } from "i18next";
import type { AlarmHistoryRow } from "../../contract/api";
import { createFormats } from "../i18n/formats";
import type { Language } from "../i18n/languages";
import { COLUMN_LABEL, HISTORY_COLUMNS, rowTexts } from "./historyColumns";
import { localIso } from "./siteTime";

export type CsvSeparator = ";" | ",";

const BOM = "\uFEFF";
const CRLF = "\r\n";

export function csvSeparatorFor(language: Language): CsvSeparator {
  return language === "en" ? "," : ";";
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, separator: CsvSeparator): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || safe.includes('"') || safe.includes("\n") || safe.includes("\r");
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: BOM, header line, one line per row, each line ended by CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  const line = (cells: readonly string[]) => cells.map((c) => csvCell(c, separator)).join(separator) + CRLF;
  return BOM + line(header) + rows.map(line).join("");
}

export interface HistoryCsvOptions {
  t: TFunction;
  language: Language;
  /** The site's zone: times are written as its wall clock, and the header says which zone. */
  timeZone: string;
}

export function historyCsv(rows: readonly AlarmHistoryRow[], { t, language, timeZone }: HistoryCsvOptions): string {
  const formats = createFormats(language, timeZone, t);
  const header = HISTORY_COLUMNS.map((c) => (c === "time" ? t("history.csv.timeHeader", { zone: timeZone }) : t(COLUMN_LABEL[c])));
  const body = rows.map((row) => {
    const texts = rowTexts(row, t, formats);
    return HISTORY_COLUMNS.map((c) => (c === "time" ? localIso(row.time, timeZone) : texts[c]));
  });
  return csvDocument(header, body, csvSeparatorFor(language));
}
