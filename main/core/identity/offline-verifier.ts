/**
 * Offline sign-in: at each online sign-in the core keeps a salted scrypt hash of the password
 * (never the password), valid for a limited time; with no server reachable, a sign-in is
 * checked against it. scrypt is slow on purpose, so a stolen laptop's store does not give the
 * passwords away cheaply.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import type { StoredVerifier } from "../store/verifier-repository";

/** About 50 ms and 16 MiB per check on the build machine: fine for a sign-in, costly for a guesser. */
const PARAMS = { N: 2 ** 14, r: 8, p: 1, keyLength: 32 } as const;

function derive(password: string, salt: Buffer, params: typeof PARAMS): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 64 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, params.keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function makeVerifier(login: string, password: string, now: number, validForMs: number): Promise<StoredVerifier> {
  const salt = randomBytes(16);
  return { login, salt, hash: await derive(password, salt, PARAMS), params: JSON.stringify(PARAMS), createdAt: now, expiresAt: now + validForMs };
}

export type VerifierCheck = "ok" | "wrong-password" | "expired" | "none";

export async function checkVerifier(verifier: StoredVerifier | null, password: string, now: number): Promise<VerifierCheck> {
  if (!verifier) return "none";
  const params = { ...PARAMS, ...(JSON.parse(verifier.params) as Partial<typeof PARAMS>) };
  const hash = await derive(password, verifier.salt, params);
  // Compared in constant time, and only then is expiry told, so a guesser learns nothing from it.
  const same = hash.length === verifier.hash.length && timingSafeEqual(hash, verifier.hash);
  if (!same) return "wrong-password";
  return now > verifier.expiresAt ? "expired" : "ok";
}
