/**
 * Layouts saved to and loaded from files a person picks (main/electron/layout-files.ts), on real
 * files in a temp folder: what is saved loads back as the same layout; a cancelled dialog does
 * nothing; a file that is not a layout is refused naming the field, and nothing is applied; only
 * the operator window may ask.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { captureLayout, type WorkstationLayout } from "../../main/electron/layout-planner";
import { layoutNameOf, loadLayoutFromFile, mayManageLayouts, MAX_LAYOUT_BYTES, saveLayoutToFile, suggestedLayoutFile, type LayoutFileDeps } from "../../main/electron/layout-files";
import type { DisplayInfo } from "../../main/electron/window-placement";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-layout-files-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const two: DisplayInfo[] = [
  { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, primary: true },
  { id: 2, bounds: { x: 1920, y: 0, width: 2560, height: 1440 }, workArea: { x: 1920, y: 0, width: 2560, height: 1400 }, primary: false },
];
const open = [
  { role: "operator" as const, bounds: { x: 0, y: 0, width: 1920, height: 1040 }, fullScreen: false },
  { role: "alarms" as const, bounds: { x: 1920, y: 0, width: 1280, height: 1400 }, fullScreen: false },
  { role: "trends" as const, bounds: { x: 3200, y: 0, width: 1280, height: 1400 }, fullScreen: false },
];

function deps(paths: { save?: string | null; open?: string | null }) {
  const applied: WorkstationLayout[] = [];
  const d: LayoutFileDeps = {
    askSavePath: async () => paths.save ?? null,
    askOpenPath: async () => paths.open ?? null,
    capture: (name) => captureLayout(name, open, two),
    apply: (layout) => {
      applied.push(layout);
      return layout.windows.length;
    },
  };
  return { d, applied };
}

describe("layout files", () => {
  it("saves the windows to the file picked, named after it, and loads them back the same", async () => {
    const file = path.join(dir, "night shift.json");
    const { d, applied } = deps({ save: file, open: file });
    const trends = { trends: { pens: ["nis-heating|ns=1;s=Substation3.HeatPower" as never], preset: "24h" as const } };
    expect(await saveLayoutToFile(d, trends)).toEqual({ outcome: "saved", file });
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as WorkstationLayout;
    expect(saved.name).toBe("night shift");
    expect(saved.windows.map((w) => [w.role, w.display.id])).toEqual([
      ["operator", 1],
      ["alarms", 2],
      ["trends", 2],
    ]);
    // The trend window's pens travel with the layout, to be shown by the windows it opens.
    expect(saved.trends).toEqual(trends);
    expect(await loadLayoutFromFile(d)).toEqual({ outcome: "loaded", file, windows: 3, trends });
    expect(applied).toEqual([saved]);
  });

  it("a cancelled dialog writes and applies nothing", async () => {
    const { d, applied } = deps({});
    expect(await saveLayoutToFile(d)).toEqual({ outcome: "cancelled" });
    expect(await loadLayoutFromFile(d)).toEqual({ outcome: "cancelled" });
    expect(applied).toEqual([]);
  });

  it("a file that is not a layout is refused naming the file and the field; nothing is applied", async () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ kind: "city-control-room-layout", version: 2, name: "x", windows: [{ role: "kitchen", display: { id: 1, index: 0 } }] }));
    const badPen = path.join(dir, "bad-pen.json");
    const good = captureLayout("x", open, two);
    fs.writeFileSync(badPen, JSON.stringify({ ...good, trends: { trends: { pens: ["not a tag"], preset: "1h" } } }));
    const notJson = path.join(dir, "notes.txt");
    fs.writeFileSync(notJson, "operator on the left");
    const huge = path.join(dir, "huge.json");
    fs.writeFileSync(huge, " ".repeat(MAX_LAYOUT_BYTES + 1));
    for (const [file, says] of [
      [bad, /bad\.json is not a window layout: field "windows\.0\.role"/],
      [badPen, /bad-pen\.json is not a window layout: field "trends\.trends\.pens\.0"/],
      [notJson, /notes\.txt is not a window layout: not JSON/],
      [huge, /huge\.json is larger than a layout file can be/],
      [path.join(dir, "gone.json"), /could not read .*gone\.json/],
    ] as const) {
      const { d, applied } = deps({ open: file });
      expect(await loadLayoutFromFile(d)).toEqual({ outcome: "refused", reason: expect.stringMatching(says) });
      expect(applied).toEqual([]);
    }
  });

  it("a folder that cannot be written is said in words", async () => {
    const { d } = deps({ save: path.join(dir, "no-such-folder", "x.json") });
    expect(await saveLayoutToFile(d)).toEqual({ outcome: "refused", reason: expect.stringMatching(/^could not write .*x\.json: ENOENT/) });
  });

  it("offers a dated name, and takes the layout's name from the file's", () => {
    expect(suggestedLayoutFile(new Date("2026-11-26T04:00:00Z"))).toBe("control-room-layout-2026-11-26.json");
    expect(layoutNameOf("C:\\layouts\\Video wall.JSON")).toBe("Video wall");
    expect(layoutNameOf("/home/op/.json")).toBe("workstation");
  });

  it("only the operator window manages layouts", () => {
    expect(mayManageLayouts("app://control-room/index.html")).toBe(true);
    expect(mayManageLayouts("app://control-room/index.html?role=operator")).toBe(true);
    expect(mayManageLayouts("app://control-room/index.html?role=map")).toBe(false);
    expect(mayManageLayouts("app://control-room/index.html?role=alarms")).toBe(false);
    expect(mayManageLayouts(null)).toBe(false);
    expect(mayManageLayouts("not a url")).toBe(false);
  });
});
