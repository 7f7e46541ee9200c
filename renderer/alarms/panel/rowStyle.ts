/** Where the virtualiser puts a row. A transform, not `top`: moving it needs no layout. */
import type { CSSProperties } from "react";

/** Pixels; alarm-grid.css and alarm-group-rows.css draw every row (alarm and group) at exactly this height. */
export const ROW_HEIGHT = 32;

export function rowStyle(top: number): CSSProperties {
  return { transform: `translateY(${top}px)`, height: ROW_HEIGHT };
}
