/**
 * Host mode's keeper: one key file per endpoint in `<data>/credentials/`, the folder 0700 and the
 * file 0600, so only the account running the host reads it. Written to a temporary file and
 * renamed, so a crash mid-write leaves the old password or the new one, never half of one.
 */
import fs from "node:fs";
import path from "node:path";
import type { EndpointId } from "../../../contract/api";
import type { PasswordKeeper } from "./password-keeper";

/** Endpoint ids are the site's own ([a-z0-9-] in practice); anything else is encoded, never a path. */
function fileName(endpointId: EndpointId): string {
  return `${encodeURIComponent(endpointId)}.key`;
}

export class KeyFileKeeper implements PasswordKeeper {
  readonly kind = "key-file" as const;
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "credentials");
  }

  fileOf(endpointId: EndpointId): string {
    return path.join(this.dir, fileName(endpointId));
  }

  get(endpointId: EndpointId): string | null {
    const file = this.fileOf(endpointId);
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw new Error(`The kept password of endpoint "${endpointId}" cannot be read from ${file}: ${(err as Error).message}`);
    }
    // Someone widened it by hand: refuse it rather than use a password others could read.
    if (process.platform !== "win32" && (fs.statSync(file).mode & 0o077) !== 0) {
      throw new Error(`${file} can be read by other users of this computer; make it readable by its owner only (chmod 600) or enter the password again`);
    }
    return text.split("\n")[0] || null;
  }

  async keep(endpointId: EndpointId, password: string): Promise<void> {
    if (password.includes("\n")) throw new Error("A password cannot contain a line break");
    await fs.promises.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const file = this.fileOf(endpointId);
    const temp = `${file}.${process.pid}.tmp`;
    await fs.promises.writeFile(temp, `${password}\n`, { mode: 0o600 });
    await fs.promises.rename(temp, file);
  }
}
