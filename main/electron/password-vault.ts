/**
 * The desktop app's kept station passwords: a JSON file in userData holding, per endpoint id, the
 * password encrypted by Electron safeStorage (DPAPI on Windows, the Keychain on macOS, the
 * Secret Service or KWallet on Linux). The rules are here as plain functions over the file's text
 * and the cipher's two calls, so they run under Node; password-store.ts only joins them to
 * safeStorage and the disk.
 */
import { z } from "zod";

const vaultFile = z
  .object({
    version: z.literal(1),
    /** Endpoint id → base64 of safeStorage.encryptString(password). */
    passwords: z.record(z.string().min(1).max(64), z.string().regex(/^[A-Za-z0-9+/]+=*$/, "base64")),
  })
  .strict();
export type VaultFile = z.infer<typeof vaultFile>;

export interface Cipher {
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** What safeStorage says of this computer (getSelectedStorageBackend exists on Linux only). */
export interface StorageFacts {
  platform: NodeJS.Platform;
  encryptionAvailable: boolean;
  linuxBackend?: string;
}

/**
 * Null when passwords may be kept here, else the reason in words. On Linux without a key store,
 * safeStorage falls back to "basic_text": a key written in Chromium's source, so the file would be
 * as good as plain text. Such a workstation keeps nothing and says to use passwordEnv/passwordFile.
 */
export function storageRefusal(facts: StorageFacts): string | null {
  if (!facts.encryptionAvailable) return "this computer offers no encryption for kept passwords (no key store is available to the desktop app); name an environment variable (passwordEnv) or an owner-only file (passwordFile) in the site file instead";
  if (facts.platform === "linux" && (facts.linuxBackend === "basic_text" || facts.linuxBackend === "unknown")) {
    return "this computer has no key store (Secret Service or KWallet) for the desktop app, so a kept password would be protected by a key anyone can read; install and unlock one, or name passwordEnv or passwordFile in the site file instead";
  }
  return null;
}

export interface OpenedVault {
  passwords: Record<string, string>;
  /** Entries that could not be read (another user's or computer's key, a damaged file): each in words. */
  problems: string[];
}

/** The kept passwords, decrypted; a missing file is an empty vault, a damaged one keeps nothing and says why. */
export function openVault(text: string | null, cipher: Pick<Cipher, "decrypt">): OpenedVault {
  if (text === null) return { passwords: {}, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { passwords: {}, problems: [`the kept-password file is not JSON (${(err as Error).message}); enter the passwords again`] };
  }
  const parsed = vaultFile.safeParse(raw);
  if (!parsed.success) return { passwords: {}, problems: [`the kept-password file is not valid (${parsed.error.issues[0]?.message ?? "unknown"}); enter the passwords again`] };
  const passwords: Record<string, string> = {};
  const problems: string[] = [];
  for (const [endpointId, sealed] of Object.entries(parsed.data.passwords)) {
    try {
      const password = cipher.decrypt(Buffer.from(sealed, "base64"));
      if (password) passwords[endpointId] = password;
    } catch (err) {
      problems.push(`the kept password of endpoint "${endpointId}" cannot be decrypted on this computer or by this user (${(err as Error).message}); enter it again`);
    }
  }
  return { passwords, problems };
}

/** The file's new text with this endpoint's password sealed in (others kept as they were; a damaged file starts afresh). */
export function sealInto(text: string | null, endpointId: string, password: string, cipher: Pick<Cipher, "encrypt">): string {
  let current: VaultFile = { version: 1, passwords: {} };
  if (text !== null) {
    try {
      const parsed = vaultFile.safeParse(JSON.parse(text));
      if (parsed.success) current = parsed.data;
    } catch {
      // Damaged: openVault already told the person; the new file replaces it.
    }
  }
  const next: VaultFile = { version: 1, passwords: { ...current.passwords, [endpointId]: cipher.encrypt(password).toString("base64") } };
  return `${JSON.stringify(next, null, 2)}\n`;
}
