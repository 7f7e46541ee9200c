/**
 * Raster tile formats a basemap may hold, told by the bytes themselves: a file's metadata may
 * say png while a downloaded tile server sent jpeg, and the browser must be told the truth.
 */
export const RASTER_FORMATS = ["png", "jpg", "webp"] as const;
export type RasterFormat = (typeof RASTER_FORMATS)[number];

export const CONTENT_TYPES: Record<RasterFormat, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

export function sniffFormat(data: Uint8Array): RasterFormat | null {
  if (data.length >= 8 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return "png";
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpg";
  if (data.length >= 12 && String.fromCharCode(...data.subarray(0, 4)) === "RIFF" && String.fromCharCode(...data.subarray(8, 12)) === "WEBP") return "webp";
  return null;
}

/** "jpeg" is what some writers put in metadata for jpg; MBTiles 1.3 says jpg. */
export function normaliseFormat(value: string | undefined): RasterFormat | null {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "jpeg") return "jpg";
  return (RASTER_FORMATS as readonly string[]).includes(v) ? (v as RasterFormat) : null;
}
