import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SERVICES } from "../../contract/domain";
import { TAG_LIST_FIELDS, TAG_LIST_SEPARATORS, tagListRowSchema, type TagListRow } from "../../contract/tag-list";
import { suggestMapping } from "../../main/core/engineering/tag-list/columns";
import { exportTagList, formatNumber, tagListText } from "../../main/core/engineering/tag-list/export";
import { parseNumber } from "../../main/core/engineering/tag-list/numbers";
import { readTagList } from "../../main/core/engineering/tag-list/preview";

const row = (over: Partial<TagListRow>): TagListRow => ({
  assetId: "PS-1",
  assetName: "Pumpa Ćele kula",
  service: "water",
  type: "pump",
  district: "Medijana",
  lat: 43.3121,
  lon: 21.9247,
  node: "ns=2;s=PS1.Flow",
  nodeKind: "nodeId",
  unit: "l/s",
  tagName: "Protok",
  rangeLow: 0,
  rangeHigh: 120,
  ...over,
});

/** Rows that make a file hard to write: every character CSV and spreadsheets treat specially, numbers that could read two ways. */
const AWKWARD: TagListRow[] = [
  row({}),
  row({ node: "ns=2;s=PS1.Pressure", unit: "bar", tagName: 'Pritisak "izlaz", glavni; 2', rangeLow: -1.5, rangeHigh: 10.125 }),
  row({
    assetId: "=cmd|' /C calc'!A0",
    assetName: "+Rezervoar\nŽitkovac",
    service: "water",
    type: "-tank",
    district: "@Crveni Krst",
    lat: 43.321,
    lon: 21.905,
    node: "/Objects/2:Vodovod/2:R&/2/2:Nivo",
    nodeKind: "browsePath",
    unit: null,
    tagName: "'Nivo\tvode",
    rangeLow: null,
    rangeHigh: 1.234e-7,
  }),
  row({ assetId: "SV-7", assetName: "Семафор Трг краља Милана", service: "traffic", type: "семафор", district: "Медијана", lat: -33.5, lon: 151.2, node: "i=85", rangeLow: 1234.5, rangeHigh: 2e21, unit: "µg/m³" }),
];

const reimport = (bytes: Uint8Array) => readTagList(bytes, { services: SERVICES });

describe("exporting a tag list", () => {
  it("writes UTF-8 with a BOM, our headers, CRLF line ends", () => {
    const text = tagListText([row({})], { separator: ";", decimal: "," });
    expect(text).toBe(
      "\ufeffAsset ID;Asset name;Service;Asset type;District;Lat;Lon;Node;Unit;Tag name;Range low;Range high\r\n" +
        'PS-1;Pumpa Ćele kula;water;pump;Medijana;43,3121;21,9247;"ns=2;s=PS1.Flow";l/s;Protok;0;120\r\n',
    );
    const bytes = exportTagList([row({})], { separator: ";", decimal: "," });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("writes headers the import maps back onto every field", () => {
    const headers = tagListText([], { separator: ",", decimal: "." }).slice(1).trim().split(",");
    expect(suggestMapping(headers).mapping).toEqual(Object.fromEntries(TAG_LIST_FIELDS.map((f, i) => [f, i])));
  });

  it("guards text cells against formulas but writes negative numbers as numbers", () => {
    const text = tagListText([AWKWARD[2]!, AWKWARD[1]!], { separator: ",", decimal: "." });
    expect(text).toContain(`'=cmd|' /C calc'!A0,"'+Rezervoar\nŽitkovac",water,'-tank,'@Crveni Krst,`);
    expect(text).toContain(",''Nivo\tvode,");
    expect(text).toContain(",-1.5,10.1250\r\n");
  });

  it("never writes a number that reads two ways", () => {
    for (const decimal of [",", "."] as const) {
      for (const n of [21.905, 1.234, -0.125, 1234.5, 43.3121, 1.234e-7, 2e21, 0, -7, 120.5]) {
        const text = formatNumber(n, decimal);
        expect(parseNumber(text, null), text).toEqual({ ok: true, value: n });
      }
    }
    expect(formatNumber(21.905, ",")).toBe("21,9050");
    expect(formatNumber(1.234e-7, ",")).toBe("1,2340e-7");
  });

  for (const separator of TAG_LIST_SEPARATORS) {
    for (const decimal of [",", "."] as const) {
      it(`round trip with ${JSON.stringify(separator)} and decimal ${JSON.stringify(decimal)}: export → import gives the same rows`, () => {
        for (const r of AWKWARD) expect(tagListRowSchema.safeParse(r).success).toBe(true);
        const back = reimport(exportTagList(AWKWARD, { separator, decimal }));
        expect(back.errors).toEqual([]);
        expect(back).toMatchObject({ separator, encoding: "utf-8", bom: true });
        expect(back.lines.map((l) => l.row)).toEqual(AWKWARD);
      });
    }
  }

  it("round trip of the utilities' files: what was read is what is read back", () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "tag-lists");
    for (const name of ["nis-vodovod-1250.csv", "lighting-cyrillic-1251.csv", "heating-utf8-bom.csv", "cyrillic-utf16.txt", "quoted-multiline.csv"]) {
      const first = reimport(new Uint8Array(readFileSync(path.join(dir, name))));
      const rows = first.lines.map((l) => l.row);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const separator of TAG_LIST_SEPARATORS) {
        expect(reimport(exportTagList(rows, { separator, decimal: "," })).lines.map((l) => l.row), `${name} ${separator}`).toEqual(rows);
      }
    }
  });
});
