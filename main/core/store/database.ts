/**
 * Opens the workstation's SQLite file: WAL with synchronous FULL (an acknowledged alarm or a
 * queued action must survive a power cut), numbered migrations, and a corruption check on open.
 * A file that fails the check is moved aside (never deleted) and a fresh one is created; the
 * caller gets a notice to show a person.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
// Not "./migrations": that name is the folder of the worker store's migrations, and tsx resolves it first.
import { migrate } from "./legacy-migrations";

export type Db = Database.Database;

export interface OpenedStore {
  db: Db;
  file: string;
  /** Human sentences about what happened on open (e.g. a corrupt file set aside). */
  notices: string[];
}

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); Node's own otherwise. */
  nativeBinding?: string;
}

function openChecked(file: string, options: OpenStoreOptions): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`quick_check: ${String(check)}`);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export function openStore(file: string, options: OpenStoreOptions = {}): OpenedStore {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const notices: string[] = [];
  try {
    return { db: openChecked(file, options), file, notices };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // A schema newer than this build is not corruption: refuse rather than set it aside.
    if (reason.startsWith("Store schema version")) throw err;
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const aside = `${file}.corrupt-${stamp}`;
    for (const suffix of ["", "-wal", "-shm"]) {
      if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
    }
    notices.push(
      `The local store ${file} could not be opened (${reason}); it was moved to ${aside} and a new empty store was created. Cached values and queued actions from before are in the moved file.`,
    );
    return { db: openChecked(file, options), file, notices };
  }
}
