/**
 * Workstation layouts (main/electron/layout-planner.ts): roles on displays, places relative to
 * the work area, surviving an unplugged display, a new id, a resolution or scale change.
 */
import { describe, expect, it } from "vitest";
import {
  captureLayout,
  defaultLayout,
  moveToNextDisplay,
  parseLayoutFile,
  planLayout,
  type WorkstationLayout,
} from "../../main/electron/layout-planner";
import type { DisplayInfo, Rect } from "../../main/electron/window-placement";
import type { WindowRole } from "../../contract/api";
import { layoutKeyAction } from "../../main/electron/layout-keys";

function display(id: number, x: number, primary = false, width = 1920, height = 1080): DisplayInfo {
  return { id, primary, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

const three = [display(2, 1920, true), display(1, 0), display(3, 3840)];

function layout(windows: WorkstationLayout["windows"]): WorkstationLayout {
  return { kind: "city-control-room-layout", version: 2, name: "test", windows };
}

describe("layout planner", () => {
  it("one display, no saved layout: the operator window filling the work area", () => {
    expect(planLayout([display(1, 0, true)], null)).toEqual([{ role: "operator", displayId: 1, bounds: { x: 0, y: 0, width: 1920, height: 1040 }, fullScreen: false }]);
  });

  it("three displays, no saved layout: operator on the primary (in the middle), maps left and right", () => {
    expect(planLayout(three, null).map((w) => [w.role, w.displayId])).toEqual([
      ["operator", 2],
      ["map", 1],
      ["map", 3],
    ]);
    expect(defaultLayout(three).windows.map((w) => w.display.index)).toEqual([1, 0, 2]);
  });

  it("roles where the layout puts them, places relative to each work area, full screen kept", () => {
    const planned = planLayout(
      three,
      layout([
        { role: "alarms", display: { id: 1, index: 0 }, place: { x: 0, y: 0, width: 0.5, height: 1 }, fullScreen: false },
        { role: "trends", display: { id: 1, index: 0 }, place: { x: 0.5, y: 0, width: 0.5, height: 1 }, fullScreen: false },
        { role: "operator", display: { id: 2, index: 1 }, place: null, fullScreen: false },
        { role: "overview", display: { id: 3, index: 2 }, place: null, fullScreen: true },
      ]),
    );
    expect(planned).toEqual([
      { role: "alarms", displayId: 1, bounds: { x: 0, y: 0, width: 960, height: 1040 }, fullScreen: false },
      { role: "trends", displayId: 1, bounds: { x: 960, y: 0, width: 960, height: 1040 }, fullScreen: false },
      { role: "operator", displayId: 2, bounds: { x: 1920, y: 0, width: 1920, height: 1040 }, fullScreen: false },
      { role: "overview", displayId: 3, bounds: { x: 3840, y: 0, width: 1920, height: 1040 }, fullScreen: true },
    ]);
  });

  it("a display unplugged: its windows open on the primary, on screen; one back under a new id is found by its place from the left", () => {
    const saved = layout([
      { role: "operator", display: { id: 2, index: 1 }, place: null, fullScreen: false },
      { role: "overview", display: { id: 3, index: 2 }, place: { x: 0.25, y: 0.25, width: 0.5, height: 0.5 }, fullScreen: false },
    ]);
    const unplugged = planLayout([display(2, 1920, true), display(1, 0)], saved);
    expect(unplugged[1]).toEqual({ role: "overview", displayId: 2, bounds: { x: 1920 + 480, y: 260, width: 960, height: 520 }, fullScreen: false });
    const renamed = planLayout([display(2, 1920, true), display(1, 0), display(9, 3840)], saved);
    expect(renamed[1]).toMatchObject({ displayId: 9, bounds: { x: 3840 + 480, y: 260, width: 960, height: 520 } });
  });

  it("a resolution or scale change keeps the place in proportion", () => {
    const saved = layout([{ role: "map", display: { id: 1, index: 0 }, place: { x: 0.5, y: 0, width: 0.5, height: 1 }, fullScreen: false }]);
    // The same display now reports 1280×720 (125 % scaling of a 1600×900 panel, say).
    expect(planLayout([display(1, 0, true, 1280, 720)], saved)[0]!.bounds).toEqual({ x: 640, y: 0, width: 640, height: 680 });
  });

  it("captures open windows as a layout and plans them back to the same bounds", () => {
    const windows: { role: WindowRole; bounds: Rect; fullScreen: boolean }[] = [
      { role: "operator", bounds: { x: 1920, y: 0, width: 1920, height: 1040 }, fullScreen: false },
      { role: "alarms", bounds: { x: 100, y: 50, width: 900, height: 700 }, fullScreen: false },
      { role: "map", bounds: { x: 3840, y: 0, width: 1920, height: 1040 }, fullScreen: true },
    ];
    const captured = captureLayout("three screens", windows, three);
    expect(captured.windows.map((w) => [w.role, w.display.id, w.display.index])).toEqual([
      ["operator", 2, 1],
      ["alarms", 1, 0],
      ["map", 3, 2],
    ]);
    expect(planLayout(three, captured).map((w) => ({ role: w.role, bounds: w.bounds, fullScreen: w.fullScreen }))).toEqual(windows);
    // A file round trip: what is exported imports again.
    expect(parseLayoutFile(JSON.stringify(captured))).toEqual({ ok: true, layout: captured });
  });

  it("the next-display shortcut goes left to right and round, keeping the place", () => {
    expect(moveToNextDisplay({ x: 100, y: 50, width: 900, height: 700 }, three)).toEqual({ displayId: 2, bounds: { x: 2020, y: 50, width: 900, height: 700 } });
    expect(moveToNextDisplay({ x: 3840, y: 0, width: 1920, height: 1040 }, three).displayId).toBe(1);
  });

  it("a layout file that is wrong says which field", () => {
    expect(parseLayoutFile("{")).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
    const bad = { kind: "city-control-room-layout", version: 2, name: "x", windows: [{ role: "Map!", display: { id: 1, index: 0 } }] };
    expect(parseLayoutFile(JSON.stringify(bad))).toEqual({ ok: false, error: expect.stringContaining('field "windows.0.role"') });
    expect(parseLayoutFile(JSON.stringify({ ...bad, windows: [] }))).toEqual({ ok: false, error: expect.stringContaining('field "windows"') });
    // A role the renderer does not show would open as the operator window: refused, the roles named.
    const kitchen = { ...bad, windows: [{ role: "kitchen", display: { id: 1, index: 0 } }] };
    expect(parseLayoutFile(JSON.stringify(kitchen))).toEqual({ ok: false, error: expect.stringMatching(/field "windows.0.role": a window role: one of operator, overview, map/) });
  });
});

describe("layout keys", () => {
  const key = (k: string, mods: Partial<{ control: boolean; shift: boolean; alt: boolean; meta: boolean }> = {}, type = "keyDown") => ({
    type,
    key: k,
    control: false,
    shift: false,
    alt: false,
    meta: false,
    ...mods,
  });
  it("F11 toggles full screen, Ctrl+Shift+→ moves to the next display; nothing else, and only on key-down", () => {
    expect(layoutKeyAction(key("F11"))).toBe("full-screen");
    expect(layoutKeyAction(key("ArrowRight", { control: true, shift: true }))).toBe("next-display");
    expect(layoutKeyAction(key("ArrowRight", { control: true }))).toBeNull();
    expect(layoutKeyAction(key("ArrowRight", { control: true, shift: true, alt: true }))).toBeNull();
    expect(layoutKeyAction(key("F11", { control: true }))).toBeNull();
    expect(layoutKeyAction(key("F11", {}, "keyUp"))).toBeNull();
  });
});
