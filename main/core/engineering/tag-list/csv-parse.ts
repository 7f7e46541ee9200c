/**
 * A small RFC 4180 reader: fields in double quotes may hold the separator, line breaks and
 * doubled quotes; records end at CRLF, LF or a lone CR (old Mac exports). Written by hand because
 * no CSV library is a dependency. Where files in the wild stray from the RFC it reads them the
 * way Excel does rather than refusing: blanks before an opening quote are dropped, text after a
 * closing quote is kept, a quote inside an unquoted field is a character. Only a quote that never
 * closes is an error, since everything after it has been swallowed into one field.
 */

export interface CsvRecord {
  /** The file line the record starts on, from 1. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  /** The field's number in its record, from 1. */
  column: number;
}

export interface CsvResult {
  records: CsvRecord[];
  /** Quotes that never close, at the line and field where they opened. */
  unterminated: CsvProblem[];
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Line breaks in text[from, to): CRLF counts once, a lone CR or LF once. */
function breaksIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** Parses the whole text with one separator character. Blank lines are skipped. */
export function parseCsv(text: string, separator: string): CsvResult {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];
  const unterminated: CsvProblem[] = [];
  let i = 0;
  let line = 1;

  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let quotedAny = false;
    for (;;) {
      // Blanks before an opening quote are layout ("a", "b"), not data.
      let j = i;
      while (j < n && (text[j] === " " || text[j] === "\t") && text.charCodeAt(j) !== sep) j++;
      let value = "";
      if (j < n && text.charCodeAt(j) === QUOTE) {
        quotedAny = true;
        const openLine = line;
        i = j + 1;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            value += text.slice(i);
            line += breaksIn(text, i, n);
            i = n;
            unterminated.push({ line: openLine, column: cells.length + 1 });
            break;
          }
          value += text.slice(i, q);
          line += breaksIn(text, i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === sep || c === CR || c === LF) break;
        i++;
      }
      value += text.slice(from, i);
      cells.push(value);
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        if (i >= n) cells.push("");
        if (i < n) continue;
      }
      break;
    }
    if (i < n) {
      // The record's line break.
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
    if (cells.length > 1 || cells[0] !== "" || quotedAny) records.push({ line: start, cells });
  }
  return { records, unterminated };
}
