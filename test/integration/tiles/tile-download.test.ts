/**
 * Downloading an area's tiles from a tile server of our own on loopback (it renders a PNG per
 * z/x/y) into an MBTiles file: every tile of zooms 12–14 is there once, in TMS rows, with the
 * server's bytes; the rate limit holds as the server sees it; a 429 with Retry-After is waited
 * out; a cancelled download keeps its tiles and a second run fetches only the rest.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MbtilesFile } from "../../../main/core/tiles/mbtiles-file";
import { downloadTiles, type DownloadProgress } from "../../../main/core/tiles/tile-downloader";
import { countTiles, tilesOf, type GeoBox } from "../../../main/core/tiles/tile-grid";
import { startTileServer, type TileServer } from "./tile-server";

// Central Niš, about 2 × 1.5 km: 1 + 4 + 6 tiles at zooms 12, 13, 14 (counted below, not assumed).
const BOX: GeoBox = { south: 43.312, west: 21.885, north: 43.326, east: 21.91 };
const ZOOMS = [12, 13, 14];

let dir: string;
let server: TileServer;
let files: MbtilesFile[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-tiles-"));
});
afterEach(async () => {
  for (const f of files) f.close();
  files = [];
  await server?.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function target(name: string): MbtilesFile {
  const file = MbtilesFile.openWritable(path.join(dir, name), { name: "test", format: "png" });
  files.push(file);
  return file;
}

function job(file: MbtilesFile, rps: number, signal: AbortSignal = new AbortController().signal, onProgress: (p: DownloadProgress) => void = () => undefined) {
  return { template: server.template, tiles: tilesOf(BOX, ZOOMS), total: countTiles(BOX, ZOOMS), target: file, requestsPerSecond: rps, signal, onProgress };
}

/** Most requests the server saw in any one-second window. */
function busiestSecond(times: number[]): number {
  let best = 0;
  for (let i = 0; i < times.length; i++) best = Math.max(best, times.filter((t) => t >= times[i]! && t < times[i]! + 1000).length);
  return best;
}

describe("tile download into MBTiles", () => {
  it("stores every tile of zooms 12–14 once, in TMS rows, with the server's bytes", async () => {
    server = await startTileServer();
    const file = target("area.mbtiles");
    const total = countTiles(BOX, ZOOMS);
    expect(total).toBeGreaterThan(5);
    const outcome = await downloadTiles(job(file, 50));
    expect(outcome.state).toBe("done");
    expect(outcome.progress).toMatchObject({ total, done: total, fetched: total, missing: 0, failed: 0 });
    file.close();

    const db = new Database(path.join(dir, "area.mbtiles"), { readonly: true });
    const rows = db.prepare("SELECT zoom_level AS z, tile_column AS x, tile_row AS r, tile_data AS d FROM tiles").all() as { z: number; x: number; r: number; d: Buffer }[];
    expect(rows).toHaveLength(total);
    for (const t of tilesOf(BOX, ZOOMS)) {
      // MBTiles counts rows from the south: row = 2^z - 1 - y.
      const row = rows.find((r) => r.z === t.z && r.x === t.x && r.r === 2 ** t.z - 1 - t.y);
      expect(row, `tile ${t.z}/${t.x}/${t.y}`).toBeDefined();
      expect(Buffer.compare(row!.d, server.tileBytes(t.z, t.x, t.y))).toBe(0);
    }
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(["metadata", "tiles"]));
    db.close();
  });

  it("keeps to the rate limit as the server counts requests", async () => {
    server = await startTileServer();
    const rps = 4;
    const outcome = await downloadTiles(job(target("paced.mbtiles"), rps));
    expect(outcome.state).toBe("done");
    const times = server.requests.map((r) => r.at);
    expect(times.length).toBe(countTiles(BOX, ZOOMS));
    // Paced start to start: never more than rps in a second (one of slack for timer jitter at the edges).
    expect(busiestSecond(times)).toBeLessThanOrEqual(rps + 1);
    const seconds = (times.at(-1)! - times[0]!) / 1000;
    expect((times.length - 1) / seconds).toBeLessThanOrEqual(rps * 1.1);
  }, 30_000);

  it("waits out a 429 with Retry-After before asking again", async () => {
    server = await startTileServer();
    server.throttleNext(1, 2);
    const outcome = await downloadTiles(job(target("throttled.mbtiles"), 50));
    expect(outcome.state).toBe("done");
    expect(outcome.progress.fetched).toBe(countTiles(BOX, ZOOMS));
    const [refused, next] = server.requests;
    // The refused request and the next one are for the same tile, at least 2 s apart.
    expect(next!.path).toBe(refused!.path);
    expect(next!.at - refused!.at).toBeGreaterThanOrEqual(1950);
  }, 30_000);

  it("keeps what a cancelled download fetched, and a second run fetches only the rest", async () => {
    server = await startTileServer();
    const total = countTiles(BOX, ZOOMS);
    const abort = new AbortController();
    const file = target("resume.mbtiles");
    const first = await downloadTiles(
      job(file, 20, abort.signal, (p) => {
        if (p.fetched === 4) abort.abort();
      }),
    );
    expect(first.state).toBe("cancelled");
    expect(first.progress.fetched).toBe(4);
    expect(file.stats().tiles).toBe(4);
    const askedBefore = server.requests.length;

    const second = await downloadTiles(job(file, 20));
    expect(second.state).toBe("done");
    expect(second.progress).toMatchObject({ alreadyThere: 4, fetched: total - 4 });
    expect(server.requests.length - askedBefore).toBe(total - 4);
    expect(file.stats().tiles).toBe(total);
  }, 30_000);
});
