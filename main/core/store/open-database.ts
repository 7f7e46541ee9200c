/**
 * Opens the workstation's SQLite file inside the store worker: WAL with synchronous FULL (an
 * acknowledged alarm or a queued action must survive a power cut), a corruption check, the
 * migrations, and a sweep for rows that cannot be read. Damage never stops the start and never
 * vanishes: a corrupt or empty (0-byte) file is moved aside next to the original, damaged rows
 * go to the set_aside table, and each case leaves a sentence in `notices` for a person.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { auditOpenNotices } from "../audit/audit-guards";
import { setAsideDamagedRows } from "./damaged-rows";
import { migrate } from "./migrations/index";
import { StoreError, toStoreError } from "./store-error";
import { encodeStartNotice } from "../../../contract/start-notice";

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  file: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron); Node's own otherwise. */
  nativeBinding?: string;
}

export interface OpenedDatabase {
  db: Db;
  notices: string[];
}

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const { file } = options;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    throw toStoreError(err, `Cannot create the folder of the local store ${file}`);
  }
  const notices: string[] = [];
  // SQLite happily treats a 0-byte file as a new database; a store that had queued actions must not vanish unnoticed.
  if (isEmptyFile(file)) {
    const aside = setAside(file);
    notices.push(
      encodeStartNotice(
        { code: "store-empty", file, aside },
        `The local store ${file} was empty (0 bytes: truncated or never written); it was kept as ${aside} and a new empty store was created. Cached values, the alarm journal and queued actions from before it was truncated are lost unless a backup exists.`,
      ),
    );
  }
  let db: Db;
  try {
    db = openChecked(options);
  } catch (err) {
    const e = toStoreError(err, `Cannot open the local store ${file}`);
    // Only damage is set aside; a read-only file, a full disk or a newer schema are refused as they are.
    if (e.kind !== "corrupt") throw e;
    const aside = setAside(file);
    notices.push(
      encodeStartNotice(
        { code: "store-unreadable", file, aside, reason: e.message },
        `The local store ${file} could not be opened (${e.message}); it was moved to ${aside} and a new empty store was created. Cached values and queued actions from before are in the moved file.`,
      ),
    );
    db = openChecked(options);
  }
  try {
    notices.push(...setAsideDamagedRows(db));
    notices.push(...auditOpenNotices(db, file));
    // A crash between claim and settle: the row goes back to the queue; a server that already got it answers with a conflict.
    db.prepare("UPDATE outbox SET status = 'pending', updated_at = ? WHERE status = 'sending'").run(Date.now());
  } catch (err) {
    db.close();
    throw toStoreError(err, `Cannot prepare the local store ${file}`);
  }
  return { db, notices };
}

function openChecked(options: OpenDatabaseOptions): Db {
  const db = new Database(options.file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new StoreError("corrupt", `quick_check: ${String(check)}`, "SQLITE_CORRUPT");
    migrate(db);
    // SQLite opens a file it may not write read-only without a word; find out now, not at the first flush.
    db.exec("BEGIN IMMEDIATE; COMMIT;");
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function isEmptyFile(file: string): boolean {
  try {
    return fs.statSync(file).size === 0;
  } catch {
    return false;
  }
}

/** Moves the file and its WAL and shared-memory files to `<file>.corrupt-<time>`; never deletes. */
function setAside(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const aside = `${file}.corrupt-${stamp}`;
  for (const suffix of ["", "-wal", "-shm"]) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  return aside;
}
