/**
 * Tag lists as utilities hand them over, committed byte for byte in fixtures/tag-lists/
 * (.gitattributes keeps git from touching their encodings and line endings).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SERVICES } from "../../contract/domain";
import { previewTagList, readTagList } from "../../main/core/engineering/tag-list/preview";

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "tag-lists");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));
const preview = (name: string, extra: Partial<Parameters<typeof previewTagList>[1]> = {}) =>
  previewTagList(fixture(name), { services: SERVICES, sampleRows: 50, ...extra });

describe("tag list files from utilities", () => {
  it("a Serbian Excel export: Windows-1250, semicolons, decimal commas, a title line above the header", () => {
    const bytes = fixture("nis-vodovod-1250.csv");
    expect(bytes.includes(0x9a), "the fixture holds Windows-1250 š").toBe(true);
    const p = preview("nis-vodovod-1250.csv");
    expect(p).toMatchObject({ encoding: "windows-1250", bom: false, separator: ";", headerLine: 2, decimal: ",", totalRows: 4, goodRows: 4, errorCount: 0 });
    expect(p.headers).toContain("Geografska širina");
    expect(p.mapping).toEqual({ assetId: 0, assetName: 1, service: 2, type: 3, district: 4, lat: 5, lon: 6, node: 7, unit: 8, tagName: 9, rangeLow: 10, rangeHigh: 11 });
    expect(p.rows.map((r) => [r.line, r.row.assetName, r.row.service, r.row.lat, r.row.lon, r.row.node, r.row.rangeHigh])).toEqual([
      [3, "Crpna stanica Ćele kula", "water", 43.3121, 21.9247, "ns=2;s=PS_01.Protok", 1250.5],
      [4, "Crpna stanica Ćele kula", "water", 43.3121, 21.9247, "ns=2;s=PS_01.Pritisak", 10],
      [5, "Rezervoar Đerdap-Žitkovac", "water", 43.3385, 21.8892, "ns=2;i=1001", 8.5],
      [6, "Šumadijska pumpa Čair", "water", 43.3268, 21.9413, "/Objects/2:Vodovod/2:PS_03/2:Protok", 450],
    ]);
    expect(p.rows[3]!.row.nodeKind).toBe("browsePath");
    expect(p.sample).toHaveLength(4);
  });

  it("an English Excel 'CSV UTF-8': BOM, commas, quoted names with commas and quotes", () => {
    const p = preview("heating-utf8-bom.csv");
    expect(p).toMatchObject({ encoding: "utf-8", bom: true, separator: ",", headerLine: 1, decimal: ".", goodRows: 3, errorCount: 0 });
    expect(p.headers[0]).toBe("Asset ID");
    expect(p.rows.map((r) => r.row.assetName)).toEqual(["Substation Bulevar Nemanjića, block 4", "Substation Bulevar Nemanjića, block 4", 'Toplana "Krivi Vir"']);
    expect(p.rows[2]!.row).toMatchObject({ service: "heating", unit: "MW", tagName: "Output", rangeLow: 0, rangeHigh: 1200.5 });
    expect(p.rows[0]!.row.unit).toBe("°C");
  });

  it("Excel 'Unicode text': UTF-16LE, tabs, Serbian Cyrillic headers and services", () => {
    const p = preview("cyrillic-utf16.txt");
    expect(p).toMatchObject({ encoding: "utf-16le", bom: true, separator: "\t", decimal: ",", goodRows: 3, errorCount: 0, missing: [], unmapped: [] });
    expect(p.headers[0]).toBe("ИД објекта");
    expect(p.rows.map((r) => [r.row.assetId, r.row.service, r.row.district, r.row.lat, r.row.unit])).toEqual([
      ["SV-7", "traffic", "Медијана", 43.3209, null],
      ["SV-8", "traffic", "Медијана", 43.3231, null],
      ["AQ-1", "air", "Нишка Бања", 43.2935, "µg/m³"],
    ]);
  });

  it("a Serbian Cyrillic Windows' plain CSV: Windows-1251, told from Windows-1250 by where its letters are", () => {
    const p = preview("lighting-cyrillic-1251.csv");
    expect(p).toMatchObject({ encoding: "windows-1251", bom: false, separator: ";", decimal: ",", goodRows: 2, errorCount: 0 });
    expect(p.headers[5]).toBe("Географска ширина");
    expect(p.rows.map((r) => [r.row.assetId, r.row.assetName, r.row.service, r.row.district])).toEqual([
      ["ЈР-12", "Ормар јавне расвете Ћеле-кула", "lighting", "Медијана"],
      ["ЈР-13", "Ормар Џеп Љубе Ненадовића, Ђердап", "lighting", "Палилула"],
    ]);
  });

  it("quoted fields holding separators, doubled quotes and line breaks (German headers)", () => {
    const p = preview("quoted-multiline.csv");
    expect(p).toMatchObject({ separator: ";", goodRows: 3, errorCount: 0 });
    expect(p.rows.map((r) => [r.line, r.row.assetName, r.row.service, r.row.tagName])).toEqual([
      [2, 'Schaltschrank; Park "Čair"', "lighting", "Ein/Aus\r\nzweite Zeile"],
      [4, "Schaltschrank\nTvrđava", "lighting", "Ein/Aus"],
      [6, "Schaltschrank\nTvrđava", "lighting", "Leistung, gesamt"],
    ]);
  });

  it("a broken file: each error names its line and column", () => {
    const p = preview("broken.csv");
    expect(p.goodRows).toBe(1);
    expect(p.totalRows).toBe(10);
    expect(p.errors.map((e) => [e.line, e.column, e.columnName, e.code])).toEqual([
      [3, 1, "Asset ID", "missing-value"],
      [4, 6, "Lat", "lat-out-of-range"],
      [5, 3, "Service", "unknown-service"],
      [6, 8, "Node", "bad-node"],
      [7, 7, "Lon", "not-a-number"],
      [8, 10, null, "extra-fields"],
      [9, 5, "District", "inconsistent-asset"],
      [10, 8, "Node", "duplicate-node"],
      [11, 2, "Asset name", "unterminated-quote"],
    ]);
    expect(p.errors[1]!.message).toBe('line 4, column 6 "Lat": 143.2 is not a latitude (-90 to 90)');
    expect(p.errors[1]!.text).toBe("143.2");
    expect(p.errorCount).toBe(9);
    expect(preview("broken.csv", { maxErrors: 2 }).errors).toHaveLength(2);
  });

  it("a person's mapping overrides the suggestion; a required field without a column stops the reading", () => {
    const { mapping } = preview("heating-utf8-bom.csv");
    // Swapped by hand: the names go into tag names and the tag names into asset names.
    const p = preview("heating-utf8-bom.csv", { mapping: { ...mapping, assetName: 9, tagName: 1 } });
    expect(p.rows[0]!.row.assetName).toBe("Supply temperature");
    expect(p.errors.map((e) => e.code)).toContain("inconsistent-asset");

    const { lat: _lat, ...noLat } = mapping;
    const q = preview("heating-utf8-bom.csv", { mapping: noLat });
    expect(q).toMatchObject({ missing: ["lat"], goodRows: 0, totalRows: 3, unmapped: [5] });
    expect(q.errors).toEqual([expect.objectContaining({ code: "missing-column", line: null, field: "lat", message: "no column for latitude: map one of the file's columns to it" })]);
    expect(q.sample[0]!.cells[5]).toBe("43.3175");

    const r = preview("heating-utf8-bom.csv", { mapping: { ...mapping, unit: 40 } });
    expect(r.errors[0]!.message).toBe("unit is mapped to column 41, but the header row has 12 columns");
  });

  it("a person's separator, encoding and header line override the detection", () => {
    const wrong = preview("nis-vodovod-1250.csv", { encoding: "utf-8" });
    expect(wrong.headers).toContain("Geografska \ufffdirina");
    const asComma = preview("nis-vodovod-1250.csv", { separator: "," });
    expect(asComma.separator).toBe(",");
    expect(asComma.missing.length).toBeGreaterThan(0);
    const titleAsHeader = preview("nis-vodovod-1250.csv", { headerLine: 1 });
    expect(titleAsHeader.headerLine).toBe(1);
    expect(titleAsHeader.headers[0]).toMatch(/^Izvoz tagova/);
  });

  it("skips Excel's sep= line and reads what follows", () => {
    const text = "sep=;\r\nAsset ID;Asset name;Service;Lat;Lon;Node\r\nA-1;Pumpa;water;43,3;21,9;i=85\r\n";
    const r = readTagList(new TextEncoder().encode(text), { services: SERVICES });
    expect(r).toMatchObject({ separator: ";", headerLine: 2, goodRows: 1 });
    expect(r.lines[0]!.row).toMatchObject({ lat: 43.3, lon: 21.9, node: "i=85" });
    // Headers we do not know are still the header, not the sep= line.
    const unknown = readTagList(new TextEncoder().encode("sep=;\r\nKolona A;Kolona B\r\n1;2\r\n"), { services: SERVICES });
    expect(unknown).toMatchObject({ headerLine: 2, headers: ["Kolona A", "Kolona B"], totalRows: 1 });
  });
});
