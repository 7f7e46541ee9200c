/**
 * A window's rectangle on a display: the saved one when it still shows on the display's work
 * area, clamped into it; otherwise the work area. Never off screen (layout-planner.ts uses it).
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  primary: boolean;
}

const MIN_WIDTH = 640;
const MIN_HEIGHT = 480;
/** A saved window must overlap its display's work area by at least this much to be kept. */
const MIN_VISIBLE = 100;

/** The saved rectangle, clamped into the work area; the work area when it no longer fits. */
export function fitOnDisplay(saved: Rect | undefined, area: Rect): Rect {
  if (!saved || !isRect(saved)) return { ...area };
  const overlapX = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
  const overlapY = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
  if (overlapX < MIN_VISIBLE || overlapY < MIN_VISIBLE) return { ...area };
  const width = clamp(saved.width, Math.min(MIN_WIDTH, area.width), area.width);
  const height = clamp(saved.height, Math.min(MIN_HEIGHT, area.height), area.height);
  return {
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

function isRect(r: unknown): r is Rect {
  if (typeof r !== "object" || r === null) return false;
  const { x, y, width, height } = r as Record<string, unknown>;
  return [x, y, width, height].every((n) => typeof n === "number" && Number.isFinite(n)) && (width as number) > 0 && (height as number) > 0;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.round(Math.min(Math.max(n, lo), Math.max(lo, hi)));
}
