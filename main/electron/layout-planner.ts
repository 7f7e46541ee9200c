/**
 * Workstation layouts: which window role goes on which display, where on it, and full screen or
 * not. Plain code so every case is a unit test (one display, three, one unplugged, a resolution
 * or scale change); windows.ts only applies the plan with Electron's `screen`.
 *
 * A window's place is kept relative to its display's work area (fractions), so a resolution or
 * scale-factor change keeps it where it was in proportion; its display is kept by id and by its
 * position from the left, so a display that comes back under a new id (docking stations do that)
 * still gets its windows. A window whose display is gone goes to the primary display: never off
 * screen, never lost.
 */
import { z } from "zod";
import { WINDOW_ROLES, type WindowRole } from "../../contract/api";
import { layoutTrendsSchema } from "../../contract/trend-pens";
import { fitOnDisplay, type DisplayInfo, type Rect } from "./window-placement";

/** Where a window sits on its display, as fractions (0..1) of the display's work area. */
const relativeRect = z
  .object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1), width: z.number().gt(0).max(1), height: z.number().gt(0).max(1) })
  .strict();

const layoutWindow = z
  .object({
    role: z.enum(WINDOW_ROLES, { error: `a window role: one of ${WINDOW_ROLES.join(", ")}` }),
    /** The display's id when saved, and its place counted from the left (0 = leftmost). */
    display: z.object({ id: z.number().int(), index: z.number().int().min(0).max(31) }).strict(),
    place: relativeRect.nullable().default(null),
    fullScreen: z.boolean().default(false),
  })
  .strict();

export const layoutFileSchema = z
  .object({
    kind: z.literal("city-control-room-layout"),
    version: z.literal(2),
    name: z.string().trim().min(1).max(100),
    windows: z.array(layoutWindow).min(1).max(32),
    /** Each role's trend pens and range (contract/trend-pens.ts); files saved before it have none. */
    trends: layoutTrendsSchema.optional(),
  })
  .strict();

export type WorkstationLayout = z.infer<typeof layoutFileSchema>;
export type LayoutWindow = WorkstationLayout["windows"][number];

export interface PlannedWindow {
  role: WindowRole;
  displayId: number;
  bounds: Rect;
  fullScreen: boolean;
}

/**
 * Roles given to displays, the primary first, when no layout is saved; displays beyond the list
 * show the map. A layout file may give any display any role (contract WINDOW_ROLES).
 */
export const DEFAULT_ROLE_ORDER = ["operator"] as const satisfies readonly WindowRole[];

/** Primary first (one primary even if the platform reports none or two), then left to right. */
export function orderDisplays(displays: readonly DisplayInfo[]): DisplayInfo[] {
  if (displays.length === 0) return [];
  const primary = displays.find((d) => d.primary) ?? displays[0]!;
  return [primary, ...displays.filter((d) => d !== primary).sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y)];
}

/** Displays from the left: the index a layout keeps besides the id. */
function fromLeft(displays: readonly DisplayInfo[]): DisplayInfo[] {
  return [...displays].sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
}

/** One window per display: the primary's the operator window, the others by DEFAULT_ROLE_ORDER, then the map. */
export function defaultLayout(displays: readonly DisplayInfo[]): WorkstationLayout {
  const left = fromLeft(displays);
  return {
    kind: "city-control-room-layout",
    version: 2,
    name: "default",
    windows: orderDisplays(displays).map((d, i) => ({
      role: (DEFAULT_ROLE_ORDER as readonly WindowRole[])[i] ?? "map",
      display: { id: d.id, index: left.indexOf(d) },
      place: null,
      fullScreen: false,
    })),
  };
}

function displayFor(w: LayoutWindow, displays: readonly DisplayInfo[]): DisplayInfo {
  const left = fromLeft(displays);
  return displays.find((d) => d.id === w.display.id) ?? left[w.display.index] ?? orderDisplays(displays)[0]!;
}

