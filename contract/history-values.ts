/**
 * A tag's value history (the historian): raw samples, or minute and hour aggregates for long
 * ranges. Read-only, any window. Where the workstation was not recording and the server keeps
 * history of the tag, the core fills the gap from the server (OPC UA HistoryRead) first and
 * keeps what it read; the answer says what came from where.
 */
import { z } from "zod";
import type { Quality } from "./domain";
import { looksLikeId, type TagId } from "./ids";

export const HISTORY_RESOLUTIONS = ["raw", "minute", "hour", "auto"] as const;
export type HistoryResolution = (typeof HISTORY_RESOLUTIONS)[number];

const time = z.number().int().min(0).max(8.64e15);

export const readHistoryArgs = z
  .object({
    tagId: z.custom<TagId>((v) => typeof v === "string" && v.length <= 2048 && looksLikeId(v), "a tag id (endpoint|node)"),
    from: time,
    to: time,
    /**
     * auto: raw when the range holds at most maxPoints samples, else minute aggregates when
     * they fit in maxPoints, else hours.
     */
    resolution: z.enum(HISTORY_RESOLUTIONS).default("auto"),
    /** At most this many points come back (the oldest first); `truncated` says when more were there. */
    maxPoints: z.number().int().min(1).max(100_000).default(5000),
  })
  .strict()
  .refine((a) => a.from <= a.to, { message: "from must not be after to", path: ["from"] });

export interface RawHistoryPoint {
  /** Source time, ms since epoch. */
  time: number;
  value: number | boolean | string | null;
  quality: Quality;
  /** Read from the server's history to fill a gap, not recorded here. */
  fromServer: boolean;
}

/**
 * One minute or hour. `mean` is the simple mean of the samples (main/core/store/historian-aggregates.ts
 * says why); booleans count as 0 and 1; min, max and mean are null when no sample was a number
 * of good or uncertain quality.
 */
export interface AggregateHistoryPoint {
  /** Start of the bucket, ms since epoch. */
  time: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Samples in the bucket, of any type and quality. */
  count: number;
  firstTime: number;
  lastTime: number;
}

/** What the server's history added to this answer. */
export interface ServerFill {
  /** Ranges asked of the server in this call. */
  asked: { from: number; to: number }[];
  /** Samples the server gave that were new to the store. */
  points: number;
  /** Why nothing could be asked or read, in words (offline, the server keeps no history of the tag, ...); null when all went well. */
  problem: string | null;
}

interface HistoryAnswerBase {
  tagId: TagId;
  from: number;
  to: number;
  truncated: boolean;
  /** Parts of the range still without local history after any fill (nobody recorded them). */
  gaps: { from: number; to: number }[];
  serverFill: ServerFill;
}

export type HistoryValues =
  | (HistoryAnswerBase & { resolution: "raw"; points: RawHistoryPoint[] })
  | (HistoryAnswerBase & { resolution: "minute" | "hour"; points: AggregateHistoryPoint[] });
