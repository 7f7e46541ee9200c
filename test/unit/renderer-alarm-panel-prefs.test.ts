/**
 * What the alarm panel keeps per window role: its filter, sort and grouping (read back field by
 * field, whatever the storage holds or refuses) and the splitter's size within its bounds.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_FILTER } from "../../renderer/alarms/panel/alarmFilter";
import { DEFAULT_SORT } from "../../renderer/alarms/panel/alarmSort";
import { DEFAULT_PREFS, loadPrefs, parsePrefs, prefsKey, savePrefs } from "../../renderer/alarms/panel/panelPrefs";
import { clampSplit, loadSplit, saveSplit, SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN, splitAfterKey, splitAtPointer } from "../../renderer/alarms/panel/splitterSize";
import { A } from "./fixtures/ids";

describe("saved preferences", () => {
  function memoryStorage() {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  }

  it("round-trips per window role", () => {
    const storage = memoryStorage();
    const prefs = {
      filter: { ...EMPTY_FILTER, view: "shelved" as const, priorities: ["high" as const], states: ["unacked" as const], text: "čair", assetId: A("PS-MED-01") },
      sort: { column: "time" as const, direction: "desc" as const },
      groupBy: "service" as const,
    };
    savePrefs(storage, "operator", prefs);
    expect(loadPrefs(storage, "operator")).toEqual(prefs);
    expect(loadPrefs(storage, "map")).toEqual(DEFAULT_PREFS);
    expect([...storage.m.keys()]).toEqual([prefsKey("operator")]);
  });

  it("reads back only what is valid, field by field", () => {
    expect(parsePrefs("not json")).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    const p = parsePrefs(JSON.stringify({ filter: { view: "nope", priorities: ["high", "urgent", "high"], text: 5 }, sort: { column: "colour" }, groupBy: "asset" }));
    expect(p.filter).toEqual({ ...EMPTY_FILTER, priorities: ["high"] });
    expect(p.sort).toEqual(DEFAULT_SORT);
    expect(p.groupBy).toBe("asset");
  });

  it("survives a storage that refuses", () => {
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(loadPrefs(refusing, "operator")).toEqual(DEFAULT_PREFS);
    expect(() => savePrefs(refusing, "operator", DEFAULT_PREFS)).not.toThrow();
    expect(loadSplit(refusing, "operator")).toBe(SPLIT_DEFAULT);
  });
});

describe("splitter", () => {
  it("moves by keys within bounds", () => {
    expect(splitAfterKey("ArrowUp", 36)).toBe(38);
    expect(splitAfterKey("ArrowDown", 36)).toBe(34);
    expect(splitAfterKey("PageUp", 78)).toBe(SPLIT_MAX);
    expect(splitAfterKey("PageDown", 16)).toBe(SPLIT_MIN);
    expect(splitAfterKey("Home", 36)).toBe(SPLIT_MAX);
    expect(splitAfterKey("End", 36)).toBe(SPLIT_MIN);
    expect(splitAfterKey("a", 36)).toBeNull();
  });

  it("follows the pointer and clamps", () => {
    expect(splitAtPointer(600, 100, 1000)).toBe(50);
    expect(splitAtPointer(100, 100, 1000)).toBe(SPLIT_MAX);
    expect(splitAtPointer(1100, 100, 1000)).toBe(SPLIT_MIN);
    expect(clampSplit(Number.NaN)).toBe(SPLIT_DEFAULT);
  });

  it("is saved per window role", () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    saveSplit(storage, "operator", 55);
    expect(loadSplit(storage, "operator")).toBe(55);
    expect(loadSplit(storage, "map")).toBe(SPLIT_DEFAULT);
    m.set("ccr.alarmSplit.operator", "9999");
    expect(loadSplit(storage, "operator")).toBe(SPLIT_MAX);
  });
});
