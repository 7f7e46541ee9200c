/**
 * Tamper detection on a real store file: audit rows written through the store worker (outbox
 * actions with their audit rows, sign-ins), then the file edited with plain better-sqlite3 as an
 * attacker would (triggers dropped first). Each edit is found and named, by the store's own
 * verify and by `npm run audit:verify` run as a child process (exit code 1, the row named).
 */
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointId } from "../../../contract/ids";
import { decodeStartNotice } from "../../../contract/start-notice";
import { openStore } from "../../../main/core/store/store";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let dir: string;
let pristine: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-audit-tamper-"));
  pristine = path.join(dir, "pristine.sqlite");
  const store = await openStore({ file: pristine });
  const ana = { name: "Ana Petrović", role: "supervisor" };
  for (let i = 1; i <= 6; i++) {
    await store.outbox.record({
      endpointId: endpointId("nis-water"),
      kind: "acknowledge",
      target: `nis-water|ns=2;s=Pumpa${i}`,
      targetLabel: `Pumpa ${i}`,
      comment: "",
      payload: { eventId: "00" },
      user: ana,
      detail: `Acknowledge "Pumpa ${i}"`,
    });
    await store.audit.append({ userName: "Marko", role: "engineer", action: "sign-in", target: "marko", detail: `Signed in ${i}` });
  }
  expect(await store.audit.verify()).toMatchObject({ ok: true, count: 12, lastSeq: 12 });
  await store.close();
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the store with the attacker's SQL run on it, triggers dropped first. */
function tampered(name: string, sql: string): string {
  const file = path.join(dir, `${name}.sqlite`);
  fs.copyFileSync(pristine, file);
  const db = new Database(file);
  db.exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;");
  db.exec(sql);
  db.close();
  return file;
}

function cli(file: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "main/core/audit/verify-cli.ts", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, out: run.stdout + run.stderr };
}

async function storeVerify(file: string) {
  const store = await openStore({ file });
  try {
    return await store.audit.verify();
  } finally {
    await store.close();
  }
}

describe("audit chain on a store file", () => {
  it("an untouched file verifies, and the command says OK with the count (exit 0)", () => {
    const { code, out } = cli(pristine);
    expect(out).toMatch(/^OK: .* 12 rows \(last seq 12\), head hash [0-9a-f]{64}\n$/);
    expect(code).toBe(0);
  });

  it("the store refuses to change or delete an audit row while its triggers stand", () => {
    const file = path.join(dir, "guarded.sqlite");
    fs.copyFileSync(pristine, file);
    const db = new Database(file);
    expect(() => db.prepare("UPDATE audit SET detail = 'nothing happened' WHERE seq = 3").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit WHERE seq = 3").run()).toThrow(/append-only/);
    db.close();
  });

  it("names an edited row: content changed", async () => {
    const file = tampered("edited", "UPDATE audit SET detail = 'Acknowledge \"Pumpa 9\"' WHERE seq = 5");
    expect(await storeVerify(file)).toMatchObject({ ok: false, count: 4, broken: { seq: 5, problem: "content-changed" } });
    const { code, out } = cli(file);
    expect(out).toContain("breaks at row 5 (content-changed): Row 5 (");
    expect(code).toBe(1);
  });

  it("names a deleted row: row missing", async () => {
    const file = tampered("deleted", "DELETE FROM audit WHERE seq = 7");
    expect(await storeVerify(file)).toMatchObject({ ok: false, count: 6, broken: { seq: 8, problem: "row-missing", missingFrom: 7, missingTo: 7 } });
    const { code, out } = cli(file);
    expect(out).toContain("breaks at row 8 (row-missing): Row 7 is missing before row 8 (");
    expect(code).toBe(1);
  });

  it("names the newest rows deleted: missing at the end", async () => {
    const file = tampered("truncated", "DELETE FROM audit WHERE seq >= 11");
    expect(await storeVerify(file)).toMatchObject({ ok: false, count: 10, broken: { seq: 11, at: null, problem: "row-missing", missingTo: 12 } });
    expect(cli(file).code).toBe(1);
  });

  it("names a reordered row: out of order", async () => {
    const file = tampered("reordered", "UPDATE audit SET seq = -3 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 4; UPDATE audit SET seq = 4 WHERE seq = -3;");
    expect(await storeVerify(file)).toMatchObject({ ok: false, count: 2, broken: { seq: 3, problem: "out-of-order", follows: 4 } });
    const { code, out } = cli(file);
    expect(out).toContain("breaks at row 3 (out-of-order): Row 3 (");
    expect(out).toContain("it was written after row 4");
    expect(code).toBe(1);
  });

  it("names a row whose stored hash was replaced: content changed (a forged row hashed right breaks the next link: unit test)", async () => {
    const file = tampered("rehashed", "UPDATE audit SET hash = 'f' || substr(hash, 2) WHERE seq = 2");
    expect(await storeVerify(file)).toMatchObject({ ok: false, count: 1, broken: { seq: 2, problem: "content-changed" } });
  });

  it("on open, the store puts back guards removed from the file and tells a person that the chain is broken, and where", async () => {
    const file = tampered("opened", "UPDATE audit SET detail = 'Signed in 99' WHERE seq = 6");
    const store = await openStore({ file });
    try {
      const read = store.notices.map(decodeStartNotice);
      expect(read.map((r) => r.notice)).toEqual([
        { code: "audit-guards-restored", file, triggers: ["audit_no_update", "audit_no_delete"] },
        { code: "audit-broken", file, seq: 6, at: expect.any(Number), problem: "content-changed" },
      ]);
      expect(read.map((r) => r.text)).toEqual([
        expect.stringMatching(/had lost its protection against changing or deleting audit entries \(audit_no_update, audit_no_delete: .*it was put back/),
        expect.stringMatching(/The audit trail of the local store .* is broken: Row 6 \(.*\) was changed after it was written/),
      ]);
    } finally {
      await store.close();
    }
    const db = new Database(file);
    expect(() => db.prepare("DELETE FROM audit WHERE seq = 1").run()).toThrow(/append-only/);
    db.close();
    // An intact store opens without a word.
    const quiet = await openStore({ file: pristine });
    expect(quiet.notices).toEqual([]);
    await quiet.close();
  });

  it("cannot check a file that is not a store, and says so (exit 2)", () => {
    const junk = path.join(dir, "junk.sqlite");
    fs.writeFileSync(junk, "not a database at all, just some text that is long enough ".repeat(100));
    const { code, out } = cli(junk);
    expect(out).toMatch(/Cannot (open|read)/);
    expect(code).toBe(2);
    expect(cli(path.join(dir, "absent.sqlite")).code).toBe(2);
  });
});
