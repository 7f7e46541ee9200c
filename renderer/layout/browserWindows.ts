/**
 * Host mode's layouts: a browser cannot place windows on displays, so what a workstation (or a
 * video wall's PC) keeps is the list of role windows it opens, as a small JSON file. Saved from
 * the Windows menu, loaded back there, where each role is opened with one click (browsers open
 * one window per click). The file carries no token: a host restarted with a new one still opens it.
 * It carries each role's trend pens and range, so the trend windows open on the same trends.
 */
import { z } from "zod";
import { WINDOW_ROLES, type WindowRole } from "../../contract/api";
import { layoutTrendsSchema, type LayoutTrends } from "../../contract/trend-pens";

export const WINDOW_LIST_KIND = "city-control-room-browser-windows";

const windowListSchema = z
  .object({
    kind: z.literal(WINDOW_LIST_KIND),
    version: z.literal(1),
    windows: z.array(z.object({ role: z.enum(WINDOW_ROLES) }).strict()).min(1).max(32),
    trends: layoutTrendsSchema.optional(),
  })
  .strict();

export type WindowListResult = { ok: true; roles: WindowRole[]; trends: LayoutTrends } | { ok: false; error: string };

export function windowListText(roles: readonly WindowRole[], trends: LayoutTrends = {}): string {
  return `${JSON.stringify({ kind: WINDOW_LIST_KIND, version: 1, windows: roles.map((role) => ({ role })), trends }, null, 2)}\n`;
}

/** A file's text, checked; the error names the field, so a person can fix a hand-edited file. */
export function parseWindowList(text: string): WindowListResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    return { ok: false, error: `not JSON: ${(err as Error).message}` };
  }
  const result = windowListSchema.safeParse(raw);
  if (result.success) return { ok: true, roles: result.data.windows.map((w) => w.role), trends: result.data.trends ?? {} };
  return { ok: false, error: result.error.issues.map((i) => `field "${i.path.join(".") || "(top level)"}": ${i.message}`).join("; ") };
}

/** The windows opened from this page that are still open, by role, for the list to save. */
export function openRoles(opened: readonly { role: WindowRole; closed: boolean }[]): WindowRole[] {
  return opened.filter((w) => !w.closed).map((w) => w.role);
}
