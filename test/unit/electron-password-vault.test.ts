/**
 * The desktop app's kept-password file (main/electron/password-vault.ts): passwords sealed by
 * the cipher (safeStorage in the app; AES-GCM with a key of this test here, so a wrong key is a
 * real failure to decrypt), the file never holding a password in clear, damaged files and
 * foreign entries reported, and no keeping on a computer without a key store.
 */
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { openVault, sealInto, storageRefusal, type Cipher } from "../../main/electron/password-vault";

function aesCipher(key = crypto.randomBytes(32)): Cipher {
  return {
    encrypt(text) {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([c.update(text, "utf8"), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt(data) {
      const d = crypto.createDecipheriv("aes-256-gcm", key, data.subarray(0, 12));
      d.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString("utf8");
    },
  };
}

describe("kept-password file", () => {
  it("seals each endpoint's password, keeps the others, and opens them again", () => {
    const cipher = aesCipher();
    let text = sealInto(null, "water", "vod@-lozinka", cipher);
    text = sealInto(text, "heating", "toplana", cipher);
    text = sealInto(text, "water", "nova", cipher);
    expect(text).not.toContain("nova");
    expect(text).not.toContain("toplana");
    expect(openVault(text, cipher)).toEqual({ passwords: { water: "nova", heating: "toplana" }, problems: [] });
  });
  it("reports an entry this computer or user cannot decrypt, and keeps the rest", () => {
    const mine = aesCipher();
    const foreign = sealInto(sealInto(null, "water", "a", aesCipher()), "heating", "b", mine);
    const opened = openVault(foreign, mine);
    expect(opened.passwords).toEqual({ heating: "b" });
    expect(opened.problems).toEqual([expect.stringMatching(/endpoint "water" cannot be decrypted.*enter it again/)]);
  });
  it("treats a missing file as empty and a damaged one as nothing kept, saying so; a new password replaces it", () => {
    const cipher = aesCipher();
    expect(openVault(null, cipher)).toEqual({ passwords: {}, problems: [] });
    expect(openVault("{not json", cipher).problems[0]).toMatch(/not JSON/);
    expect(openVault(JSON.stringify({ version: 2, passwords: {} }), cipher).problems[0]).toMatch(/not valid/);
    expect(openVault(sealInto("{not json", "water", "x", cipher), cipher).passwords).toEqual({ water: "x" });
  });
  it("keeps nothing where safeStorage would only pretend (Linux without a key store) or cannot encrypt", () => {
    expect(storageRefusal({ platform: "linux", encryptionAvailable: true, linuxBackend: "basic_text" })).toMatch(/no key store.*passwordEnv or passwordFile/);
    expect(storageRefusal({ platform: "linux", encryptionAvailable: true, linuxBackend: "gnome_libsecret" })).toBeNull();
    expect(storageRefusal({ platform: "linux", encryptionAvailable: true, linuxBackend: "kwallet5" })).toBeNull();
    expect(storageRefusal({ platform: "win32", encryptionAvailable: true })).toBeNull();
    expect(storageRefusal({ platform: "darwin", encryptionAvailable: false })).toMatch(/no encryption/);
  });
});
