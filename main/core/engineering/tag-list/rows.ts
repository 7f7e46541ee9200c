/**
 * A tag list's records, read through a column mapping into typed rows. Each cell is checked on
 * its own (required values, numbers, latitude and longitude ranges, the service, the node's
 * syntax, lengths), then each good row against the rows before it (row-agreement.ts). A row with
 * any error is left out and every error names its line and column; a record with only empty
 * cells (spreadsheets leave them below the data) is not a row.
 */
import {
  TAG_LIST_TEXT_LIMITS,
  type ColumnMapping,
  type TagListError,
  type TagListErrorCode,
  type TagListField,
  type TagListLine,
  type TagListRow,
} from "../../../../contract/tag-list";
import type { CsvRecord } from "./csv-parse";
import { FIELD_WORDS, quoted, tagListError } from "./errors";
import { unguardCell } from "./formula-guard";
import { nodeKindOf } from "./node-names";
import { parseNumber, type DecimalMark } from "./numbers";
import { RowAgreement } from "./row-agreement";
import { serviceResolver } from "./service-names";

export interface RowsInput {
  /** The data records, below the header row. */
  records: CsvRecord[];
  headers: string[];
  mapping: ColumnMapping;
  /** The site's service keys: a row's service must name one. */
  services: readonly string[];
  /** The file's decimal mark when its numbers show it. */
  decimal: DecimalMark | null;
  separator: string;
}

export interface RowsResult {
  lines: TagListLine[];
  errors: TagListError[];
  /** Records that are rows (not blank), good or bad. */
  total: number;
}

type TextField = keyof typeof TAG_LIST_TEXT_LIMITS;

/** Reads one record; collects its errors instead of stopping at the first. */
class RecordReader {
  readonly errors: TagListError[] = [];

  constructor(
    private readonly record: CsvRecord,
    private readonly input: RowsInput,
  ) {}

  fail(code: TagListErrorCode, field: TagListField, what: string, text: string | null = null): void {
    const index = this.input.mapping[field] ?? null;
    const header = index === null ? null : (this.input.headers[index] ?? null);
    this.errors.push(tagListError(code, { line: this.record.line, index, header, field }, what, text));
  }

  cell(field: TagListField): string {
    const index = this.input.mapping[field];
    return index === undefined ? "" : unguardCell((this.record.cells[index] ?? "").trim());
  }

  text(field: TextField, required: boolean): string | null {
    const value = this.cell(field);
    if (value === "") {
      if (required) this.fail("missing-value", field, `no ${FIELD_WORDS[field]}: this column must have a value on every row`);
      return null;
    }
    const max = TAG_LIST_TEXT_LIMITS[field];
    if (value.length > max) this.fail("too-long", field, `${value.length} characters, at most ${max} fit`, value);
    return value;
  }

  number(field: "lat" | "lon" | "rangeLow" | "rangeHigh", required: boolean): number | null {
    const raw = this.cell(field);
    const parsed = parseNumber(raw, this.input.decimal);
    if (parsed.ok) return parsed.value;
    if (parsed.reason === "empty") {
      if (required) this.fail("missing-value", field, `no ${FIELD_WORDS[field]}: this column must have a value on every row`);
    } else if (parsed.reason === "ambiguous") {
      this.fail("ambiguous-number", field, `${quoted(raw)} may be a decimal or a thousands mark and no other number in the file tells which`, raw);
    } else {
      this.fail("not-a-number", field, `${quoted(raw)} is not a number`, raw);
    }
    return null;
  }
}

/**
 * Cells right of the header's last column: mostly a separator in an unquoted value, which shifts
 * every cell after it. Empty ones are a tool's trailing separators, unless the record is also
 * wider than the file's usual record (`usual`): then an empty last value was shifted out.
 */
function extraFields(record: CsvRecord, input: RowsInput, usual: number): TagListError | null {
  const width = input.headers.length;
  const extra = record.cells.slice(width);
  if (extra.length === 0 || (!extra.some((c) => c.trim() !== "") && record.cells.length <= usual)) return null;
  const separator = input.separator;
  const sep = separator === "\t" ? "tab" : quoted(separator);
  const what = `${record.cells.length} fields where the header has ${width}: a value holding the separator ${sep} must be in double quotes`;
  return tagListError("extra-fields", { line: record.line, index: width, header: null, field: null }, what, extra.join(separator));
}

