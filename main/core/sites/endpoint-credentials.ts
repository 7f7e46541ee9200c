/**
 * As whom the workstation connects to an endpoint when nobody is signed in (its station
 * identity). A password does not belong in a site file that is copied between machines and
 * kept in version control, so the file names where the password is instead: an environment
 * variable, a file only its owner can read, a password this workstation keeps itself (entered
 * once by an engineer, main/core/credentials), or, for the app's own embedded simulator, a
 * secret this workstation generates for itself. A password written in the file still works, and the
 * core logs that it should move.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const user = z.string().min(1).max(256);

export const credentialsSchema = z.union([
  z.object({ user, password: z.string() }).strict(),
  /** The name of an environment variable holding the password (set by the service that starts the app). */
  z.object({ user, passwordEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name") }).strict(),
  /** A file holding the password on its first line; relative to the site file; readable by its owner only. */
  z.object({ user, passwordFile: z.string().min(1) }).strict(),
  /**
   * Kept by this workstation: Electron safeStorage in the desktop app, an owner-only key file in
   * the data folder in host mode. An engineer enters it once in the connections view.
   */
  z.object({ user, passwordKept: z.literal(true) }).strict(),
  /** Only with embeddedSimulator: the workstation makes a random password and gives it to its own server. */
  z.object({ user, generated: z.literal(true) }).strict(),
]);
export type CredentialsSource = z.infer<typeof credentialsSchema>;

/** What a connection uses: always a user name and a password, wherever the password came from. */
export interface Credentials {
  user: string;
  password: string;
}

export interface ResolvedCredentials {
  credentials: Credentials;
  /** The password is made at boot for the embedded simulator (empty until then). */
  generated: boolean;
  /** The site file holds the password itself. */
  plainText: boolean;
  /** The workstation keeps the password (filled in at start from its keeper; empty while none is kept). */
  kept: boolean;
}

/** Thrown with the field (below `credentials`) and what is wrong, for the site config's error. */
export class CredentialsError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Group or others may read it: on POSIX the mode says so; Windows has no such bits to check. */
function readableByOthers(file: string): boolean {
  return process.platform !== "win32" && (fs.statSync(file).mode & 0o077) !== 0;
}

export function resolveCredentials(source: CredentialsSource, siteDir: string, env: NodeJS.ProcessEnv = process.env): ResolvedCredentials {
  if ("password" in source) return { credentials: { user: source.user, password: source.password }, generated: false, plainText: true, kept: false };
  if ("generated" in source) return { credentials: { user: source.user, password: "" }, generated: true, plainText: false, kept: false };
  if ("passwordKept" in source) return { credentials: { user: source.user, password: "" }, generated: false, plainText: false, kept: true };
  if ("passwordEnv" in source) {
    const password = env[source.passwordEnv];
    if (password === undefined) throw new CredentialsError("passwordEnv", `the environment variable ${source.passwordEnv} is not set`);
    return { credentials: { user: source.user, password }, generated: false, plainText: false, kept: false };
  }
  const file = path.resolve(siteDir, source.passwordFile);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new CredentialsError("passwordFile", `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (readableByOthers(file)) {
    throw new CredentialsError("passwordFile", `${file} can be read by other users of this computer; make it readable by its owner only (chmod 600)`);
  }
  const password = text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
  if (!password) throw new CredentialsError("passwordFile", `${file} is empty; the password goes on its first line`);
  return { credentials: { user: source.user, password }, generated: false, plainText: false, kept: false };
}
