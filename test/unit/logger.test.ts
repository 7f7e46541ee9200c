import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { OPCUACertificateManager, makeSubject } from "node-opcua";
import { afterEach, describe, expect, it, vi } from "vitest";
import { certificateForLog, createLogger, logFile, logUncaught, type ControlRoomLogger } from "../../main/core/log/logger";
import { rotatedName } from "../../main/core/log/rotating-file";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LOGGER_MODULE = pathToFileURL(path.join(ROOT, "main/core/log/logger.ts")).href;
const open: ControlRoomLogger[] = [];
afterEach(() => open.splice(0).forEach((l) => l.close()));

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "ccr-log-"));
const jsonLines = (file: string) =>
  fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

function logger(options: Parameters<typeof createLogger>[0]): ControlRoomLogger {
  const l = createLogger(options);
  open.push(l);
  return l;
}

describe("logger", () => {
  it("writes JSON lines to <data>/logs/control-room.log and plain text to stderr", () => {
    const dataDir = tempDir();
    const said: string[] = [];
    const log = logger({ dataDir, stderr: { write: (t: string) => said.push(t) } });
    log.child({ room: "connections" }).warn({ endpoint: "water" }, "session lost");
    log.debug("below the level");

    expect(log.file).toBe(logFile(dataDir));
    expect(log.file).toBe(path.join(dataDir, "logs", "control-room.log"));
    const [line, ...rest] = jsonLines(log.file);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ level: 40, msg: "session lost", room: "connections", endpoint: "water", pid: process.pid });
    expect(new Date(String(line?.time)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(said.join("")).toMatch(/^\d\d:\d\d:\d\d\.\d{3} WARN +session lost .*"endpoint":"water"/);
  });

  it("keeps a password out of the file", () => {
    const log = logger({ dataDir: tempDir(), stderr: false });
    log.info({ endpoint: { id: "heat", credentials: { user: "op", password: "s3cret" } } }, "connecting");
    expect(fs.readFileSync(log.file, "utf8")).not.toContain("s3cret");
  });

  it("rotates past the size bound and keeps only the given number of files", () => {
    const log = logger({ dataDir: tempDir(), stderr: false, rotation: { maxBytes: 2_000, files: 3 } });
    for (let i = 0; i < 200; i++) log.info({ i }, "a line of about a hundred bytes once pino adds its fields");

    const files = fs.readdirSync(path.dirname(log.file)).sort();
    expect(files).toEqual(["control-room.1.log", "control-room.2.log", "control-room.log"]);
    for (const f of files) expect(fs.statSync(path.join(path.dirname(log.file), f)).size).toBeLessThanOrEqual(2_000);
    // Newest in the live file, older ones behind it in order, every line whole.
    const live = jsonLines(log.file).map((l) => l.i as number);
    const previous = jsonLines(rotatedName(log.file, 1)).map((l) => l.i as number);
    expect(live.at(-1)).toBe(199);
    expect(previous.at(-1)).toBe(live[0]! - 1);
  });

  it("appends to an existing file across restarts", () => {
    const dataDir = tempDir();
    const first = logger({ dataDir, stderr: false });
    first.info("first start");
    first.close();
    logger({ dataDir, stderr: false }).info("second start");
    expect(jsonLines(logFile(dataDir)).map((l) => l.msg)).toEqual(["first start", "second start"]);
  });
});

