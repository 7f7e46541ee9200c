/**
 * Last words of a process. An uncaught exception leaves the process in a state nobody designed,
 * so it is logged with its stack and the process exits non-zero for its supervisor (Electron
 * main, systemd, a person) to restart it. An unhandled rejection is one lost promise: logged
 * with its stack, and the control room keeps running, since stopping every window for it would
 * cost the operators more than the lost promise does.
 */
import { inspect } from "node:util";
import type { Logger } from "pino";

/** The part of `process` this needs, so a test can hand in its own. */
export interface ProcessLike {
  on(event: "uncaughtException", listener: (err: Error, origin: string) => void): unknown;
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  removeListener(event: "uncaughtException", listener: (err: Error, origin: string) => void): unknown;
  removeListener(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  exit(code: number): unknown;
}

/**
 * `throw "text"` and `reject(42)` happen; the line still says what it was. Not under `err`,
 * whose pino serializer would turn a non-Error into an empty object.
 */
function errorFields(value: unknown): Record<string, unknown> {
  return value instanceof Error ? { err: value } : { thrown: inspect(value, { depth: 2 }) };
}

/**
 * Installs both handlers; returns a function that removes them. `onFatal` runs after the line
 * is written and before the exit, to tell a supervisor why (Electron's parentPort).
 */
export function logUncaught(logger: Logger, proc: ProcessLike = process, onFatal?: (err: unknown) => void): () => void {
  const onException = (err: Error, origin: string) => {
    try {
      logger.fatal({ ...errorFields(err), origin }, "uncaught exception: the process stops");
      logger.flush();
      onFatal?.(err);
    } finally {
      proc.exit(1);
    }
  };
  const onRejection = (reason: unknown) => {
    logger.error(errorFields(reason), "unhandled promise rejection: the process continues");
  };
  proc.on("uncaughtException", onException);
  proc.on("unhandledRejection", onRejection);
  return () => {
    proc.removeListener("uncaughtException", onException);
    proc.removeListener("unhandledRejection", onRejection);
  };
}
