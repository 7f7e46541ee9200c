/**
 * Offline map tiles and preparing the workstation for the field (issue #7, items 5 and 6).
 * A crew picks an area (districts of the site, or a box) and zoom levels; the core downloads
 * the tiles from the site's tile server at a polite rate into an MBTiles file, or imports one,
 * and the map shows them from the app's own route. "Prepare for the field" also makes sure the
 * area's model, last values and history are in the store. One job runs at a time; its progress
 * goes to every window on the `offline` topic.
 */
import { z } from "zod";

const lat = z.number().min(-85).max(85);
const lon = z.number().min(-180).max(180);

export const offlineAreaArg = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("box"), south: lat, west: lon, north: lat, east: lon })
    .strict()
    .refine((b) => b.south < b.north, { message: "south must be below north", path: ["south"] })
    .refine((b) => b.west < b.east, { message: "west must be left of east", path: ["west"] }),
  z.object({ kind: z.literal("districts"), districts: z.array(z.string().trim().min(1).max(200)).min(1).max(50) }).strict(),
]);
export type OfflineArea = z.output<typeof offlineAreaArg>;

export const MAX_OFFLINE_ZOOM = 19;
const zooms = z.array(z.number().int().min(0).max(MAX_OFFLINE_ZOOM)).min(1).max(MAX_OFFLINE_ZOOM + 1);

export const tileAreaArgs = z.object({ area: offlineAreaArg, zooms }).strict();
export const importTilesArgs = z.object({ file: z.string().trim().min(1).max(4096) }).strict();

const time = z.number().int().min(0).max(8.64e15);
export const fieldAreaArgs = z
  .object({ area: offlineAreaArg, zooms, from: time, to: time })
  .strict()
  .refine((a) => a.from < a.to, { message: "from must be before to", path: ["from"] });

/** What a download of an area would take. */
export interface TileEstimate {
  tiles: number;
  /** Of those, already in the workstation's files (a resume fetches only the rest). */
  alreadyThere: number;
  /** Mean size of the tiles we have, or a typical raster tile's when we have none. */
  bytesPerTile: number;
  bytes: number;
  /** The most tiles one download may take; above it the request is refused. */
  limit: number;
  /** The box the area stands for (districts: around their assets). */
  box: { south: number; west: number; north: number; east: number };
}

export interface FieldEstimate {
  tiles: TileEstimate;
  assets: number;
  tags: number;
  /** Upper bound of the history to fetch from servers, in bytes (at most a sample a tag a minute). */
  historyBytes: number;
  bytes: number;
}

export interface BasemapFile {
  /** Where it came from: our downloads, or an imported MBTiles file (its name). */
  source: "downloaded" | "imported";
  name: string;
  format: "png" | "jpg" | "webp";
  minZoom: number;
  maxZoom: number;
  tiles: number | null;
  bytes: number;
  attribution: string | null;
}

export type OfflineJobKind = "tiles" | "field";
export type OfflineJobState = "running" | "done" | "cancelled" | "failed";
export type FieldStep = "model" | "values" | "history" | "tiles";

export interface OfflineJob {
  id: number;
  kind: OfflineJobKind;
  state: OfflineJobState;
  /** Field preparation: what it is doing now. */
  step: FieldStep | null;
  /** Units of work (tags' history + tiles), settled and in all. */
  done: number;
  total: number;
  /** Bytes written so far (tiles) and the estimate at start. */
  bytes: number;
  estimateBytes: number;
  /** Tiles the server has nothing for, tiles given up on, tags whose history could not be read. */
  missing: number;
  failed: number;
  /** Why it stopped (the tile server's answer, a file error), in words; null when it did not fail. */
  problem: string | null;
  /** Field preparation: what the store holds for the area; null for a tile download. */
  field: FieldSummary | null;
  startedBy: string;
  startedAt: number;
  endedAt: number | null;
  /** What was asked, so a cancelled job can be resumed as it was. */
  request: { area: OfflineArea; zooms: number[]; from?: number; to?: number };
}

export interface FieldSummary {
  assets: number;
  tags: number;
  /** Endpoints of the area whose model is the one last stored, not discovered live since start. */
  storedModelOnly: string[];
  /** Tags with a last value in the store. */
  lastValues: number;
  /** Tags whose history for the period was asked of their server and is complete as far as it keeps it. */
  historyFilled: number;
  /** Tags whose server keeps no history of them: only what this workstation recorded. */
  historyNotKept: number;
  /** Tags whose history could not be read (server offline, an error); `historyProblem` gives one reason. */
  historyFailed: number;
  historyProblem: string | null;
}

export interface OfflineMapStatus {
  /** The site's tile server; downloads need one. */
  tileServer: string | null;
  files: BasemapFile[];
  /** Lowest and highest zoom any file holds; null when there are no tiles. */
  minZoom: number | null;
  maxZoom: number | null;
  /** Changes whenever the tiles change, so maps reload them. */
  revision: number;
  job: OfflineJob | null;
  /** Districts of the site's assets, for the area picker. */
  districts: string[];
  /** Requests per second a download makes. */
  requestsPerSecond: number;
}
