/**
 * One window per display: the primary display gets the operator's window (map, alarms,
 * values), every other display a map. Bounds come from the last saved layout when its
 * display is still attached and the saved rectangle still shows on it; otherwise the
 * display's work area. A saved layout is never trusted to put a window off screen.
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

export type WindowRole = "operator" | "map";

export interface WindowPlacement {
  displayId: number;
  role: WindowRole;
  bounds: Rect;
}

export interface SavedLayout {
  version: 1;
  windows: { displayId: number; bounds: Rect }[];
}

const MIN_WIDTH = 640;
const MIN_HEIGHT = 480;
/** A saved window must overlap its display's work area by at least this much to be kept. */
const MIN_VISIBLE = 100;

export function placeWindows(displays: readonly DisplayInfo[], saved: SavedLayout | null = null): WindowPlacement[] {
  if (displays.length === 0) return [];
  // One primary, even if the platform reports none (or two): the first flagged, else the first.
  const primary = displays.find((d) => d.primary) ?? displays[0]!;
  const others = displays.filter((d) => d !== primary).sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y);
  const savedById = new Map((saved?.windows ?? []).map((w) => [w.displayId, w.bounds]));
  return [primary, ...others].map((display) => ({
    displayId: display.id,
    role: display === primary ? "operator" : "map",
    bounds: fitOnDisplay(savedById.get(display.id), display.workArea),
  }));
}

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

/** Reads a saved layout file's JSON; anything unexpected means "no saved layout". */
export function parseSavedLayout(text: string): SavedLayout | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const { version, windows } = raw as { version?: unknown; windows?: unknown };
  if (version !== 1 || !Array.isArray(windows)) return null;
  const valid = windows.filter(
    (w): w is SavedLayout["windows"][number] =>
      typeof w === "object" && w !== null && Number.isSafeInteger((w as { displayId?: unknown }).displayId) && isRect((w as { bounds?: unknown }).bounds),
  );
  return { version: 1, windows: valid.map((w) => ({ displayId: w.displayId, bounds: { ...w.bounds } })) };
}

function isRect(r: unknown): r is Rect {
  if (typeof r !== "object" || r === null) return false;
  const { x, y, width, height } = r as Record<string, unknown>;
  return [x, y, width, height].every((n) => typeof n === "number" && Number.isFinite(n)) && (width as number) > 0 && (height as number) > 0;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.round(Math.min(Math.max(n, lo), Math.max(lo, hi)));
}
