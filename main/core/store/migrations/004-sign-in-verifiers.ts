/**
 * 4: a salted, slow hash (scrypt) of each person's password from their last online sign-in, so
 * a laptop with no network can check who signs in; each verifier has its own expiry.
 */
import type { Migration } from "./types";

export const migration004: Migration = {
  version: 4,
  name: "sign-in-verifiers",
  up(db) {
    db.exec(`
  CREATE TABLE sign_in_verifier (
    login TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    hash BLOB NOT NULL,
    params TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  `);
  },
};
