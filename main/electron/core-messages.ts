/**
 * What the core's utility process and the main process tell each other over the parentPort.
 * Parsed, not cast: the main process decides restarts on these, and the core takes kept
 * passwords from them, so a stray message must not count.
 */
import { z } from "zod";
import type { WindowRole } from "../../contract/api";

export type CoreToMainMessage =
  /** The core booted and serves windows; after a restart, the windows are reloaded now. */
  | { type: "ready" }
  /** The core is about to exit; the message is shown to a person if restarts give up. */
  | { type: "fatal"; message: string }
  /** An engineer entered a station password: the main process keeps it with safeStorage and answers `password-kept`. */
  | { type: "keep-password"; requestId: number; endpointId: string; password: string };

/** What the main process tells the core (windows' ports travel with WINDOW_PORT_MESSAGE instead). */
export type MainToCoreMessage =
  /**
   * Sent once right after the core is started, before it boots: the station passwords the main
   * process keeps, decrypted, by endpoint id. `refusal`: why this workstation cannot keep any
   * (no key store), said to the engineer who tries.
   */
  | { type: "kept-passwords"; passwords: Record<string, string>; refusal: string | null }
  /** The answer to `keep-password`: null when it is kept. */
  | { type: "password-kept"; requestId: number; error: string | null };

/** The main process hands a window's port with this message (the port in `ports`). */
export const WINDOW_PORT_MESSAGE = { type: "window" } as const;

/** The port message for a window of this role (the core refuses actions from map windows). */
export function windowPortMessage(role: WindowRole): { type: "window"; role: WindowRole } {
  return { ...WINDOW_PORT_MESSAGE, role };
}

const MAX_FATAL_TEXT = 2000;
const requestId = z.number().int().nonnegative();
const endpointId = z.string().min(1).max(64);
const password = z.string().min(1).max(1024);

const keepPassword = z.object({ type: z.literal("keep-password"), requestId, endpointId, password }).strict();

const mainMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("kept-passwords"), passwords: z.record(endpointId, password), refusal: z.string().max(MAX_FATAL_TEXT).nullable() }).strict(),
  z.object({ type: z.literal("password-kept"), requestId, error: z.string().max(MAX_FATAL_TEXT).nullable() }).strict(),
]);

export function parseCoreMessage(data: unknown): CoreToMainMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, message } = data as { type?: unknown; message?: unknown };
  if (type === "ready") return { type: "ready" };
  if (type === "fatal" && typeof message === "string") return { type: "fatal", message: message.slice(0, MAX_FATAL_TEXT) };
  if (type === "keep-password") {
    const parsed = keepPassword.safeParse(data);
    return parsed.success ? parsed.data : null;
  }
  return null;
}

export function parseMainMessage(data: unknown): MainToCoreMessage | null {
  const parsed = mainMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}
