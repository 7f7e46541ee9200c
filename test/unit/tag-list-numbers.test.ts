import { describe, expect, it } from "vitest";
import { detectDecimalMark, parseNumber } from "../../main/core/engineering/tag-list/numbers";

const value = (text: string, decimal: "," | "." | null = null) => {
  const r = parseNumber(text, decimal);
  return r.ok ? r.value : r.reason;
};

describe("numbers in tag lists", () => {
  it("reads degrees with a decimal comma or point", () => {
    expect(value("43,3209")).toBe(43.3209);
    expect(value("43.3209")).toBe(43.3209);
    expect(value(" 21,9 ")).toBe(21.9);
    expect(value("-0,5")).toBe(-0.5);
    expect(value("\u22125,25")).toBe(-5.25);
    expect(value("+7")).toBe(7);
    expect(value(",5")).toBe(0.5);
    expect(value("0,123")).toBe(0.123);
  });

  it("reads thousands marks: point, comma, blank, no-break blank, apostrophe", () => {
    expect(value("1.234,5")).toBe(1234.5);
    expect(value("1,234.5")).toBe(1234.5);
    expect(value("1.234.567")).toBe(1234567);
    expect(value("1,234,567.25")).toBe(1234567.25);
    expect(value("1 234,5")).toBe(1234.5);
    expect(value("1\u00a0234\u00a0567")).toBe(1234567);
    expect(value("12\u202f345.5")).toBe(12345.5);
    expect(value("1'234.5")).toBe(1234.5);
  });

  it("reads exponents", () => {
    expect(value("1,5E-3")).toBe(0.0015);
    expect(value("2e+21")).toBe(2e21);
  });

  it("refuses a lone mark before exactly three digits unless the file's decimal mark tells", () => {
    expect(value("1,234")).toBe("ambiguous");
    expect(value("21.905")).toBe("ambiguous");
    expect(value("1,234", ",")).toBe(1.234);
    expect(value("1,234", ".")).toBe(1234);
    expect(value("21.905", ".")).toBe(21.905);
    expect(value("21.905", ",")).toBe(21905);
    // Not a thousands grouping whatever the file says, so the mark is decimal.
    expect(value("1234,567", ".")).toBe(1234.567);
    expect(value("43,32", ".")).toBe(43.32);
  });

  it("refuses what is not a number", () => {
    for (const bad of ["abc", "1,2,3", "1.2.3", "1.234,5,6", "12 34", "1..2", "0x1F", "Infinity", "NaN", "1e999", ".", "-", "43°19'", "1,2.3"]) {
      expect(value(bad), bad).toBe("not-a-number");
    }
    expect(value("")).toBe("empty");
    expect(value("   ")).toBe("empty");
  });
});

describe("a file's decimal mark", () => {
  it("is what its unambiguous numbers show", () => {
    expect(detectDecimalMark(["43,3209", "21,9", "0", "1,234"])).toBe(",");
    expect(detectDecimalMark(["43.3209", "1,234"])).toBe(".");
    expect(detectDecimalMark(["1.234,5"])).toBe(",");
    expect(detectDecimalMark(["1,234.5", "text", ""])).toBe(".");
  });

  it("is unknown when they show both, and the fallback when they show none", () => {
    expect(detectDecimalMark(["43,32", "21.9"], ",")).toBeNull();
    expect(detectDecimalMark(["1,234", "10"], ",")).toBe(",");
    expect(detectDecimalMark([], ".")).toBe(".");
    expect(detectDecimalMark(["1,234"])).toBeNull();
  });
});
