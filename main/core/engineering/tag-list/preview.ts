/**
 * Bytes of a tag list → what a person needs to import it: how the file was read (encoding,
 * separator, header row), which of its columns feed our fields, the good rows and the errors.
 * readTagList reads the whole file (the import); previewTagList cuts it to what a screen shows.
 */
import type {
  ColumnMapping,
  TagListEncoding,
  TagListError,
  TagListField,
  TagListLine,
  TagListPreview,
  TagListSeparator,
} from "../../../../contract/tag-list";
import { headerScore, mappingGaps, suggestMapping } from "./columns";
import { parseCsv, type CsvRecord } from "./csv-parse";
import { decodeTagList } from "./decode";
import { FIELD_WORDS, tagListError } from "./errors";
import { detectDecimalMark, type DecimalMark } from "./numbers";
import { readRows } from "./rows";
import { detectSeparator, separatorHint } from "./separators";

export interface ReadOptions {
  /** The site's service keys. */
  services: readonly string[];
  /** The person's mapping; suggested from the headers when absent. */
  mapping?: ColumnMapping;
  separator?: TagListSeparator;
  encoding?: TagListEncoding;
  headerLine?: number;
}

export type TagListReading = Omit<TagListPreview, "rows" | "errors" | "errorCount" | "sample"> & {
  records: CsvRecord[];
  lines: TagListLine[];
  errors: TagListError[];
};

/** Title lines may stand above the header: it is the first of the first ten records that names most of our columns. */
const HEADER_SEARCH = 10;
const NUMBER_FIELDS = ["lat", "lon", "rangeLow", "rangeHigh"] as const satisfies readonly TagListField[];

function headerIndex(records: CsvRecord[], headerLine: number | undefined): number {
  if (headerLine !== undefined) {
    const i = records.findIndex((r) => r.line >= headerLine);
    return i < 0 ? records.length : i;
  }
  let best = 0;
  let bestScore = 0;
  records.slice(0, HEADER_SEARCH).forEach((r, i) => {
    const score = headerScore(r.cells);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function fileDecimal(records: CsvRecord[], mapping: ColumnMapping, separator: TagListSeparator): DecimalMark | null {
  const columns = NUMBER_FIELDS.map((f) => mapping[f]).filter((i): i is number => i !== undefined);
  const cells = records.flatMap((r) => columns.map((i) => r.cells[i] ?? ""));
  return detectDecimalMark(cells, separator === ";" ? "," : separator === "," ? "." : null);
}

/** Mapped fields whose column the file lacks, and required fields with no column: nothing can be read then. */
function mappingErrors(mapping: ColumnMapping, headers: string[], missing: TagListField[]): TagListError[] {
  const errors: TagListError[] = [];
  for (const [field, index] of Object.entries(mapping) as [TagListField, number][]) {
    if (index >= headers.length) {
      const what = `${FIELD_WORDS[field]} is mapped to column ${index + 1}, but the header row has ${headers.length} columns`;
      errors.push(tagListError("missing-column", { line: null, index: null, header: null, field }, what));
    }
  }
  for (const field of missing) {
    errors.push(tagListError("missing-column", { line: null, index: null, header: null, field }, `no column for ${FIELD_WORDS[field]}: map one of the file's columns to it`));
  }
  return errors;
}

/** Reads the whole file. */
export function readTagList(bytes: Uint8Array, options: ReadOptions): TagListReading {
  const { text, encoding, bom } = decodeTagList(bytes, options.encoding);
  const separator = options.separator ?? detectSeparator(text);
  const parsed = parseCsv(text, separator);
  const records = separatorHint(text) && parsed.records[0]?.line === 1 ? parsed.records.slice(1) : parsed.records;
  const hi = headerIndex(records, options.headerLine);
  const headerRecord = records[hi];
  const headers = (headerRecord?.cells ?? []).map((c) => c.trim());
  const data = records.slice(hi + 1);
  const mapping = options.mapping ?? suggestMapping(headers).mapping;
  const { unmapped, missing } = mappingGaps(mapping, headers.length);
  const decimal = fileDecimal(data, mapping, separator);

  const errors = mappingErrors(mapping, headers, missing);
  for (const u of parsed.unterminated) {
    const what = "a quote opens here and never closes, so the rest of the file was read into this field";
    errors.push(tagListError("unterminated-quote", { line: u.line, index: u.column - 1, header: headers[u.column - 1] ?? null, field: null }, what));
  }
  const readable = errors.every((e) => e.code !== "missing-column");
  // The record a quote never closes holds the rest of the file: its other errors would be noise.
  const swallowed = new Set(parsed.unterminated.map((u) => u.line));
  const whole = data.filter((r) => !swallowed.has(r.line));
  const rows = readable ? readRows({ records: whole, headers, mapping, services: options.services, decimal, separator }) : null;
  if (rows) errors.push(...rows.errors);
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

  const lines = rows?.lines ?? [];
  return {
    encoding,
    bom,
    separator,
    headerLine: headerRecord?.line ?? 1,
    headers,
    mapping,
    unmapped,
    missing,
    decimal,
    totalRows: rows ? rows.total + data.length - whole.length : data.filter((r) => r.cells.some((c) => c.trim() !== "")).length,
    goodRows: lines.length,
    records: data,
    lines,
    errors,
  };
}

export interface PreviewOptions extends ReadOptions {
  sampleRows: number;
  /** How many errors the preview carries; errorCount tells them all. */
  maxErrors?: number;
}

/** What a screen shows before the import: the reading, the first rows and errors. */
export function previewTagList(bytes: Uint8Array, options: PreviewOptions): TagListPreview {
  const { records, lines, errors, ...reading } = readTagList(bytes, options);
  return {
    ...reading,
    sample: records
      .filter((r) => r.cells.some((c) => c.trim() !== ""))
      .slice(0, options.sampleRows)
      .map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })),
    rows: lines.slice(0, options.sampleRows),
    errors: errors.slice(0, options.maxErrors ?? 200),
    errorCount: errors.length,
  };
}
