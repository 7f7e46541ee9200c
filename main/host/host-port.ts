/**
 * The port host mode last listened on, per data directory. A kept token is only half of letting
 * open pages come back after a restart: they poll their own origin, so the host must come back
 * on the same port. Not a secret; a port that is taken by then is replaced by a free one.
 */
import fs from "node:fs";
import path from "node:path";

export const PORT_FILE = "host-port";

export function rememberedPort(dataDir: string): number | null {
  try {
    const port = Number(fs.readFileSync(path.join(dataDir, PORT_FILE), "utf8").trim());
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
  } catch {
    return null;
  }
}

export function rememberPort(dataDir: string, port: number): void {
  fs.writeFileSync(path.join(dataDir, PORT_FILE), `${port}\n`);
}
