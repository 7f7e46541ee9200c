/**
 * Tag list errors as a person reads them: where (line, column number and the file's own header)
 * and what, in words, with the offending text. The code lets a window say it in its language.
 */
import type { TagListError, TagListErrorCode, TagListField } from "../../../../contract/tag-list";

const MAX_TEXT = 200;

/** Our fields as a message names them. */
export const FIELD_WORDS: Record<TagListField, string> = {
  assetId: "asset id",
  assetName: "asset name",
  service: "service",
  type: "asset type",
  district: "district",
  lat: "latitude",
  lon: "longitude",
  node: "node id or browse path",
  unit: "unit",
  tagName: "tag name",
  rangeLow: "range low",
  rangeHigh: "range high",
};

export interface ErrorPlace {
  line: number | null;
  /** Column index from 0, or null. */
  index: number | null;
  header: string | null;
  field: TagListField | null;
}

/** `line 7, column 6 "Lat"`: the place as the message starts it. */
function placeText(p: ErrorPlace): string {
  const parts: string[] = [];
  if (p.line !== null) parts.push(`line ${p.line}`);
  if (p.index !== null) parts.push(`column ${p.index + 1}${p.header ? ` ${JSON.stringify(p.header)}` : ""}`);
  else if (p.field && p.line !== null) parts.push(FIELD_WORDS[p.field]);
  return parts.join(", ");
}

export function tagListError(code: TagListErrorCode, place: ErrorPlace, what: string, text: string | null = null): TagListError {
  const where = placeText(place);
  return {
    code,
    line: place.line,
    column: place.index === null ? null : place.index + 1,
    columnName: place.header,
    field: place.field,
    message: where ? `${where}: ${what}` : what,
    text: text === null || text === "" ? null : text.slice(0, MAX_TEXT),
  };
}

/** A value quoted for a message, cut so one wild cell cannot flood a log line. */
export const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
