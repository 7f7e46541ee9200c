/**
 * Importing an MBTiles file: a valid one is copied in and served; a file that is not SQLite,
 * lacks a table or holds vector tiles is refused naming what is wrong. Host mode's tile route
 * answers a tile with the bytes the file holds, 404 outside it, and 403 without the token.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHost, type RunningHost } from "../../../main/host/host-server";
import { Basemap } from "../../../main/core/tiles/basemap";
import { MbtilesFile } from "../../../main/core/tiles/mbtiles-file";
import { TileSource } from "../../../main/core/tiles/tile-source";
import { renderTile } from "./png-tile";

let dir: string;
let host: RunningHost;
let source: TileSource;

/** An MBTiles file written with plain SQL (not our writer), rows in TMS order as the spec says. */
function writeMbtiles(file: string, tiles: { z: number; x: number; y: number }[], format = "png"): void {
  const db = new Database(file);
  db.exec("CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);");
  for (const [n, v] of Object.entries({ name: "Niš centre", format, minzoom: "13", maxzoom: "13", bounds: "21.88,43.31,21.91,43.33" })) db.prepare("INSERT INTO metadata VALUES (?, ?)").run(n, v);
  for (const t of tiles) db.prepare("INSERT INTO tiles VALUES (?, ?, ?, ?)").run(t.z, t.x, 2 ** t.z - 1 - t.y, renderTile(t.z, t.x, t.y));
  db.close();
}

function get(pathAndQuery: string): Promise<{ status: number; type: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: host.port, path: pathAndQuery }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

const TILE = { z: 13, x: 4593, y: 2984 };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-tiles-import-"));
  const rendererDir = path.join(dir, "renderer");
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, "index.html"), "<!doctype html><title>t</title>");
  source = new TileSource(path.join(dir, "data"));
  // The route does not need the contract; a source of windows that never connects is enough.
  const service = { connectWindow: () => ({ handle: () => undefined, close: () => undefined }) };
  host = await startHost({ service, rendererDir, tileUrl: null, tiles: source, token: "tok" });
});

afterAll(async () => {
  await host?.close();
  source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("MBTiles import", () => {
  it("refuses a file that is not SQLite, naming it", () => {
    const bad = path.join(dir, "photo.mbtiles");
    fs.writeFileSync(bad, "this is a holiday photo, not a database");
    expect(() => new Basemap(path.join(dir, "data")).import(bad)).toThrow(/is not an SQLite database/);
  });

  it("refuses SQLite without the tiles table, naming the table", () => {
    const bad = path.join(dir, "notiles.mbtiles");
    const db = new Database(bad);
    db.exec("CREATE TABLE metadata (name TEXT, value TEXT)");
    db.close();
    expect(() => new Basemap(path.join(dir, "data")).import(bad)).toThrow(/no "tiles" table/);
  });

  it("refuses vector tiles and a tiles table without its columns", () => {
    const pbf = path.join(dir, "vector.mbtiles");
    writeMbtiles(pbf, [TILE], "pbf");
    expect(() => new Basemap(path.join(dir, "data")).import(pbf)).toThrow(/vector tiles \(format pbf\)/);
    const cols = path.join(dir, "cols.mbtiles");
    const db = new Database(cols);
    db.exec("CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_data BLOB);");
    db.close();
    expect(() => new Basemap(path.join(dir, "data")).import(cols)).toThrow(/lacks the column tile_row/);
  });

  it("refuses a relative path", () => {
    expect(() => new Basemap(path.join(dir, "data")).import("tiles.mbtiles")).toThrow(/whole path/);
  });

  it("no tiles yet: the route answers 404", async () => {
    expect((await get(`/tiles/${TILE.z}/${TILE.x}/${TILE.y}?token=tok`)).status).toBe(404);
  });

  it("imports a valid file and the route serves its tile byte for byte", async () => {
    const good = path.join(dir, "nis-centre.mbtiles");
    writeMbtiles(good, [TILE, { z: 13, x: 4594, y: 2984 }]);
    const basemap = new Basemap(path.join(dir, "data"));
    const imported = basemap.import(good);
    expect(imported).toMatchObject({ source: "imported", name: "nis-centre.mbtiles", format: "png", minZoom: 13, maxZoom: 13 });
    expect(basemap.list().map((f) => f.source)).toEqual(["imported"]);

    const res = await get(`/tiles/${TILE.z}/${TILE.x}/${TILE.y}?token=tok`);
    expect(res.status).toBe(200);
    expect(res.type).toBe("image/png");
    expect(Buffer.compare(res.body, renderTile(TILE.z, TILE.x, TILE.y))).toBe(0);
  });

  it("answers 404 outside the file, for paths that name no tile, and 403 without the token", async () => {
    expect((await get(`/tiles/${TILE.z}/${TILE.x + 5}/${TILE.y}?token=tok`)).status).toBe(404);
    expect((await get(`/tiles/14/${TILE.x}/${TILE.y}?token=tok`)).status).toBe(404);
    expect((await get(`/tiles/13/99999999/1?token=tok`)).status).toBe(404);
    expect((await get(`/tiles/13/abc/1?token=tok`)).status).toBe(404);
    expect((await get(`/tiles/${TILE.z}/${TILE.x}/${TILE.y}`)).status).toBe(403);
  });

  it("serves a downloaded tile before an imported one, and sees a newer import", async () => {
    const data = path.join(dir, "data");
    const ours = MbtilesFile.openWritable(new Basemap(data).files.downloaded, { name: "d", format: "png" });
    const other = renderTile(1, 1, 1);
    ours.putTiles([{ xyz: TILE, data: other }]);
    ours.close();
    expect(Buffer.compare((await get(`/tiles/${TILE.z}/${TILE.x}/${TILE.y}?token=tok`)).body, other)).toBe(0);

    const newer = path.join(dir, "newer.mbtiles");
    writeMbtiles(newer, [{ z: 12, x: 2296, y: 1492 }]);
    new Basemap(data).import(newer);
    const res = await get(`/tiles/12/2296/1492?token=tok`);
    expect(res.status).toBe(200);
    expect(Buffer.compare(res.body, renderTile(12, 2296, 1492))).toBe(0);
  });
});
