// The desktop app's app:// answer for map tiles: the same files and bytes as host mode, 404 outside, other paths left to the static files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appTileAnswer } from "../../main/electron/app-tiles";
import { MbtilesFile } from "../../main/core/tiles/mbtiles-file";
import { tileFiles } from "../../main/core/tiles/tile-files";
import { TileSource } from "../../main/core/tiles/tile-source";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-app-tiles-"));
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const file = MbtilesFile.openWritable(tileFiles(dir).downloaded, { name: "t", format: "png" });
file.putTiles([{ xyz: { z: 13, x: 4594, y: 2985 }, data: png }]);
file.close();
const source = new TileSource(dir);

afterAll(() => {
  source.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("app:// tiles", () => {
  it("answers a tile the workstation holds with its bytes and type", () => {
    const answer = appTileAnswer(new URL("app://control-room/tiles/13/4594/2985?v=3"), source);
    expect(answer).toMatchObject({ status: 200, type: "image/png" });
    expect(Buffer.compare(Buffer.from(answer!.body as Uint8Array), png)).toBe(0);
  });

  it("answers 404 for a tile it does not hold, for a path that names no tile, and when there is no tile source", () => {
    expect(appTileAnswer(new URL("app://control-room/tiles/13/4595/2985"), source)?.status).toBe(404);
    expect(appTileAnswer(new URL("app://control-room/tiles/13/x/2985"), source)?.status).toBe(404);
    expect(appTileAnswer(new URL("app://control-room/tiles/13/4594/2985"), null)?.status).toBe(404);
  });

  it("leaves the renderer's files and other hosts alone", () => {
    expect(appTileAnswer(new URL("app://control-room/index.html"), source)).toBeNull();
    expect(appTileAnswer(new URL("app://elsewhere/tiles/13/4594/2985"), source)).toBeNull();
  });
});
