/**
 * Spreadsheet formula injection (CWE-1236): a cell beginning with =, +, -, @, a tab or a carriage
 * return is run as a formula when the exported file is opened in Excel or LibreOffice, and tag
 * lists carry server text (asset names) we did not write. Such a text cell is written with a
 * leading apostrophe, which the spreadsheet shows as plain text (OWASP's advice), and an import
 * drops that apostrophe again so a round trip gives back the same text. Numbers are written as
 * numbers: "-5" in a number column is a value, not a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text safe to put in a spreadsheet cell. */
export function guardFormula(text: string): string {
  // A text that already starts with an apostrophe gets one more, so the import's drop is exact.
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * A cell's text as meant: the guard apostrophe dropped, and Excel's ="text" wrapper (which tools
 * write to keep leading zeros, "=""0012""") unwrapped.
 */
export function unguardCell(text: string): string {
  if (/^'[=+\-@\t\r']/.test(text)) return text.slice(1);
  const wrapped = /^="(.*)"$/s.exec(text);
  if (wrapped) return wrapped[1]!.replace(/""/g, '"');
  return text;
}