function readRecord(record: CsvRecord, input: RowsInput, usual: number, resolveService: (text: string) => string | null): { row: TagListRow | null; errors: TagListError[] } {
  // Extra fields shift every cell after the stray separator: the other errors would only be echoes of it.
  const extra = extraFields(record, input, usual);
  if (extra) return { row: null, errors: [extra] };
  const r = new RecordReader(record, input);
  const assetId = r.text("assetId", true);
  const assetName = r.text("assetName", true);
  const serviceText = r.text("service", true);
  const type = r.text("type", false) ?? "";
  const district = r.text("district", false) ?? "";
  const lat = r.number("lat", true);
  const lon = r.number("lon", true);
  const node = r.text("node", true);
  const unit = r.text("unit", false);
  const tagName = r.text("tagName", false);
  const rangeLow = r.number("rangeLow", false);
  const rangeHigh = r.number("rangeHigh", false);

  const service = serviceText === null ? null : resolveService(serviceText);
  if (serviceText !== null && service === null) {
    r.fail("unknown-service", "service", `${quoted(serviceText)} is none of this site's services (${input.services.join(", ")})`, serviceText);
  }
  const nodeKind = node === null ? null : nodeKindOf(node);
  if (node !== null && nodeKind === null) {
    r.fail("bad-node", "node", `${quoted(node)} is neither a NodeId (ns=2;s=…, ns=3;i=1001, i=85) nor a browse path (/Objects/2:Water/…)`, node);
  }
  if (lat !== null && (lat < -90 || lat > 90)) r.fail("lat-out-of-range", "lat", `${lat} is not a latitude (-90 to 90)`, r.cell("lat"));
  if (lon !== null && (lon < -180 || lon > 180)) r.fail("lon-out-of-range", "lon", `${lon} is not a longitude (-180 to 180)`, r.cell("lon"));
  // 0, 0 is in the Gulf of Guinea: what a SCADA export writes when it has no location.
  if (lat === 0 && lon === 0) r.fail("no-location", "lat", "latitude and longitude are both 0, which means no location was filled in");
  if (rangeLow !== null && rangeHigh !== null && rangeLow > rangeHigh) {
    r.fail("bad-range", "rangeLow", `range low ${rangeLow} is above range high ${rangeHigh}`, r.cell("rangeLow"));
  }
  if (r.errors.length > 0) return { row: null, errors: r.errors };
  const row: TagListRow = {
    assetId: assetId!,
    assetName: assetName!,
    service: service!,
    type,
    district,
    lat: lat!,
    lon: lon!,
    node: node!,
    nodeKind: nodeKind!,
    unit,
    tagName,
    rangeLow,
    rangeHigh,
  };
  return { row, errors: [] };
}

const isBlank = (record: CsvRecord) => record.cells.every((c) => c.trim() === "");

/** The most common number of cells per record. */
function usualWidth(records: CsvRecord[]): number {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let best = 0;
  let seen = 0;
  for (const [width, n] of counts) if (n > seen || (n === seen && width > best)) [best, seen] = [width, n];
  return best;
}

/** Reads every record; good rows in file order, errors in file order. */
export function readRows(input: RowsInput): RowsResult {
  const lines: TagListLine[] = [];
  const errors: TagListError[] = [];
  const agreement = new RowAgreement(input.mapping, input.headers);
  const rows = input.records.filter((r) => !isBlank(r));
  const usual = usualWidth(rows);
  const resolveService = serviceResolver(input.services);
  for (const record of rows) {
    const read = readRecord(record, input, usual, resolveService);
    const conflicts = read.row ? agreement.check(record.line, read.row) : [];
    errors.push(...read.errors, ...conflicts);
    if (read.row && conflicts.length === 0) lines.push({ line: record.line, row: read.row });
  }
  return { lines, errors, total: rows.length };
}
