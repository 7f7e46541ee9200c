/**
 * Moving the list's cursor from the keyboard, as a pure function of the key, the current row,
 * the row count and how many rows fit on a page. Returns the new row, or null when the key is
 * not a movement (so the caller lets it through).
 */

export const MOVE_KEYS = ["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End"] as const;

export function moveCursor(key: string, index: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  // No cursor yet: any movement lands on the first row (End on the last).
  const at = index < 0 || index >= count ? -1 : index;
  const page = Math.max(1, pageSize - 1);
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case "ArrowDown":
      return at < 0 ? 0 : clamp(at + 1);
    case "ArrowUp":
      return at < 0 ? 0 : clamp(at - 1);
    case "PageDown":
      return clamp(at < 0 ? page : at + page);
    case "PageUp":
      return clamp(at < 0 ? 0 : at - page);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** The panel's single-letter commands; the "?" popover lists them. Null for any other key. */
export type ListCommand = "open" | "mark" | "ack" | "ackVisible" | "confirm" | "confirmVisible" | "silence" | "search" | "menu";

export function commandOf(e: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): ListCommand | null {
  if (e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) return "menu";
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (e.key === "Enter") return "open";
  if (e.key === "/") return "search";
  // Space marks an alarm row for "acknowledge / confirm the marked" (on a group row it folds it first).
  if (e.key === " " && !e.shiftKey) return "mark";
  switch (e.key.toLowerCase()) {
    case "a":
      return e.shiftKey ? "ackVisible" : "ack";
    case "c":
      return e.shiftKey ? "confirmVisible" : "confirm";
    case "h":
      return e.shiftKey ? null : "silence";
    default:
      return null;
  }
}
