/**
 * The station identity's password for the app's own embedded simulators: random, made once per
 * workstation, kept in `<data>/secrets/` readable by the owner only, and handed to the server
 * the app starts. Nothing about it is in the site file, so copying the file copies no password.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function stationSecret(dataDir: string, endpointId: string): string {
  const dir = path.join(dataDir, "secrets");
  const file = path.join(dir, `${endpointId}.secret`);
  try {
    const kept = fs.readFileSync(file, "utf8").trim();
    if (kept) return kept;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = crypto.randomBytes(24).toString("base64url");
  // wx: two cores starting on one data directory never overwrite each other's secret.
  try {
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw err;
  }
  return secret;
}
