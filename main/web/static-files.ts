/**
 * Which file of the built renderer a URL path names, for both transports: host mode's HTTP
 * server and the desktop app's app:// protocol. One rule so the two cannot drift apart:
 * nothing outside the renderer folder, whatever the path says.
 */
import fs from "node:fs";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".eot": "application/vnd.ms-fontobject",
  ".ogg": "audio/ogg",
  ".wav": "audio/wav",
};

/**
 * The absolute file a URL path (still percent-encoded, as in `URL.pathname`) names inside
 * root, or null when it would leave root or cannot name a file. Lexical only: no disk access.
 * `paths` is injectable so the Windows rules (backslash, drive letters) are tested on Linux.
 */
export function containedPath(root: string, urlPath: string, paths: path.PlatformPath = path): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows and never part of our asset names; a NUL byte ends
  // a path early in some native APIs. Neither has an innocent use in a renderer URL.
  if (decoded.includes("\\") || decoded.includes("\0")) return null;
  const rel = decoded.replace(/^\/+/, "") || "index.html";
  // An absolute rel ("C:/Windows") makes resolve() ignore root; the containment test below
  // is what refuses it, as it refuses every "..".
  const base = paths.resolve(root);
  const file = paths.resolve(base, rel);
  return file.startsWith(base + paths.sep) ? file : null;
}

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** containedPath, then the disk: an existing regular file whose real path is still inside root. */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  const file = containedPath(root, urlPath);
  if (!file) return null;
  try {
    if (!fs.statSync(file).isFile()) return null;
    // A symlink planted in the renderer folder must not lead out of it.
    const realRoot = fs.realpathSync(path.resolve(root));
    if (!fs.realpathSync(file).startsWith(realRoot + path.sep)) return null;
  } catch {
    return null;
  }
  return { file, type: contentType(file) };
}
