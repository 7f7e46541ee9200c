/**
 * The logging surface the core uses. A pino logger satisfies it; without one the core writes
 * to stderr, so nothing it reports is ever lost silently.
 */
type LogFn = (fields: object, message: string) => void;

export interface CoreLog {
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export const stderrLog: CoreLog = {
  info: (fields, message) => console.error(message, fields),
  warn: (fields, message) => console.error(message, fields),
  error: (fields, message) => console.error(message, fields),
};
