/**
 * The host token, kept per data directory so a restarted `npm run serve` accepts the pages that
 * were open (they reconnect and reload by themselves). The file is readable by its owner only:
 * anyone who can read it can drive the control room. CCR_HOST_TOKEN (fixed by the caller, e.g.
 * tests) and a renewal (`--new-token`, to lock out every open page) take precedence.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const TOKEN_FILE = "host-token";

export type TokenSource = "environment" | "file" | "new";

/** URL-safe and long enough not to be guessed; anything else in the file is replaced. */
const WELL_FORMED = /^[A-Za-z0-9_-]{20,200}$/;

export function newToken(): string {
  return crypto.randomBytes(24).toString("base64url");
}

export function hostToken(options: { dataDir: string; fromEnv?: string; renew?: boolean }): { token: string; source: TokenSource; file: string } {
  const file = path.join(options.dataDir, TOKEN_FILE);
  if (options.fromEnv) return { token: options.fromEnv, source: "environment", file };
  if (!options.renew) {
    const kept = readToken(file);
    if (kept) return { token: kept, source: "file", file };
  }
  const token = newToken();
  writeToken(file, token);
  return { token, source: "new", file };
}

function readToken(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8").trim();
  } catch {
    return null; // none yet (or unreadable): a new one is made and written
  }
  if (!WELL_FORMED.test(text)) return null;
  // A copy or a restore may have widened it; put it back to owner-only (no-op on Windows).
  if (process.platform !== "win32" && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  return text;
}

/** Written to a private temporary file and renamed, so the token is never readable by others, even briefly. */
function writeToken(file: string, token: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.rmSync(tmp, { force: true });
  fs.writeFileSync(tmp, `${token}\n`, { mode: 0o600, flag: "wx" });
  fs.renameSync(tmp, file);
}
