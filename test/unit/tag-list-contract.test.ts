import { describe, expect, it } from "vitest";
import { columnMappingSchema, exportTagListArgs, importTagListArgs, previewTagListArgs, tagListRowSchema } from "../../contract/tag-list";

const bytesBase64 = Buffer.from("Asset ID;Lat\r\nA;43,3\r\n").toString("base64");

describe("tag list arguments on the contract", () => {
  it("preview takes the file's bytes, and optionally a mapping, separator, encoding and header line", () => {
    expect(previewTagListArgs.parse({ bytesBase64 })).toEqual({ bytesBase64, sampleRows: 50 });
    const full = { bytesBase64, mapping: { assetId: 0, lat: 1 }, separator: ";", encoding: "windows-1250", headerLine: 2, sampleRows: 10 };
    expect(previewTagListArgs.parse(full)).toEqual(full);
  });

  it("refuses what is not a file's base64, or too big a file", () => {
    for (const bad of ["", "not base64!", "abc", "QQ==QQ=="]) expect(previewTagListArgs.safeParse({ bytesBase64: bad }).success, bad).toBe(false);
    expect(previewTagListArgs.safeParse({ bytesBase64: "A".repeat(23_000_000) }).success).toBe(false);
  });

  it("refuses unknown separators, encodings, fields and extra keys", () => {
    expect(previewTagListArgs.safeParse({ bytesBase64, separator: "|" }).success).toBe(false);
    expect(previewTagListArgs.safeParse({ bytesBase64, encoding: "latin1" }).success).toBe(false);
    expect(previewTagListArgs.safeParse({ bytesBase64, mapping: { colour: 1 } }).success).toBe(false);
    expect(previewTagListArgs.safeParse({ bytesBase64, extra: true }).success).toBe(false);
  });

  it("a mapping gives each field its own column", () => {
    expect(columnMappingSchema.safeParse({ assetId: 0, assetName: 1 }).success).toBe(true);
    expect(columnMappingSchema.safeParse({ assetId: 0, assetName: 0 }).success).toBe(false);
    expect(columnMappingSchema.safeParse({ assetId: -1 }).success).toBe(false);
    expect(columnMappingSchema.safeParse({ assetId: 1.5 }).success).toBe(false);
  });

  it("import names the endpoint and the confirmed mapping", () => {
    expect(importTagListArgs.safeParse({ bytesBase64, mapping: { assetId: 0 } }).success).toBe(false);
    expect(importTagListArgs.safeParse({ endpointId: "nis-water", bytesBase64 }).success).toBe(false);
    expect(importTagListArgs.safeParse({ endpointId: "a|b", bytesBase64, mapping: {} }).success).toBe(false);
    expect(importTagListArgs.parse({ endpointId: "nis-water", bytesBase64, mapping: { assetId: 0 } }).endpointId).toBe("nis-water");
  });

  it("export defaults to semicolons and a decimal point", () => {
    expect(exportTagListArgs.parse({})).toEqual({ separator: ";", decimal: "." });
    expect(exportTagListArgs.safeParse({ decimal: "'" }).success).toBe(false);
  });

  it("a row: typed fields, location in range, range low not above high", () => {
    const row = {
      assetId: "A", assetName: "Pumpa", service: "water", type: "", district: "", lat: 43.3, lon: 21.9,
      node: "i=85", nodeKind: "nodeId", unit: null, tagName: null, rangeLow: 0, rangeHigh: 1,
    };
    expect(tagListRowSchema.safeParse(row).success).toBe(true);
    expect(tagListRowSchema.safeParse({ ...row, lat: 91 }).success).toBe(false);
    expect(tagListRowSchema.safeParse({ ...row, rangeLow: 2 }).success).toBe(false);
    expect(tagListRowSchema.safeParse({ ...row, assetId: " " }).success).toBe(false);
    expect(tagListRowSchema.safeParse({ ...row, nodeKind: "path" }).success).toBe(false);
  });
});
