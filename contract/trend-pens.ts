/**
 * A trend's pens and range as a workstation layout carries them, per window role: the desktop
 * app's layout file and host mode's list of browser windows both keep them, so a layout opened on
 * another workstation (or a video wall's PC) shows the same trends.
 */
import { z } from "zod";
import { looksLikeId, type TagId } from "./ids";
import { WINDOW_ROLES } from "./session";

export const TREND_PRESETS = ["15m", "1h", "8h", "24h", "7d"] as const;
export type TrendPreset = (typeof TREND_PRESETS)[number];

/** The most pens one chart draws. */
export const MAX_PENS = 8;

const pens = z.array(z.custom<TagId>((v) => typeof v === "string" && v.length <= 2048 && looksLikeId(v), "a tag id (endpoint|node)")).max(MAX_PENS);

/** Roles that have a trend, each with its pens and range (a role without one is left out). */
export const layoutTrendsSchema = z.partialRecord(z.enum(WINDOW_ROLES), z.object({ pens, preset: z.enum(TREND_PRESETS) }).strict());
export type LayoutTrends = z.infer<typeof layoutTrendsSchema>;
