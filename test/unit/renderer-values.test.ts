/** Tag values as the operator reads them (renderer/values/formatValue.ts). */
import { describe, expect, it } from "vitest";
import { createI18n } from "../../renderer/i18n/i18n";
import { formatValue as formatIn, rangeFraction } from "../../renderer/values/formatValue";

const en = createI18n("en").t;
/** English (en-GB) unless a test says otherwise; Serbian has its own block below. */
const formatValue = (v: Parameters<typeof formatIn>[0], unit: string | null) => formatIn(v, unit, "en-GB", en);

describe("formatValue", () => {
  it("attaches the unit with a space and keeps decimals sensible for the magnitude", () => {
    expect(formatValue(1.8234, "bar")).toBe("1.82 bar");
    expect(formatValue(0.41234, "mg/l")).toBe("0.412 mg/l");
    expect(formatValue(123.456, "m³/h")).toBe("123.5 m³/h");
    expect(formatValue(-3.5, "°C")).toBe("-3.50 °C");
  });

  it("shows integers (counts) without decimals, with thousands separators", () => {
    expect(formatValue(12345, "kW")).toBe("12,345 kW");
    expect(formatValue(7, null)).toBe("7");
    expect(formatValue(0, "%")).toBe("0 %");
  });

  it("shows a number without a unit as the number alone", () => {
    expect(formatValue(1.5, null)).toBe("1.50");
    expect(formatValue(1.5, "")).toBe("1.50");
  });

  it("shows booleans as On/Off, never true/false", () => {
    expect(formatValue(true, null)).toBe("On");
    expect(formatValue(false, null)).toBe("Off");
    expect(formatValue(false, "bar")).toBe("Off");
  });

  it("shows a missing value as a dash, never empty, 'null' or '0'", () => {
    expect(formatValue(null, "bar")).toBe("—");
    expect(formatValue(undefined, null)).toBe("—");
    expect(formatValue("", null)).toBe("—");
  });

  it("shows text values as they are, with the unit when there is one", () => {
    expect(formatValue("Dark", null)).toBe("Dark");
    expect(formatValue("Auto", "mode")).toBe("Auto mode");
  });
});

describe("rangeFraction", () => {
  it("places a number in its engineering range, clamped to 0..1", () => {
    expect(rangeFraction(5, { low: 0, high: 10 })).toBe(0.5);
    expect(rangeFraction(2, { low: -2, high: 6 })).toBe(0.5);
    expect(rangeFraction(-1, { low: 0, high: 10 })).toBe(0);
    expect(rangeFraction(11, { low: 0, high: 10 })).toBe(1);
  });

  it("has no bar without a usable range or a number", () => {
    expect(rangeFraction(5, null)).toBeNull();
    expect(rangeFraction(5, { low: 10, high: 10 })).toBeNull();
    expect(rangeFraction(5, { low: 10, high: 0 })).toBeNull();
    expect(rangeFraction(true, { low: 0, high: 1 })).toBeNull();
    expect(rangeFraction(null, { low: 0, high: 1 })).toBeNull();
    expect(rangeFraction(undefined, { low: 0, high: 1 })).toBeNull();
  });
});
