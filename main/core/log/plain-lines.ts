/**
 * What a person reads on stderr: `12:04:05.123 WARN  [core] message {fields}` and the stack
 * under it. The file keeps the full JSON; this is for a terminal or a service journal.
 */
const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };

export function plainLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith("\n") ? json : `${json}\n`;
  }
  const { time, level, msg, err, name, pid: _pid, hostname: _hostname, ...fields } = record;
  const clock = typeof time === "string" ? time.slice(11, 23) : new Date(Number(time)).toISOString().slice(11, 23);
  const head = [clock, (LEVELS[Number(level)] ?? String(level)).padEnd(5), name ? `[${String(name)}]` : "", msg ?? ""]
    .filter((part) => part !== "")
    .join(" ");
  const extra = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : "";
  const stack = (err as { stack?: unknown } | undefined)?.stack;
  const tail = typeof stack === "string" ? `\n${stack.replace(/^/gm, "    ")}` : err ? ` err=${JSON.stringify(err)}` : "";
  return `${head}${extra}${tail}\n`;
}

/** A pino destination that reformats each JSON line for `target` (usually process.stderr). */
export function plainStream(target: { write(text: string): unknown }): { write(line: string): boolean } {
  return {
    write(line: string) {
      target.write(plainLine(line));
      return true;
    },
  };
}
