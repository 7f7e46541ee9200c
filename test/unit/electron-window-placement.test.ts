// Which window goes where on a control-room workstation with one to three monitors.
import { describe, expect, it } from "vitest";
import { parseSavedLayout, placeWindows, type DisplayInfo, type SavedLayout } from "../../main/electron/window-placement";

function display(id: number, x: number, primary = false, width = 1920, height = 1080): DisplayInfo {
  return { id, primary, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

describe("placeWindows", () => {
  it("one display: one operator window filling its work area", () => {
    expect(placeWindows([display(1, 0, true)])).toEqual([{ displayId: 1, role: "operator", bounds: { x: 0, y: 0, width: 1920, height: 1040 } }]);
  });

  it("two displays: operator on the primary, map on the other, whichever order the OS lists them", () => {
    const placed = placeWindows([display(2, 1920), display(1, 0, true)]);
    expect(placed.map((p) => [p.displayId, p.role])).toEqual([
      [1, "operator"],
      [2, "map"],
    ]);
    expect(placed[1]!.bounds).toEqual({ x: 1920, y: 0, width: 1920, height: 1040 });
  });

  it("three displays: primary in the middle is the operator, maps left to right", () => {
    const placed = placeWindows([display(3, 3840), display(2, 1920, true), display(1, 0)]);
    expect(placed.map((p) => [p.displayId, p.role, p.bounds.x])).toEqual([
      [2, "operator", 1920],
      [1, "map", 0],
      [3, "map", 3840],
    ]);
  });

  it("no display flagged primary: the first listed takes the operator role, exactly once", () => {
    const placed = placeWindows([display(7, 0), display(8, 1920)]);
    expect(placed.filter((p) => p.role === "operator")).toHaveLength(1);
    expect(placed[0]).toMatchObject({ displayId: 7, role: "operator" });
  });

  it("uses saved bounds on displays still attached, and drops the entry of a display that is gone", () => {
    const saved: SavedLayout = {
      version: 1,
      windows: [
        { displayId: 1, bounds: { x: 100, y: 50, width: 1200, height: 800 } },
        { displayId: 9, bounds: { x: 5760, y: 0, width: 1920, height: 1040 } }, // unplugged
      ],
    };
    const placed = placeWindows([display(1, 0, true), display(2, 1920)], saved);
    expect(placed).toEqual([
      { displayId: 1, role: "operator", bounds: { x: 100, y: 50, width: 1200, height: 800 } },
      { displayId: 2, role: "map", bounds: { x: 1920, y: 0, width: 1920, height: 1040 } },
    ]);
    expect(placed.every((p) => p.bounds.x < 3840)).toBe(true);
  });

  it("a saved window that no longer shows on its display (resolution changed) falls back to the work area", () => {
    const saved: SavedLayout = { version: 1, windows: [{ displayId: 1, bounds: { x: 3000, y: 2000, width: 800, height: 600 } }] };
    expect(placeWindows([display(1, 0, true, 1280, 720)], saved)[0]!.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 680 });
  });

  it("a saved window partly off its display is pulled back onto it and never larger than it", () => {
    const saved: SavedLayout = { version: 1, windows: [{ displayId: 1, bounds: { x: 1000, y: -200, width: 2500, height: 900 } }] };
    expect(placeWindows([display(1, 0, true)], saved)[0]!.bounds).toEqual({ x: 0, y: 0, width: 1920, height: 900 });
  });

  it("no displays: no windows", () => {
    expect(placeWindows([])).toEqual([]);
  });
});

describe("parseSavedLayout", () => {
  it("reads what was saved", () => {
    const layout: SavedLayout = { version: 1, windows: [{ displayId: 5, bounds: { x: 1, y: 2, width: 800, height: 600 } }] };
    expect(parseSavedLayout(JSON.stringify(layout))).toEqual(layout);
  });
  it.each(["", "not json", "null", "[]", '{"version":2,"windows":[]}', '{"version":1}'])("ignores %j", (text) => {
    expect(parseSavedLayout(text)).toBeNull();
  });
  it("drops malformed entries", () => {
    const text = JSON.stringify({
      version: 1,
      windows: [{ displayId: "1", bounds: { x: 0, y: 0, width: 1, height: 1 } }, { displayId: 2, bounds: { x: 0, y: 0, width: -5, height: 1 } }, { displayId: 3, bounds: { x: 0, y: 0, width: 900, height: 700 } }],
    });
    expect(parseSavedLayout(text)?.windows.map((w) => w.displayId)).toEqual([3]);
  });
});
