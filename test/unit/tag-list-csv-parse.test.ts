import { describe, expect, it } from "vitest";
import { parseCsv } from "../../main/core/engineering/tag-list/csv-parse";
import { csvCell } from "../../main/core/engineering/tag-list/export";

const cells = (text: string, sep = ",") => parseCsv(text, sep).records.map((r) => r.cells);
const lines = (text: string, sep = ",") => parseCsv(text, sep).records.map((r) => r.line);

describe("CSV reader (RFC 4180 and what tools really write)", () => {
  it("splits records on CRLF, LF and a lone CR, numbering file lines", () => {
    expect(cells("a,b\r\nc,d\ne,f\rg,h")).toEqual([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]]);
    expect(lines("a,b\r\nc,d\ne,f\rg,h")).toEqual([1, 2, 3, 4]);
  });

  it("reads quoted fields holding the separator, doubled quotes and line breaks", () => {
    const text = 'id;name;note\r\n1;"Park ""Čair""; ulaz";"first\r\nsecond"\r\n2;"a\nb";x\r\n3;plain;y\r\n';
    expect(cells(text, ";")).toEqual([
      ["id", "name", "note"],
      ["1", 'Park "Čair"; ulaz', "first\r\nsecond"],
      ["2", "a\nb", "x"],
      ["3", "plain", "y"],
    ]);
    // A record starts on the line after the line breaks inside the quotes before it.
    expect(lines(text, ";")).toEqual([1, 2, 4, 6]);
  });

  it("skips blank lines, in the middle and at the end, and reads a last line without a break", () => {
    expect(cells("a,b\n\n\r\nc,d\r\n\r\n\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(lines("a,b\n\n\r\nc,d\r\n\r\n\n")).toEqual([1, 4]);
    expect(cells("a,b\nc,d")).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("keeps empty fields: between separators, trailing, and quoted", () => {
    expect(cells("a,,b,\n,\n\"\"")).toEqual([["a", "", "b", ""], ["", ""], [""]]);
    expect(cells("a,")).toEqual([["a", ""]]);
  });

  it("reads stray quoting as Excel does instead of refusing", () => {
    // Blanks before an opening quote are layout; text after a closing quote is kept; a quote inside an unquoted field is a character.
    expect(cells('a, "b,c" ,d\n5" pipe,"x"y')).toEqual([["a", "b,c ", "d"], ['5" pipe', "xy"]]);
    expect(parseCsv('a, "b,c" ,d', ",").unterminated).toEqual([]);
  });

  it("reports a quote that never closes at its line and field, keeping the records before it", () => {
    const result = parseCsv('h1,h2,h3\n1,2,3\n4,"five\n6,7,8\n', ",");
    expect(result.unterminated).toEqual([{ line: 3, column: 2 }]);
    expect(result.records.map((r) => r.cells[0])).toEqual(["h1", "1", "4"]);
    expect(result.records[2]!.cells[1]).toBe("five\n6,7,8\n");
  });

  it("reads tab-separated text, where a tab is a separator and not a blank before a quote", () => {
    expect(cells('a\t"b\tc"\t\td', "\t")).toEqual([["a", "b\tc", "", "d"]]);
    expect(cells('a\t\t"q"', "\t")).toEqual([["a", "", "q"]]);
  });

  it("gives back any cells our own quoting wrote (seeded random texts)", () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['"', ",", ";", "\t", "\r", "\n", "a", "č", "Ж", " ", "=", "'"];
    for (const sep of [",", ";", "\t"] as const) {
      const table = Array.from({ length: 40 }, () =>
        Array.from({ length: 5 }, () => Array.from({ length: Math.floor(rnd() * 8) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("")),
      );
      // A record of only empty cells in one column is indistinguishable from a blank line.
      for (const row of table) row[0] = `k${row[0]}`;
      const text = table.map((row) => row.map((c) => csvCell(c, sep)).join(sep)).join("\r\n");
      expect(cells(text, sep)).toEqual(table);
    }
  });
});
