/**
 * Tag lists: the CSV files SCADA engineers exchange, one row per tag, that import and export an
 * engineered asset model. What a window sends (the file's bytes, the column mapping a person
 * confirmed) and what it gets back (a preview with the detected encoding, separator and mapping,
 * the first rows, and errors that name the line and the column).
 */
import { z } from "zod";
import type { ModelVersion } from "./engineering";
import type { EndpointId } from "./ids";

/** Our columns, in the order an export writes them. */
export const TAG_LIST_FIELDS = [
  "assetId",
  "assetName",
  "service",
  "type",
  "district",
  "lat",
  "lon",
  "node",
  "unit",
  "tagName",
  "rangeLow",
  "rangeHigh",
] as const;
export type TagListField = (typeof TAG_LIST_FIELDS)[number];

/** A file without a column for one of these cannot be imported; the rest may be absent or empty. */
export const REQUIRED_TAG_LIST_FIELDS = ["assetId", "assetName", "service", "lat", "lon", "node"] as const satisfies readonly TagListField[];

export const TAG_LIST_SEPARATORS = [",", ";", "\t"] as const;
export type TagListSeparator = (typeof TAG_LIST_SEPARATORS)[number];

export const TAG_LIST_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1250", "windows-1251"] as const;
export type TagListEncoding = (typeof TAG_LIST_ENCODINGS)[number];

/** How a tag's node is named: an OPC UA NodeId ("ns=2;s=PS_1.Flow", "i=85") or a browse path from Objects. */
export type TagListNodeKind = "nodeId" | "browsePath";

/** One tag of the file, with its asset's facts repeated on each row as tag lists do. */
export interface TagListRow {
  /** The file's own asset id (e.g. "PS-01"): rows with the same id make one asset. */
  assetId: string;
  assetName: string;
  /** One of the site's service keys ("water", …). */
  service: string;
  type: string;
  district: string;
  lat: number;
  lon: number;
  /** NodeId text or browse path ("/Objects/2:Water/2:PS_1/2:Flow"), on the endpoint the import names. */
  node: string;
  nodeKind: TagListNodeKind;
  unit: string | null;
  tagName: string | null;
  rangeLow: number | null;
  rangeHigh: number | null;
}

/** The longest text each text field may hold, in characters. */
export const TAG_LIST_TEXT_LIMITS = {
  assetId: 200,
  assetName: 500,
  service: 100,
  type: 200,
  district: 200,
  node: 2000,
  unit: 100,
  tagName: 500,
} as const satisfies Partial<Record<TagListField, number>>;

const text = (max: number) => z.string().trim().max(max);
const optionalNumber = z.number().finite().nullable();
export const tagListRowSchema = z
  .object({
    assetId: text(TAG_LIST_TEXT_LIMITS.assetId).min(1),
    assetName: text(TAG_LIST_TEXT_LIMITS.assetName).min(1),
    service: text(TAG_LIST_TEXT_LIMITS.service).min(1),
    type: text(TAG_LIST_TEXT_LIMITS.type),
    district: text(TAG_LIST_TEXT_LIMITS.district),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    node: text(TAG_LIST_TEXT_LIMITS.node).min(1),
    nodeKind: z.enum(["nodeId", "browsePath"]),
    unit: text(TAG_LIST_TEXT_LIMITS.unit).nullable(),
    tagName: text(TAG_LIST_TEXT_LIMITS.tagName).nullable(),
    rangeLow: optionalNumber,
    rangeHigh: optionalNumber,
  })
  .strict()
  .refine((r) => r.rangeLow === null || r.rangeHigh === null || r.rangeLow <= r.rangeHigh, {
    message: "range low above range high",
    path: ["rangeLow"],
  }) satisfies z.ZodType<TagListRow>;

/** A row with the file line it starts on (a quoted field may span lines). */
export interface TagListLine {
  line: number;
  row: TagListRow;
}

export const TAG_LIST_ERROR_CODES = [
  "unterminated-quote",
  "missing-column",
  "extra-fields",
  "missing-value",
  "not-a-number",
  "ambiguous-number",
  "lat-out-of-range",
  "lon-out-of-range",
  "no-location",
  "unknown-service",
  "bad-node",
  "bad-range",
  "too-long",
  "duplicate-node",
  "inconsistent-asset",
] as const;
export type TagListErrorCode = (typeof TAG_LIST_ERROR_CODES)[number];

