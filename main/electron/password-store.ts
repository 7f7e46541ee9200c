/**
 * Joins password-vault.ts to Electron safeStorage and the disk: loads the kept passwords for the
 * core when it starts, and keeps a new one when the core asks (written to a temporary file and
 * renamed, owner-only). Decisions are in password-vault.ts.
 */
import { safeStorage } from "electron";
import fs from "node:fs";
import type { MainToCoreMessage } from "./core-messages";
import { openVault, sealInto, storageRefusal, type Cipher } from "./password-vault";

const cipher: Cipher = {
  encrypt: (text) => safeStorage.encryptString(text),
  decrypt: (data) => safeStorage.decryptString(data),
};

function refusal(): string | null {
  return storageRefusal({
    platform: process.platform,
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === "linux" ? safeStorage.getSelectedStorageBackend() : undefined,
  });
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

export class PasswordStore {
  constructor(private readonly file: string) {}

  /** The message a freshly started core gets first (after app ready: safeStorage needs it). */
  keptPasswords(): Extract<MainToCoreMessage, { type: "kept-passwords" }> {
    const why = refusal();
    if (why) return { type: "kept-passwords", passwords: {}, refusal: why };
    const opened = openVault(readText(this.file), cipher);
    for (const problem of opened.problems) console.warn(`Kept passwords: ${problem}`);
    return { type: "kept-passwords", passwords: opened.passwords, refusal: null };
  }

  /** Keeps it; throws a sentence when it could not. */
  async keep(endpointId: string, password: string): Promise<void> {
    const why = refusal();
    if (why) throw new Error(why);
    const text = sealInto(readText(this.file), endpointId, password, cipher);
    const temp = `${this.file}.tmp`;
    await fs.promises.writeFile(temp, text, { mode: 0o600 });
    await fs.promises.rename(temp, this.file);
  }
}
