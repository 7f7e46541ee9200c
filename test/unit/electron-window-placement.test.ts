// A window's rectangle on a display: never off screen, never larger than the display; and the
// layout planner's edge cases (no primary, no display).
import { describe, expect, it } from "vitest";
import { planLayout } from "../../main/electron/layout-planner";
import { fitOnDisplay, type DisplayInfo } from "../../main/electron/window-placement";

function display(id: number, x: number, primary = false, width = 1920, height = 1080): DisplayInfo {
  return { id, primary, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

const area = display(1, 0, true).workArea;

describe("fitOnDisplay", () => {
  it("keeps a rectangle that shows on the work area", () => {
    expect(fitOnDisplay({ x: 100, y: 50, width: 1200, height: 800 }, area)).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
  });

  it("a rectangle that no longer shows on its display (resolution changed) falls back to the work area", () => {
    expect(fitOnDisplay({ x: 3000, y: 2000, width: 800, height: 600 }, display(1, 0, true, 1280, 720).workArea)).toEqual({ x: 0, y: 0, width: 1280, height: 680 });
  });

  it("a rectangle partly off its display is pulled back onto it and never larger than it", () => {
    expect(fitOnDisplay({ x: 1000, y: -200, width: 2500, height: 900 }, area)).toEqual({ x: 0, y: 0, width: 1920, height: 900 });
  });

  it("nothing saved, or nonsense: the work area", () => {
    expect(fitOnDisplay(undefined, area)).toEqual(area);
    expect(fitOnDisplay({ x: Number.NaN, y: 0, width: 10, height: 10 }, area)).toEqual(area);
  });
});

describe("planLayout edge cases", () => {
  it("no display flagged primary: the first listed takes the operator role, exactly once", () => {
    const placed = planLayout([display(7, 0), display(8, 1920)], null);
    expect(placed.filter((p) => p.role === "operator")).toHaveLength(1);
    expect(placed[0]).toMatchObject({ displayId: 7, role: "operator" });
  });

  it("no displays: no windows", () => {
    expect(planLayout([], null)).toEqual([]);
  });
});
