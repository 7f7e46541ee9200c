/**
 * Which of the file's columns holds which of our fields, suggested from its headers. Utilities
 * name them in their own language and tool: "Asset ID", "ID objekta", "ИД објекта",
 * "Anlagen-ID", "NodeId", "Adresa", "Lat [°]". Headers are compared folded (case, diacritics,
 * Cyrillic read as Latin, so each Serbian Latin synonym covers its Cyrillic spelling too),
 * without what is in brackets (units) and without punctuation or spaces.
 * Strong names are taken first; weak ones ("Name", "Min", "X") only for a field still without a
 * column, so "Asset name" beats "Name" and "Range low" beats "Min" whatever the column order.
 */
import { REQUIRED_TAG_LIST_FIELDS, TAG_LIST_FIELDS, type ColumnMapping, type TagListField } from "../../../../contract/tag-list";
import { foldText } from "../../store/search-text";

interface Synonyms {
  strong: string[];
  weak?: string[];
}

const SYNONYMS: Record<TagListField, Synonyms> = {
  assetId: {
    strong: ["asset id", "asset", "object id", "equipment id", "station id", "id objekta", "šifra objekta", "oznaka objekta", "ИД објекта", "anlagen id", "anlagenkennzeichen", "akz", "objekt id"],
    weak: ["šifra", "oznaka", "kennung"],
  },
  assetName: {
    strong: ["asset name", "object name", "station name", "naziv objekta", "ime objekta", "назив објекта", "anlagenname", "anlagenbezeichnung", "objektname"],
    weak: ["name", "naziv", "objekat", "назив", "bezeichnung", "anlage", "objekt"],
  },
  service: {
    strong: ["service", "utility", "usluga", "komunalna usluga", "služba", "delatnost", "услуга", "sparte"],
    weak: ["system", "sistem", "gewerk", "medium"],
  },
  type: {
    strong: ["asset type", "object type", "equipment type", "tip objekta", "vrsta objekta", "тип објекта", "anlagentyp", "objekttyp"],
    weak: ["type", "class", "tip", "vrsta", "typ", "klasse"],
  },
  district: {
    strong: ["district", "municipality", "opština", "gradska opština", "општина", "bezirk", "stadtbezirk", "stadtteil", "gemeinde"],
    weak: ["area", "zone", "region", "rejon", "četvrt", "zona", "ortsteil"],
  },
  lat: {
    strong: ["lat", "latitude", "geo lat", "gps lat", "geografska širina", "g širina", "географска ширина", "breitengrad", "geogr breite"],
    weak: ["širina", "breite", "y"],
  },
  lon: {
    strong: ["lon", "lng", "long", "longitude", "geo lon", "gps lon", "geografska dužina", "g dužina", "географска дужина", "längengrad", "geogr länge"],
    weak: ["dužina", "länge", "x"],
  },
  node: {
    strong: ["node id", "node", "opc node", "opc ua node id", "opc node id", "browse path", "item id", "tag address", "opc address", "adresa", "opc adresa", "čvor", "id čvora", "putanja", "адреса", "чвор", "knoten id", "knoten", "opc adresse", "datenpunktadresse"],
    weak: ["address", "path", "adresse", "pfad"],
  },
  unit: {
    strong: ["unit", "units", "eng unit", "engineering unit", "eu", "jedinica", "jedinica mere", "jm", "јединица мере", "einheit", "maßeinheit"],
  },
  tagName: {
    strong: ["tag name", "tagname", "signal name", "point name", "variable name", "naziv taga", "ime taga", "naziv signala", "назив сигнала", "signalname", "variablenname", "datenpunktname"],
    weak: ["tag", "signal", "variable", "point", "promenljiva", "veličina", "datenpunkt", "description", "opis", "beschreibung"],
  },
  rangeLow: {
    strong: ["range low", "low range", "eu low", "range min", "opseg od", "donja granica", "доња граница", "messbereich anfang", "bereich min", "untergrenze"],
    weak: ["low", "min", "minimum", "lo", "od"],
  },
  rangeHigh: {
    strong: ["range high", "high range", "eu high", "range max", "opseg do", "gornja granica", "горња граница", "messbereich ende", "bereich max", "obergrenze"],
    weak: ["high", "max", "maximum", "hi", "do"],
  },
};

/** A header as compared: folded, units in brackets and all but letters and digits dropped. */
export function headerKey(header: string): string {
  const unbracketed = header.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, " ");
  return foldText(unbracketed.replace(/ß/g, "ss")).replace(/[^\p{L}\p{N}]/gu, "");
}

const keysOf = (names: string[] | undefined) => new Set((names ?? []).map(headerKey));
const STRONG = new Map(TAG_LIST_FIELDS.map((f) => [f, keysOf(SYNONYMS[f].strong)]));
const WEAK = new Map(TAG_LIST_FIELDS.map((f) => [f, keysOf(SYNONYMS[f].weak)]));

export interface SuggestedColumns {
  mapping: ColumnMapping;
  /** Column indexes no field took. */
  unmapped: number[];
  /** Required fields no column matched. */
  missing: TagListField[];
}

/** The field a header names, strongly or weakly, or null. */
export function fieldOfHeader(header: string): { field: TagListField; strong: boolean } | null {
  const key = headerKey(header);
  if (key === "") return null;
  for (const f of TAG_LIST_FIELDS) if (STRONG.get(f)!.has(key)) return { field: f, strong: true };
  for (const f of TAG_LIST_FIELDS) if (WEAK.get(f)!.has(key)) return { field: f, strong: false };
  return null;
}

/** Which columns are left and which required fields lack a column, for any mapping. */
export function mappingGaps(mapping: ColumnMapping, columnCount: number): Omit<SuggestedColumns, "mapping"> {
  const used = new Set(Object.values(mapping));
  return {
    unmapped: Array.from({ length: columnCount }, (_, i) => i).filter((i) => !used.has(i)),
    missing: REQUIRED_TAG_LIST_FIELDS.filter((f) => mapping[f] === undefined),
  };
}

/** The mapping the headers suggest: each field its first strongly named column, else its first weakly named one. */
export function suggestMapping(headers: string[]): SuggestedColumns {
  const found = headers.map(fieldOfHeader);
  const mapping: ColumnMapping = {};
  for (const strong of [true, false]) {
    found.forEach((m, i) => {
      if (m && m.strong === strong && mapping[m.field] === undefined) mapping[m.field] = i;
    });
  }
  return { mapping, ...mappingGaps(mapping, headers.length) };
}

/** How many of a record's cells read as one of our headers: picks the header row below title lines. */
export function headerScore(cells: string[]): number {
  return cells.reduce((n, c) => n + (fieldOfHeader(c) ? 1 : 0), 0);
}
