/** Sign-in verifiers (see migration 004): written at an online sign-in, read offline. */
import type { Db } from "./open-database";

export interface StoredVerifier {
  login: string;
  salt: Buffer;
  hash: Buffer;
  /** The hash's parameters as JSON, so they can be raised without losing older verifiers. */
  params: string;
  createdAt: number;
  expiresAt: number;
}

export interface VerifierRepository {
  get(login: string): Promise<StoredVerifier | null>;
  put(verifier: StoredVerifier): Promise<void>;
}

/** Worker side. */
export class VerifierSql {
  constructor(private readonly db: Db) {}

  get(login: string): StoredVerifier | null {
    const r = this.db.prepare("SELECT * FROM sign_in_verifier WHERE login = ?").get(login) as Record<string, never> | undefined;
    if (!r) return null;
    return { login: r["login"], salt: r["salt"], hash: r["hash"], params: r["params"], createdAt: r["created_at"], expiresAt: r["expires_at"] };
  }

  put(v: StoredVerifier): void {
    this.db
      .prepare(
        `INSERT INTO sign_in_verifier (login, salt, hash, params, created_at, expires_at) VALUES (?,?,?,?,?,?)
         ON CONFLICT(login) DO UPDATE SET salt=excluded.salt, hash=excluded.hash, params=excluded.params,
           created_at=excluded.created_at, expires_at=excluded.expires_at`,
      )
      .run(v.login, v.salt, v.hash, v.params, v.createdAt, v.expiresAt);
  }
}
