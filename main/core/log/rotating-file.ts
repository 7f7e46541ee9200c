/**
 * A log file that stays bounded: when the next line would take it past `maxBytes`, the file
 * becomes `<name>.1.log`, older ones shift up, and the oldest beyond `files` is dropped.
 *
 * Writes are synchronous on purpose: a line is with the OS before the next statement runs, so
 * the last words before a crash are never lost in a buffer, and the volume is events (sessions,
 * alarms, actions, errors), never per-value traffic. One writer per file: two processes sharing
 * a data directory each need their own file name.
 */
import fs from "node:fs";
import path from "node:path";

export interface Rotation {
  /** Size bound of one file, in bytes. */
  maxBytes: number;
  /** Files kept in all, the one being written included. */
  files: number;
}

export const DEFAULT_ROTATION: Rotation = { maxBytes: 10 * 1024 * 1024, files: 5 };

/** `control-room.log` -> `control-room.2.log`; 0 is the live file. */
export function rotatedName(file: string, index: number): string {
  if (index === 0) return file;
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.${index}${ext}`;
}

export class RotatingFile {
  private fd: number | null;
  private size: number;
  /** A failing disk is said once on stderr, not once per line. */
  private failed = false;

  constructor(
    readonly file: string,
    private readonly rotation: Rotation = DEFAULT_ROTATION,
    private readonly onError: (err: Error) => void = (err) => process.stderr.write(`log file: ${err.message}\n`),
  ) {
    if (rotation.maxBytes < 1 || rotation.files < 1) throw new RangeError("rotation needs maxBytes >= 1 and files >= 1");
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.fd = fs.openSync(file, "a", 0o600);
    this.size = fs.fstatSync(this.fd).size;
  }

  /** pino's destination interface. Never throws: a log that cannot be written must not stop the core. */
  write(line: string): boolean {
    try {
      const bytes = Buffer.byteLength(line);
      if (this.size > 0 && this.size + bytes > this.rotation.maxBytes) this.rotate();
      if (this.fd === null) this.reopen();
      fs.writeSync(this.fd!, line);
      this.size += bytes;
      this.failed = false;
    } catch (err) {
      if (!this.failed) this.onError(err as Error);
      this.failed = true;
    }
    return true;
  }

  /** Nothing is buffered; present so pino's flush has something to call. */
  flushSync(): void {}

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  private rotate(): void {
    this.close();
    fs.rmSync(rotatedName(this.file, this.rotation.files - 1), { force: true });
    for (let i = this.rotation.files - 2; i >= 0; i--) {
      const from = rotatedName(this.file, i);
      if (fs.existsSync(from)) fs.renameSync(from, rotatedName(this.file, i + 1));
    }
    this.reopen();
  }

  private reopen(): void {
    this.fd = fs.openSync(this.file, "a", 0o600);
    this.size = fs.fstatSync(this.fd).size;
  }
}
