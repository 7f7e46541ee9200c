/**
 * The site config's optional `history` section: how long the historian keeps raw samples (by
 * tag class, the tag's service, with a default), minute and hour aggregates, and how large the
 * database may grow. Aggregates must outlive raw samples, or a long range would read nothing
 * where raw data has just been pruned.
 */
import { z } from "zod";
import { SERVICES } from "../../../contract/api";
import { DEFAULT_HISTORY_RETENTION, type HistoryRetention } from "../store/historian-retention";

const days = (what: string) => z.number({ error: `${what}: a number of days` }).positive(`${what}: more than 0 days`).max(36_500);

const rawDaysSchema = z
  .object({
    default: days("raw days").default(DEFAULT_HISTORY_RETENTION.rawDays.default),
    ...Object.fromEntries(SERVICES.map((s) => [s, days(`raw days of ${s}`).optional()])),
  })
  .strict();

const historyObject = z
  .object({
    /** Days of raw samples: a number for every tag, or `{ "default": 14, "air": 60 }` per service. */
    rawDays: z
      .union([days("raw days"), rawDaysSchema])
      .default(DEFAULT_HISTORY_RETENTION.rawDays.default)
      .transform((r) => (typeof r === "number" ? { default: r } : r)),
    minuteDays: days("minute aggregate days").default(DEFAULT_HISTORY_RETENTION.minuteDays),
    hourDays: days("hour aggregate days").default(DEFAULT_HISTORY_RETENTION.hourDays),
    /** The pages the database uses (every table, not only history) are kept under this. */
    maxSizeMB: z.number().int().min(16, "at least 16 MB").max(1_048_576).default(DEFAULT_HISTORY_RETENTION.maxSizeMB),
  })
  .strict()
  .superRefine((h, ctx) => {
    const longestRaw = Math.max(...Object.values(h.rawDays).filter((d): d is number => d !== undefined));
    if (h.minuteDays < longestRaw) ctx.addIssue({ code: "custom", path: ["minuteDays"], message: `keep minute aggregates at least as long as raw samples (${longestRaw} days)` });
    if (h.hourDays < h.minuteDays) ctx.addIssue({ code: "custom", path: ["hourDays"], message: `keep hour aggregates at least as long as minute aggregates (${h.minuteDays} days)` });
  });

/** Retention as the store applies it: services without a figure of their own use the default. */
function toRetention(parsed: z.output<typeof historyObject>): HistoryRetention {
  const rawDays: HistoryRetention["rawDays"] = { default: parsed.rawDays.default };
  for (const [service, d] of Object.entries(parsed.rawDays)) if (d !== undefined) rawDays[service] = d;
  return { rawDays, minuteDays: parsed.minuteDays, hourDays: parsed.hourDays, maxSizeMB: parsed.maxSizeMB };
}

export type HistoryConfig = HistoryRetention;

/** The `history` section; absent, every default holds. */
export const historyConfigSchema = historyObject.transform(toRetention).default(() => structuredClone(DEFAULT_HISTORY_RETENTION));
