/**
 * Migration 008: rows from before are chained from the genesis in seq order and verify; after
 * it, SQLite itself refuses to change or delete an audit row, while history search may still
 * fill in its folded-text column.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { chainHash, GENESIS_HASH } from "../../main/core/audit/chain-hash";
import { verifyAuditTable } from "../../main/core/audit/verify-table";
import { AuditSql } from "../../main/core/store/audit-repository";
import { migrate } from "../../main/core/store/migrations/index";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function version7(): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-m008-"));
  dirs.push(dir);
  const db = new Database(path.join(dir, "s.sqlite"));
  migrate(db, 7);
  const add = db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)");
  add.run(1000, "Ana", "operator", "sign-in", "ana", "Signed in");
  add.run(2000, "Ana", "operator", "acknowledge", "nis-water|ns=2;s=A", 'Acknowledge "Pumpa"');
  return db;
}

describe("migration 008 audit chain", () => {
  it("chains the rows it finds, in seq order from the genesis, keeping them as they were", () => {
    const db = version7();
    const before = db.prepare("SELECT seq, at, user_name, role, action, target, detail FROM audit ORDER BY seq").all();
    migrate(db, 8);
    expect(db.pragma("user_version", { simple: true })).toBe(8);
    expect(db.prepare("SELECT seq, at, user_name, role, action, target, detail FROM audit ORDER BY seq").all()).toEqual(before);
    const h1 = chainHash(GENESIS_HASH, { at: 1000, userName: "Ana", role: "operator", action: "sign-in", target: "ana", detail: "Signed in" });
    const h2 = chainHash(h1, { at: 2000, userName: "Ana", role: "operator", action: "acknowledge", target: "nis-water|ns=2;s=A", detail: 'Acknowledge "Pumpa"' });
    expect(db.prepare("SELECT prev_hash, hash FROM audit ORDER BY seq").all()).toEqual([
      { prev_hash: GENESIS_HASH, hash: h1 },
      { prev_hash: h1, hash: h2 },
    ]);
    expect(verifyAuditTable(db, 9)).toEqual({ ok: true, checkedAt: 9, count: 2, lastSeq: 2, headHash: h2 });
  });

  it("continues the chain from the migrated rows, and refuses UPDATE and DELETE but not the search column", () => {
    const db = version7();
    migrate(db);
    new AuditSql(db).append({ userName: "Marko", role: "supervisor", action: "sign-in", target: "marko", detail: "Signed in" }, 3000);
    expect(verifyAuditTable(db)).toMatchObject({ ok: true, count: 3, lastSeq: 3 });
    expect(() => db.prepare("UPDATE audit SET detail = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit SET hash = NULL WHERE seq = 3").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit WHERE seq = 3").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit").run()).toThrow(/append-only/);
    db.prepare("UPDATE audit SET search = 'ana signed in' WHERE seq = 1").run();
    expect(db.prepare("SELECT COUNT(*) FROM audit").pluck().get()).toBe(3);
    expect(verifyAuditTable(db)).toMatchObject({ ok: true, count: 3 });
  });
});
