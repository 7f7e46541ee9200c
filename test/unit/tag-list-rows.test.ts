import { describe, expect, it } from "vitest";
import { SERVICES } from "../../contract/domain";
import { tagListRowSchema, type ColumnMapping, type TagListErrorCode } from "../../contract/tag-list";
import { guardFormula, unguardCell } from "../../main/core/engineering/tag-list/formula-guard";
import { nodeKindOf } from "../../main/core/engineering/tag-list/node-names";
import { readRows } from "../../main/core/engineering/tag-list/rows";

const HEADERS = ["Asset ID", "Name", "Service", "Type", "District", "Lat", "Lon", "Node", "Unit", "Low", "High"];
const MAPPING: ColumnMapping = { assetId: 0, assetName: 1, service: 2, type: 3, district: 4, lat: 5, lon: 6, node: 7, unit: 8, rangeLow: 9, rangeHigh: 10 };
const GOOD = ["PS-1", "Pumpa Ćele kula", "water", "pump", "Medijana", "43.3121", "21.9247", "ns=2;s=PS1.Flow", "l/s", "0", "120"];

/** Reads records given as cell arrays, on lines 2, 3, … below a header. */
const read = (rows: string[][], mapping: ColumnMapping = MAPPING, headers = HEADERS) =>
  readRows({
    records: rows.map((cells, i) => ({ line: i + 2, cells })),
    headers,
    mapping,
    services: SERVICES,
    decimal: null,
    separator: ",",
  });
const withCell = (index: number, value: string, base = GOOD) => base.map((c, i) => (i === index ? value : c));
const only = (cells: string[]) => {
  const r = read([cells]);
  expect(r.errors).toHaveLength(1);
  return r.errors[0]!;
};

describe("node names", () => {
  it("accepts NodeId text and browse paths", () => {
    for (const id of ["i=85", "ns=3;i=1001", "ns=2;s=PS_1.Flow", "ns=2;s=a;b=c", "nsu=urn:vendor:scada;s=Pump1", "ns=1;g=09087e75-8e5e-499b-954f-f2a9603db28a", "ns=1;b=M/RbKBsRVkePCePcx24oRA=="]) {
      expect(nodeKindOf(id), id).toBe("nodeId");
    }
    for (const path of ["/Objects/2:Water/2:PS_1", "/Objects/2:Water/2:PS_1/2:Flow", "/Objects/Server", "/Objects/2:A&/B/2:Flow.PV"]) {
      expect(nodeKindOf(path), path).toBe("browsePath");
    }
  });

  it("refuses what is neither", () => {
    for (const bad of ["", "PS_1.Flow", "ns=2;x=P5", "ns=70000;i=1", "i=4294967296", "i=-1", "s=", "ns=2;", "ns=1;g=xyz", "Objects/2:Water", "/Objects//2:PS", "/Objects/2:", "/", "/Objects/99999:X", "/Objects/a&", "ns=1;b=not base64!", "b=QQ="]) {
      expect(nodeKindOf(bad), bad).toBeNull();
    }
  });
});

