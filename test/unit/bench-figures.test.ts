/** The bench table's verdicts: a target on the value or on the ratio to the same run's baseline, met or not, and nothing claimed without a target or a measure. */
import { describe, expect, it } from "vitest";
import { figure, targetText } from "../bench/figures";
import { renderTable } from "../bench/table";

describe("bench figures", () => {
  it("holds a ratio target against value / baseline", () => {
    const f = figure({ item: "1 ingest", name: "cpu", value: 3, unit: "CPU s", baseline: { value: 2, label: "bare client" }, target: { on: "ratio", op: "<=", limit: 1.4 } });
    expect(f.ratio).toBe(1.5);
    expect(f.met).toBe(false);
    expect(figure({ item: "1", name: "cpu", value: 2.5, unit: "s", baseline: { value: 2, label: "b" }, target: { on: "ratio", op: "<=", limit: 1.4 } }).met).toBe(true);
    expect(targetText(f)).toBe("≤ 1.4×");
  });

  it("holds a value target against the value alone, either way round", () => {
    expect(figure({ item: "3", name: "p95", value: 251, unit: "ms", target: { on: "value", op: "<=", limit: 250 } }).met).toBe(false);
    expect(figure({ item: "3", name: "p95", value: 250, unit: "ms", target: { on: "value", op: "<=", limit: 250 } }).met).toBe(true);
    expect(figure({ item: "2", name: "rate", value: 0.7, unit: "×", target: { on: "value", op: ">=", limit: 0.8 } }).met).toBe(false);
  });

  it("claims nothing without a target, a baseline for a ratio, or a finite measure", () => {
    expect(figure({ item: "0", name: "x", value: 1, unit: "ms" }).met).toBeNull();
    expect(figure({ item: "1", name: "x", value: 1, unit: "s", target: { on: "ratio", op: "<=", limit: 1.4 } }).met).toBeNull();
    expect(figure({ item: "1", name: "x", value: Infinity, unit: "s", baseline: { value: 1, label: "b" }, target: { on: "ratio", op: "<=", limit: 1.4 } }).met).toBeNull();
  });

  it("prints NOT MET in the table for a missed target", () => {
    const table = renderTable([figure({ item: "6 cold start", name: "complete screen", value: 7000, unit: "ms", baseline: { value: 5000, label: "empty store" }, target: { on: "value", op: "<=", limit: 2000 } })]);
    expect(table).toMatch(/complete screen\s+7,000 ms\s+5,000 ms\s+1\.40×\s+≤ 2,000 ms\s+NOT MET/);
    expect(table).toContain("baseline = empty store");
  });
});
