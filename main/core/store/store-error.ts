/**
 * Typed store failures. The worker maps SQLite's result codes to a kind a person can act on
 * (free some disk, fix the file's permissions, a newer build wrote this file...), and the error
 * crosses the thread boundary as plain data, so it is rebuilt here on the core's side.
 */
export type StoreErrorKind =
  | "newer-schema"
  | "corrupt"
  | "disk-full"
  | "read-only"
  | "io"
  /** A request the data refuses (e.g. settling a row that is not being sent); not a storage fault. */
  | "invalid-state";

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    /** SQLite's extended result code when one caused it (e.g. SQLITE_READONLY_DBMOVED). */
    readonly code: string | null = null,
  ) {
    super(message);
  }

  /** Storage trouble a person must hear about, as opposed to a refused request. */
  get isFault(): boolean {
    return this.kind !== "invalid-state";
  }
}

/** The shape a StoreError takes in a worker message. */
export interface StoreErrorData {
  kind: StoreErrorKind;
  message: string;
  code: string | null;
}

export const toData = (e: StoreError): StoreErrorData => ({ kind: e.kind, message: e.message, code: e.code });
export const fromData = (d: StoreErrorData): StoreError => new StoreError(d.kind, d.message, d.code);

/** Maps anything thrown by better-sqlite3 (or our own checks) to a StoreError. */
export function toStoreError(err: unknown, context?: string): StoreError {
  if (err instanceof StoreError) return err;
  const code = typeof (err as { code?: unknown })?.code === "string" ? (err as { code: string }).code : null;
  const kind = kindOf(code);
  const raw = err instanceof Error ? err.message : String(err);
  // A person reads this in a notice: say what it means for the data and what to do.
  const said = kind === "disk-full" ? `the disk that holds the local store is full (${raw}); nothing of this write was kept: free some space on it` : raw;
  const message = context ? `${context}: ${said}` : said;
  return new StoreError(kind, message, code);
}

function kindOf(code: string | null): StoreErrorKind {
  if (!code) return "io";
  // Extended codes carry the primary one as a prefix: SQLITE_CORRUPT_INDEX, SQLITE_READONLY_RECOVERY...
  if (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB") return "corrupt";
  if (code === "SQLITE_FULL" || code === "ENOSPC") return "disk-full";
  if (code.startsWith("SQLITE_READONLY") || code === "EROFS" || code === "EACCES" || code === "EPERM") return "read-only";
  return "io";
}