describe("logUncaught", () => {
  it("works on any process-like emitter, tells onFatal, and can be removed", () => {
    const log = logger({ dataDir: tempDir(), stderr: false });
    const proc = Object.assign(new EventEmitter(), { exit: vi.fn() });
    const onFatal = vi.fn();
    const remove = logUncaught(log, proc, onFatal);
    const boom = new Error("valve 7 driver");
    proc.emit("uncaughtException", boom, "uncaughtException");
    expect(onFatal).toHaveBeenCalledWith(boom);
    expect(proc.exit).toHaveBeenCalledWith(1);
    remove();
    expect(proc.listenerCount("uncaughtException") + proc.listenerCount("unhandledRejection")).toBe(0);
    expect(jsonLines(log.file)).toMatchObject([{ level: 60, err: { message: "valve 7 driver" } }]);
  });

  /** Runs a small script in a child Node with the logger loaded through tsx, as the core runs. */
  function child(body: string) {
    const dir = tempDir();
    const script = path.join(dir, "child.ts");
    fs.writeFileSync(
      script,
      [
        `import { createLogger, logUncaught } from ${JSON.stringify(LOGGER_MODULE)};`,
        `const log = createLogger({ dataDir: ${JSON.stringify(dir)} });`,
        "logUncaught(log, process);",
        body,
      ].join("\n"),
    );
    const run = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    return { ...run, lines: jsonLines(logFile(dir)) };
  }

  it("logs an uncaught exception with its stack and exits non-zero", () => {
    const run = child('setTimeout(() => { throw new Error("pump 3 controller gone"); }, 10);');
    expect(run.status).toBe(1);
    const fatal = run.lines.find((l) => l.level === 60) as { msg: string; err: { message: string; stack: string } };
    expect(fatal.msg).toMatch(/uncaught exception/);
    expect(fatal.err.message).toBe("pump 3 controller gone");
    expect(fatal.err.stack).toMatch(/Error: pump 3 controller gone\n\s+at .*child\.ts/);
    expect(run.stderr).toMatch(/FATAL .*uncaught exception[\s\S]*pump 3 controller gone[\s\S]*child\.ts/);
  });

  it("logs an unhandled rejection with its stack and keeps running", () => {
    const run = child(
      'void Promise.reject(new Error("historian flush lost"));\nsetTimeout(() => log.info("still running"), 50);',
    );
    expect(run.status).toBe(0);
    const rejected = run.lines.find((l) => l.level === 50) as { msg: string; err: { stack: string } };
    expect(rejected.msg).toMatch(/unhandled promise rejection/);
    expect(rejected.err.stack).toMatch(/Error: historian flush lost\n\s+at .*child\.ts/);
    expect(run.lines.at(-1)?.msg).toBe("still running");
  });

  it("says what was thrown when it is not an Error", () => {
    const run = child('setTimeout(() => { throw "just a string"; }, 10);');
    expect(run.status).toBe(1);
    expect(run.lines.find((l) => l.level === 60)).toMatchObject({ thrown: "'just a string'" });
  });
});

describe("certificateForLog", () => {
  it("gives thumbprint, subject and validity, never the PEM or DER", async () => {
    const dir = tempDir();
    const pki = new OPCUACertificateManager({ rootFolder: dir, automaticallyAcceptUnknownCertificate: false });
    await pki.initialize();
    const pemFile = path.join(dir, "server.pem");
    await pki.createSelfSignedCertificate({
      applicationUri: "urn:nis:water",
      dns: ["localhost"],
      outputFile: pemFile,
      subject: makeSubject("NisWater", "localhost"),
      startDate: new Date(Date.UTC(2025, 0, 1)),
      validity: 30,
    });
    await pki.dispose();
    const pem = fs.readFileSync(pemFile, "utf8");
    const body = pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
    const der = Buffer.from(body, "base64");

    const fromPem = certificateForLog(pem);
    const fromDer = certificateForLog(der);
    expect(fromDer).toEqual(fromPem);
    expect(fromPem?.thumbprint).toMatch(/^[0-9a-f]{40}$/);
    expect(fromPem?.subject).toContain("CN=NisWater");
    expect(fromPem?.validFrom).toBe("2025-01-01T00:00:00.000Z");
    expect(fromPem?.validTo).toMatch(/^2025-01-31/);

    const log = logger({ dataDir: dir, stderr: false });
    log.warn({ certificate: certificateForLog(der) }, "server certificate not trusted");
    const text = fs.readFileSync(log.file, "utf8");
    expect(text).toContain(fromPem!.thumbprint);
    // Not the body, nor any 64-character stretch of it (a wrapped PEM line), nor the PEM header.
    expect(text).not.toContain(body.slice(100, 164));
    expect(text).not.toMatch(/BEGIN CERTIFICATE/);
  });

  it("keeps only a hash of bytes that are not a certificate", () => {
    const summary = certificateForLog(Buffer.from("not a certificate at all"));
    expect(summary).toEqual({ thumbprint: expect.stringMatching(/^[0-9a-f]{40}$/), unreadable: true });
    expect(certificateForLog(null)).toBeNull();
  });
});
