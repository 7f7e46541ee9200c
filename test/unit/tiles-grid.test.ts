// The tile grid and the row order MBTiles stores: known tiles of Niš, the TMS flip, the one path parser both routes use.
import { describe, expect, it } from "vitest";
import { countTiles, latToTileY, lonToTileX, parseTilePath, tilesOf, tmsRow } from "../../main/core/tiles/tile-grid";
import { retryAfterMs } from "../../main/core/tiles/request-pacer";
import { tileUrl } from "../../main/core/tiles/tile-downloader";
import { normaliseFormat, sniffFormat } from "../../main/core/tiles/tile-format";

describe("tile grid", () => {
  it("puts central Niš (43.32 N, 21.90 E) in its slippy-map tile", () => {
    // By hand: x = (21.9 + 180) / 360 · 2^13 = 4594.35; y = (1 − ln(tan φ + sec φ) / π) / 2 · 2^13 = 3000.03.
    expect([lonToTileX(21.9, 13), latToTileY(43.32, 13)]).toEqual([4594, 3000]);
    expect([lonToTileX(21.9, 0), latToTileY(43.32, 0)]).toEqual([0, 0]);
  });

  it("flips y to the TMS row and back", () => {
    expect(tmsRow(13, 2985)).toBe(2 ** 13 - 1 - 2985);
    expect(tmsRow(13, tmsRow(13, 2985))).toBe(2985);
    expect(tmsRow(0, 0)).toBe(0);
  });

  it("counts what it walks, zoom by zoom, and one box at zoom z has about 4× the tiles at z+1", () => {
    const box = { south: 43.28, west: 21.83, north: 43.36, east: 21.98 };
    const walked = [...tilesOf(box, [14, 12, 13])];
    expect(walked).toHaveLength(countTiles(box, [12, 13, 14]));
    expect(walked.map((t) => t.z)).toEqual([...walked.map((t) => t.z)].sort((a, b) => a - b));
    expect(new Set(walked.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(walked.length);
    const at = (z: number) => countTiles(box, [z]);
    expect(at(16) / at(15)).toBeGreaterThan(3);
    expect(at(16) / at(15)).toBeLessThan(5);
  });

  it.each([
    ["/tiles/13/4594/2985", { z: 13, x: 4594, y: 2985 }],
    ["/tiles/13/4594/2985.png", { z: 13, x: 4594, y: 2985 }],
    ["/tiles/0/0/0", { z: 0, x: 0, y: 0 }],
  ])("reads %s", (path, tile) => expect(parseTilePath(path)).toEqual(tile));

  it.each(["/tiles/13/8192/0", "/tiles/1/2/0", "/tiles/13/-1/2", "/tiles/13/1", "/tiles/13/1/2/3", "/tiles/x/1/2", "/tiles/13/1/2.svg", "/tiles/25/0/0", "/index.html"])(
    "refuses %s",
    (path) => expect(parseTilePath(path)).toBeNull(),
  );
});

describe("tile server answers", () => {
  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("0.5")).toBe(500);
    expect(retryAfterMs("Thu, 26 Nov 2026 01:00:10 GMT", Date.parse("Thu, 26 Nov 2026 01:00:00 GMT"))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs("soon")).toBeNull();
  });

  it("fills a Leaflet template, {s} and {-y} included", () => {
    expect(tileUrl("https://{s}.tiles.example.org/{z}/{x}/{y}.png", { z: 13, x: 4594, y: 2985 })).toBe("https://b.tiles.example.org/13/4594/2985.png");
    expect(tileUrl("http://127.0.0.1:8080/tms/{z}/{x}/{-y}.jpg{r}", { z: 1, x: 0, y: 0 })).toBe("http://127.0.0.1:8080/tms/1/0/1.jpg");
  });

  it("tells png, jpg and webp by their bytes, and reads the format names MBTiles files use", () => {
    expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("png");
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpg");
    expect(sniffFormat(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(sniffFormat(new TextEncoder().encode("<html>"))).toBeNull();
    expect(normaliseFormat("JPEG")).toBe("jpg");
    expect(normaliseFormat("pbf")).toBeNull();
  });
});
