/**
 * Nothing reported done is lost (issue #7 item 8): a child process writes through the real store
 * worker (actions with their audit rows, journal batches, audit rows, field notes) and prints every write the
 * store answered as done; it is killed with SIGKILL mid-stream, twice. Afterwards every reported
 * row is in the file, PRAGMA integrity_check is ok, the audit chain verifies, and the store opens
 * again without setting anything aside.
 *
 * SIGKILL kills the process, not the machine: what this shows is that "done" is only said after
 * SQLite committed. That a commit survives a power cut is WAL with synchronous = FULL (fsync of
 * the WAL at every commit), which the store sets and store.test.ts checks.
 */
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyAuditTable } from "../../../main/core/audit/verify-table";
import { openStore } from "../../../main/core/store/store";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-crash-"));
const file = path.join(dir, "control-room.sqlite");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Reported {
  outbox: Map<number, string>;
  journal: string[];
  audit: string[];
  notes: Map<number, string>;
}

/** Runs the writer until it has reported `atLeast` writes done, then SIGKILLs it; returns complete lines only. */
function writeThenKill(round: string, atLeast: number): Promise<{ lines: string[]; signal: NodeJS.Signals | null; inFlightAtKill: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "test/integration/store/crash-writer.ts", file, round], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let killed = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the writer reported too little in time: ${out.length} bytes of output; stderr: ${err}`));
    }, 90_000);
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (!killed && out.split("\n").filter((l) => l.startsWith("done ")).length >= atLeast) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    child.on("exit", (_code, signal) => {
      clearTimeout(timer);
      // The last line may have been cut by the kill: only whole lines were reported.
      const lines = out.split("\n").slice(0, -1);
      resolve({ lines, signal, inFlightAtKill: killed });
    });
  });
}

function parse(lines: string[], into: Reported): void {
  for (const line of lines) {
    const [done, kind, ...rest] = line.split(" ");
    if (done !== "done") continue;
    if (kind === "outbox") into.outbox.set(Number(rest[0]), rest[1]!);
    else if (kind === "journal") into.journal.push(...rest);
    else if (kind === "audit") into.audit.push(rest.join(" "));
    else if (kind === "note") into.notes.set(Number(rest[0]), rest.slice(1).join(" "));
  }
}

function checkFile(reported: Reported): void {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const outbox = new Map((db.prepare("SELECT id, target FROM outbox").all() as { id: number; target: string }[]).map((r) => [r.id, r.target]));
    for (const [id, target] of reported.outbox) expect(outbox.get(id), `outbox #${id}`).toBe(target);
    const auditTargets = new Set(db.prepare("SELECT target FROM audit WHERE action = 'acknowledge'").pluck().all() as string[]);
    for (const target of reported.outbox.values()) expect(auditTargets.has(target), `audit row of ${target}`).toBe(true);
    const journal = new Set(db.prepare("SELECT alarm_id FROM alarm_journal").pluck().all() as string[]);
    for (const id of reported.journal) expect(journal.has(id), `journal ${id}`).toBe(true);
    const audit = new Set(db.prepare("SELECT detail FROM audit WHERE action = 'sign-in'").pluck().all() as string[]);
    for (const detail of reported.audit) expect(audit.has(detail), `audit ${detail}`).toBe(true);
    const notes = new Map((db.prepare("SELECT id, text FROM field_note").all() as { id: number; text: string }[]).map((r) => [r.id, r.text]));
    for (const [id, text] of reported.notes) expect(notes.get(id), `note #${id}`).toBe(text);
    expect(verifyAuditTable(db)).toMatchObject({ ok: true });
  } finally {
    db.close();
  }
}

describe("crash safety of the store", () => {
  it("keeps every write reported done across SIGKILLs mid-stream, intact and with a verifying audit chain", async () => {
    const reported: Reported = { outbox: new Map(), journal: [], audit: [], notes: new Map() };
    for (const [round, atLeast] of [["a", 150], ["b", 300]] as const) {
      const run = await writeThenKill(round, atLeast);
      expect(run.signal).toBe("SIGKILL");
      expect(run.inFlightAtKill).toBe(true);
      expect(run.lines[0]).toBe("ready 0");
      parse(run.lines, reported);
      checkFile(reported);
    }
    expect(reported.outbox.size).toBeGreaterThan(50);
    expect(reported.journal.length).toBeGreaterThan(100);
    expect(reported.audit.length).toBeGreaterThan(30);
    expect(reported.notes.size).toBeGreaterThan(30);
    // The store opens again as it is: nothing set aside, the chain goes on.
    const store = await openStore({ file });
    expect(store.notices).toEqual([]);
    expect(await store.diagnostics()).toMatchObject({ journalMode: "wal", synchronous: 2 });
    await store.audit.append({ userName: "Ana", role: "supervisor", action: "sign-in", target: "ana", detail: "after the crashes" });
    expect(await store.audit.verify()).toMatchObject({ ok: true });
    await store.close();
  }, 240_000);
});
