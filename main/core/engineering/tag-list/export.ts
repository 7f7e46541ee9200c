/**
 * An asset model as a tag list file: our columns under English headers (the import knows them,
 * and so does anyone reading the file), UTF-8 with a BOM so Excel reads č, ć, đ, š, ž right,
 * CRLF and RFC 4180 quoting, the separator and decimal mark a person chose (a Serbian Excel
 * opens ";" with decimal commas as columns). No "sep=" line: with one Excel ignores the BOM.
 * Text cells are guarded against formula injection; numbers are never written ambiguously.
 */
import { TAG_LIST_FIELDS, type TagListField, type TagListRow, type TagListSeparator } from "../../../../contract/tag-list";
import { guardFormula } from "./formula-guard";
import type { DecimalMark } from "./numbers";

export const EXPORT_HEADERS: Record<TagListField, string> = {
  assetId: "Asset ID",
  assetName: "Asset name",
  service: "Service",
  type: "Asset type",
  district: "District",
  lat: "Lat",
  lon: "Lon",
  node: "Node",
  unit: "Unit",
  tagName: "Tag name",
  rangeLow: "Range low",
  rangeHigh: "Range high",
};

export interface ExportOptions {
  separator: TagListSeparator;
  decimal: DecimalMark;
}

const BOM = "\ufeff";

/**
 * A number as text with the chosen decimal mark. A fraction of exactly three digits gets a
 * trailing zero ("21.9050"), since "21,905" could be read back as twenty-one thousand.
 */
export function formatNumber(value: number, decimal: DecimalMark): string {
  const [mantissa, exponent] = String(value).split("e") as [string, string | undefined];
  const [intPart, frac] = mantissa.split(".") as [string, string | undefined];
  const fraction = frac === undefined ? "" : `${decimal}${frac.length === 3 ? `${frac}0` : frac}`;
  return `${intPart}${fraction}${exponent === undefined ? "" : `e${exponent}`}`;
}

/** RFC 4180: quoted when it holds the separator, a quote or a line break; quotes doubled. */
export function csvCell(text: string, separator: TagListSeparator): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(row: TagListRow, field: TagListField, decimal: DecimalMark): string {
  const value = row[field];
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, decimal);
  return guardFormula(value);
}

/** The file's text (with its BOM). */
export function tagListText(rows: readonly TagListRow[], options: ExportOptions): string {
  const line = (cells: string[]) => cells.map((c) => csvCell(c, options.separator)).join(options.separator);
  const out = [line(TAG_LIST_FIELDS.map((f) => EXPORT_HEADERS[f]))];
  for (const row of rows) out.push(line(TAG_LIST_FIELDS.map((f) => cellText(row, f, options.decimal))));
  return `${BOM}${out.join("\r\n")}\r\n`;
}

/** The file's bytes: UTF-8 with a BOM. */
export function exportTagList(rows: readonly TagListRow[], options: ExportOptions): Uint8Array {
  return new TextEncoder().encode(tagListText(rows, options));
}
