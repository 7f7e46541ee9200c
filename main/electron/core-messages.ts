/**
 * What the core's utility process tells the main process over its parentPort. Parsed, not
 * cast: the main process decides restarts on these, so a stray message must not count.
 */
import type { WindowRole } from "../../contract/api";

export type CoreToMainMessage =
  /** The core booted and serves windows; after a restart, the windows are reloaded now. */
  | { type: "ready" }
  /** The core is about to exit; the message is shown to a person if restarts give up. */
  | { type: "fatal"; message: string };

/** The main process hands a window's port with this message (the port in `ports`). */
export const WINDOW_PORT_MESSAGE = { type: "window" } as const;

/** The port message for a window of this role (the core refuses actions from map windows). */
export function windowPortMessage(role: WindowRole): { type: "window"; role: WindowRole } {
  return { ...WINDOW_PORT_MESSAGE, role };
}

const MAX_FATAL_TEXT = 2000;

export function parseCoreMessage(data: unknown): CoreToMainMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, message } = data as { type?: unknown; message?: unknown };
  if (type === "ready") return { type: "ready" };
  if (type === "fatal" && typeof message === "string") return { type: "fatal", message: message.slice(0, MAX_FATAL_TEXT) };
  return null;
}