function absolute(place: z.infer<typeof relativeRect>, area: Rect): Rect {
  return {
    x: area.x + place.x * area.width,
    y: area.y + place.y * area.height,
    width: place.width * area.width,
    height: place.height * area.height,
  };
}

/** Where each window of the layout opens on the displays attached now. */
export function planLayout(displays: readonly DisplayInfo[], layout: WorkstationLayout | null): PlannedWindow[] {
  if (displays.length === 0) return [];
  const chosen = layout ?? defaultLayout(displays);
  return chosen.windows.map((w) => {
    const display = displayFor(w, displays);
    return {
      role: w.role,
      displayId: display.id,
      bounds: fitOnDisplay(w.place ? absolute(w.place, display.workArea) : undefined, display.workArea),
      fullScreen: w.fullScreen,
    };
  });
}

/** The open windows as a layout to save: each on the display it overlaps most, its place relative to it. */
export function captureLayout(
  name: string,
  windows: readonly { role: WindowRole; bounds: Rect; fullScreen: boolean }[],
  displays: readonly DisplayInfo[],
): WorkstationLayout {
  const left = fromLeft(displays);
  return {
    kind: "city-control-room-layout",
    version: 2,
    name,
    windows: windows.map((w) => {
      const display = displayMatching(w.bounds, displays);
      const area = display.workArea;
      const fit = fitOnDisplay(w.bounds, area);
      const frac = (n: number) => Math.min(1, Math.max(0, Math.round(n * 10_000) / 10_000));
      return {
        role: w.role,
        display: { id: display.id, index: left.indexOf(display) },
        place: {
          x: frac((fit.x - area.x) / area.width),
          y: frac((fit.y - area.y) / area.height),
          width: Math.max(0.0001, frac(fit.width / area.width)),
          height: Math.max(0.0001, frac(fit.height / area.height)),
        },
        fullScreen: w.fullScreen,
      };
    }),
  };
}

/** The display a rectangle overlaps most (the primary when it overlaps none), as Electron's getDisplayMatching. */
export function displayMatching(bounds: Rect, displays: readonly DisplayInfo[]): DisplayInfo {
  let best = orderDisplays(displays)[0]!;
  let most = 0;
  for (const d of displays) {
    const w = Math.min(bounds.x + bounds.width, d.bounds.x + d.bounds.width) - Math.max(bounds.x, d.bounds.x);
    const h = Math.min(bounds.y + bounds.height, d.bounds.y + d.bounds.height) - Math.max(bounds.y, d.bounds.y);
    if (w > 0 && h > 0 && w * h > most) {
      most = w * h;
      best = d;
    }
  }
  return best;
}

/** The shortcut "to the next display": left to right, round; the same place relative to the work area. */
export function moveToNextDisplay(bounds: Rect, displays: readonly DisplayInfo[]): { displayId: number; bounds: Rect } {
  const left = fromLeft(displays);
  const from = displayMatching(bounds, displays);
  const to = left[(left.indexOf(from) + 1) % left.length]!;
  const a = from.workArea;
  const fit = fitOnDisplay(bounds, a);
  const place = { x: (fit.x - a.x) / a.width, y: (fit.y - a.y) / a.height, width: fit.width / a.width, height: fit.height / a.height };
  return { displayId: to.id, bounds: fitOnDisplay(absolute(place, to.workArea), to.workArea) };
}

/** A layout file's text, checked; the error names the field, so a person can fix a hand-edited file. */
export function parseLayoutFile(text: string): { ok: true; layout: WorkstationLayout } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { ok: false, error: `not JSON: ${(err as Error).message}` };
  }
  const result = layoutFileSchema.safeParse(raw);
  if (result.success) return { ok: true, layout: result.data };
  return { ok: false, error: result.error.issues.map((i) => `field "${i.path.join(".") || "(top level)"}": ${i.message}`).join("; ") };
}
