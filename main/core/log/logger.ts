/**
 * The control room's structured log: JSON lines in `<data>/logs/control-room.log` (rotated by
 * size, so a workstation left running for months never fills its disk) and the same events as
 * plain text on stderr. One logger per process; services take a child (`logger.child({ room })`).
 */
import path from "node:path";
import { multistream, pino, stdTimeFunctions, type Level, type Logger } from "pino";
import { plainStream } from "./plain-lines";
import { DEFAULT_ROTATION, RotatingFile, type Rotation } from "./rotating-file";

export { certificateForLog, type CertificateForLog } from "./certificate";
export { logUncaught, type ProcessLike } from "./uncaught";
export type { Logger } from "pino";

export interface LoggerOptions {
  /** The workstation's data directory; the log goes to `<dataDir>/logs/`. */
  dataDir: string;
  /** Lowest level written to the file and stderr. Default "info". */
  level?: Level;
  /** Where the plain-text copy goes: default process.stderr, `false` for none (tests, services). */
  stderr?: false | { write(text: string): unknown };
  /** File name under logs/, so two processes on one data directory keep separate files. */
  fileName?: string;
  /** Default 10 MB × 5 files. */
  rotation?: Rotation;
  /** Bound to every line, e.g. `{ process: "core" }`. */
  base?: Record<string, unknown>;
}

export type ControlRoomLogger = Logger & {
  /** Absolute path of the live log file. */
  readonly file: string;
  /** Closes the file; lines logged afterwards reopen it. */
  close(): void;
};

export function logFile(dataDir: string, fileName = "control-room.log"): string {
  return path.join(dataDir, "logs", fileName);
}

/** Fields that may carry a secret, wherever they sit in a logged object (site config, sign-in). */
const REDACT = ["password", "*.password", "credentials.password", "*.credentials.password", "token", "*.token"];

export function createLogger(options: LoggerOptions): ControlRoomLogger {
  const level = options.level ?? "info";
  const file = new RotatingFile(logFile(options.dataDir, options.fileName), options.rotation ?? DEFAULT_ROTATION);
  const stderr = options.stderr === undefined ? process.stderr : options.stderr;
  const streams = [{ level, stream: file }, ...(stderr ? [{ level, stream: plainStream(stderr) }] : [])];
  const logger = pino(
    {
      level,
      base: { pid: process.pid, ...options.base },
      timestamp: stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: "[redacted]" },
    },
    multistream(streams),
  );
  return Object.assign(logger, { file: file.file, close: () => file.close() });
}
