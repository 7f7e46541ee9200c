/**
 * What host mode reports about its clients. The shape is pino's `(fields, message)`, so the CLI
 * passes a child of the core's logger (main/core/log/); tests and other callers get the console.
 */
export interface HostLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

function line(fields: Record<string, unknown>, message: string): string {
  const detail = Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" ");
  return detail ? `[host] ${message} (${detail})` : `[host] ${message}`;
}

export const consoleHostLog: HostLog = {
  info: (fields, message) => console.log(line(fields, message)),
  warn: (fields, message) => console.warn(line(fields, message)),
};