/** What is wrong, where: a window shows `code` in its language, logs and tests read `message`. */
export interface TagListError {
  code: TagListErrorCode;
  /** File line, from 1 (the line a row starts on); null for the file as a whole (a missing column). */
  line: number | null;
  /** Column number in the file, from 1; null when no column is meant. */
  column: number | null;
  /** The column's header as the file spells it, else null. */
  columnName: string | null;
  field: TagListField | null;
  /** In English words, e.g. `line 7, column 6 "Lat": 143.2 is not a latitude (-90 to 90)`. */
  message: string;
  /** The offending text, cut at 200 characters; null when there is none (an empty cell). */
  text: string | null;
}

/** Our field → the file's column index (from 0). */
export const columnMappingSchema = z
  .object(Object.fromEntries(TAG_LIST_FIELDS.map((f) => [f, z.number().int().min(0).max(999).optional()])) as {
    [F in TagListField]: z.ZodOptional<z.ZodNumber>;
  })
  .strict()
  .refine((m) => new Set(Object.values(m)).size === Object.values(m).length, { message: "one column maps to one field only" });
export type ColumnMapping = Partial<Record<TagListField, number>>;

export interface TagListPreview {
  encoding: TagListEncoding;
  /** The file started with a byte order mark. */
  bom: boolean;
  separator: TagListSeparator;
  /** The line the header row is on (title lines above it are skipped). */
  headerLine: number;
  headers: string[];
  /** The first data records as the file has them (cells trimmed), for a person to map columns by. */
  sample: { line: number; cells: string[] }[];
  /** The mapping the preview used: the window's, or the one suggested from the headers. */
  mapping: ColumnMapping;
  /** Columns no field maps to (index from 0), so a person can map them by hand. */
  unmapped: number[];
  /** Required fields with no column. */
  missing: TagListField[];
  /**
   * The file's decimal mark: what its numbers show, else what its separator implies (";" files
   * come from locales with a decimal comma, "," files from those with a point); null when its
   * numbers show both, so each number must speak for itself.
   */
  decimal: "," | "." | null;
  /** Data rows in the file (good and bad), and how many are good. */
  totalRows: number;
  goodRows: number;
  /** The first good rows. */
  rows: TagListLine[];
  /** The first errors, in file order, and how many there are in all. */
  errors: TagListError[];
  errorCount: number;
}

/** Base64 of at most 16 MiB: what a utility's tag list weighs, well within a message. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const bytesBase64 = z
  .string()
  .min(1)
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "the file's bytes in base64")
  .refine((s) => s.length % 4 === 0, "the file's bytes in base64");
const endpointIdArg = z
  .string()
  .min(1)
  .max(64)
  .refine((id) => !id.includes("|"), "an endpoint id")
  .transform((id) => id as EndpointId);
/** How the file is read; each is detected when absent. */
const reading = {
  separator: z.enum(TAG_LIST_SEPARATORS).optional(),
  encoding: z.enum(TAG_LIST_ENCODINGS).optional(),
  /** The line of the header row, when the detected one is wrong. */
  headerLine: z.number().int().min(1).max(1000).optional(),
};

export const previewTagListArgs = z
  .object({ bytesBase64, mapping: columnMappingSchema.optional(), ...reading, sampleRows: z.number().int().min(0).max(1000).default(50) })
  .strict();

/** Imports the whole file onto one endpoint with the mapping the person confirmed; refused while any row is in error. */
export const importTagListArgs = z.object({ endpointId: endpointIdArg, bytesBase64, mapping: columnMappingSchema, ...reading }).strict();

export const exportTagListArgs = z
  .object({
    /** Only this endpoint's assets; all when absent. */
    endpointId: endpointIdArg.optional(),
    separator: z.enum(TAG_LIST_SEPARATORS).default(";"),
    decimal: z.enum([",", "."]).default("."),
  })
  .strict();

/** An exported file: UTF-8 with a BOM, RFC 4180. */
export interface TagListExport {
  bytesBase64: string;
  rows: number;
}

/**
 * What an import did. The engineered model keeps one version per asset (each version holds one
 * asset before and after), so an import writes one version, with its audit row, per asset it
 * created or changed (`versioning: "per-asset"`), plus one audit row for the import as a whole.
 * Assets the file leaves as they are get no version. Nothing is saved while any row is in error.
 */
export interface TagListImport {
  endpointId: EndpointId;
  /** Assets and tags in the file. */
  assets: number;
  tags: number;
  created: number;
  changed: number;
  unchanged: number;
  versioning: "per-asset";
  /** The versions written, in the file's order. */
  versions: ModelVersion[];
}