describe("rows through a mapping", () => {
  it("reads a good row into typed fields", () => {
    const r = read([GOOD]);
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      {
        line: 2,
        row: {
          assetId: "PS-1", assetName: "Pumpa Ćele kula", service: "water", type: "pump", district: "Medijana", lat: 43.3121, lon: 21.9247,
          node: "ns=2;s=PS1.Flow", nodeKind: "nodeId", unit: "l/s", tagName: null, rangeLow: 0, rangeHigh: 120,
        },
      },
    ]);
    expect(tagListRowSchema.safeParse(r.lines[0]!.row).success).toBe(true);
  });

  it("leaves out optional fields without a column, and empty optional cells, as empty", () => {
    const mapping: ColumnMapping = { assetId: 0, assetName: 1, service: 2, lat: 5, lon: 6, node: 7, unit: 8 };
    const row = read([withCell(8, " ")], mapping).lines[0]!.row;
    expect(row).toMatchObject({ type: "", district: "", unit: null, tagName: null, rangeLow: null, rangeHigh: null });
  });

  const cases: [string, number, string, TagListErrorCode, string][] = [
    ["no asset id", 0, "", "missing-value", 'line 2, column 1 "Asset ID": no asset id'],
    ["no node", 7, " ", "missing-value", 'line 2, column 8 "Node": no node id or browse path'],
    ["latitude out of range", 5, "91", "lat-out-of-range", 'line 2, column 6 "Lat": 91 is not a latitude'],
    ["longitude out of range", 6, "-181,5", "lon-out-of-range", 'line 2, column 7 "Lon": -181.5 is not a longitude'],
    ["a word for a number", 6, "istok", "not-a-number", 'line 2, column 7 "Lon": "istok" is not a number'],
    ["an ambiguous number", 10, "1,250", "ambiguous-number", 'line 2, column 11 "High": "1,250" may be a decimal or a thousands mark'],
    ["an unknown service", 2, "ferry", "unknown-service", 'line 2, column 3 "Service": "ferry" is none of this site\'s services'],
    ["a bad node", 7, "PS1.Flow", "bad-node", 'line 2, column 8 "Node": "PS1.Flow" is neither a NodeId'],
    ["range low above high", 9, "500", "bad-range", 'line 2, column 10 "Low": range low 500 is above range high 120'],
    ["a too long asset id", 0, "x".repeat(201), "too-long", 'line 2, column 1 "Asset ID": 201 characters, at most 200 fit'],
  ];
  for (const [what, index, value, code, message] of cases) {
    it(`names line and column for ${what}`, () => {
      const e = only(withCell(index, value));
      expect(e).toMatchObject({ code, line: 2, column: index + 1, columnName: HEADERS[index] });
      expect(e.message.startsWith(message), e.message).toBe(true);
      expect(e.text).toBe(value.trim() === "" ? null : value.slice(0, 200));
    });
  }

  it("refuses 0, 0 as a location a tool wrote for none", () => {
    expect(only(withCell(6, "0", withCell(5, "0"))).code).toBe("no-location");
  });

  it("reports every error of a row, and keeps reading the rows after it", () => {
    const r = read([withCell(2, "ferry", withCell(5, "95")), withCell(7, "ns=2;s=PS1.Level")]);
    expect(r.errors.map((e) => e.code).sort()).toEqual(["lat-out-of-range", "unknown-service"]);
    expect(r.lines.map((l) => l.line)).toEqual([3]);
    expect(r.total).toBe(2);
  });

  it("says a value holds an unquoted separator rather than echo the shifted cells", () => {
    const shifted = ["PS-1", "Pumpa", " ulaz 2", ...GOOD.slice(2)];
    const e = only(shifted);
    expect(e).toMatchObject({ code: "extra-fields", line: 2, column: 12, columnName: null });
    expect(e.message).toContain("12 fields where the header has 11");
    // Trailing empty cells every row has are a tool's habit, not an error.
    expect(read([[...GOOD, ""], [...withCell(7, "i=85"), ""]]).errors).toEqual([]);
  });

  it("skips rows whose cells are all empty", () => {
    const r = read([GOOD, HEADERS.map(() => " "), []]);
    expect(r.total).toBe(1);
    expect(r.errors).toEqual([]);
  });

  it("requires rows of one asset to agree and a node to be one tag", () => {
    const r = read([GOOD, withCell(7, "ns=2;s=PS1.Level", withCell(5, "43.4")), withCell(0, "PS-2")]);
    expect(r.errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ["inconsistent-asset", 3, 6],
      ["duplicate-node", 4, 8],
    ]);
    expect(r.errors[0]!.message).toBe('line 3, column 6 "Lat": asset "PS-1" has latitude "43.3121" on line 2, here "43.4"');
    expect(r.errors[1]!.message).toBe('line 4, column 8 "Node": "ns=2;s=PS1.Flow" is already the tag on line 2');
  });

  it("reads a service by the utility's own name", () => {
    expect(read([withCell(2, "Vodovod")]).lines[0]!.row.service).toBe("water");
  });

  it("undoes the export's formula guard and Excel's =\"…\" wrapper", () => {
    const row = read([withCell(0, '="007"', withCell(1, "'=Pumpa+1"))]).lines[0]!.row;
    expect(row.assetId).toBe("007");
    expect(row.assetName).toBe("=Pumpa+1");
  });
});

describe("formula guard", () => {
  it("makes text that a spreadsheet would run inert, and gives it back", () => {
    for (const text of ["=HYPERLINK(\"http://x\")", "+381 18", "-5 °C", "@SUM(A1)", "\tx", "'quoted", "''", "'=x", "plain", "Čair"]) {
      const guarded = guardFormula(text);
      expect(/^[=+\-@\t\r]/.test(guarded), guarded).toBe(false);
      expect(unguardCell(guarded)).toBe(text);
    }
    expect(guardFormula("=1+1")).toBe("'=1+1");
    expect(guardFormula("plain")).toBe("plain");
  });
});
