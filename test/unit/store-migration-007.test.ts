import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../main/core/store/migrations/index";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A version-6 store with a last value and an audit row. */
function version6(): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-m007-"));
  dirs.push(dir);
  const db = new Database(path.join(dir, "s.sqlite"));
  migrate(db, 6);
  db.prepare("INSERT INTO tag_last VALUES (?,?,?,?,?)").run("sim|ns=1;s=p", "2.5", "good", 1, 2);
  db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)").run(1, "Ana", "operator", "sign-in", "operator", "Signed in");
  return db;
}

describe("migration 007 historian", () => {
  it("keeps every row and adds the historian's tables, empty", () => {
    const db = version6();
    const before = db.prepare("SELECT * FROM tag_last").all();
    migrate(db, 7);
    expect(db.pragma("user_version", { simple: true })).toBe(7);
    expect(db.prepare("SELECT * FROM tag_last").all()).toEqual(before);
    for (const t of ["hist_tag", "hist_raw", "hist_minute", "hist_hour", "hist_cover", "hist_fetched"]) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get()).toBe(0);
    }
    db.close();
  });

  it("keys raw samples by (tag, time) without a rowid, scans one tag's range on the key, and keeps value types", () => {
    const db = version6();
    migrate(db);
    const sql = (name: string) => db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(name) as string;
    for (const t of ["hist_raw", "hist_minute", "hist_hour"]) expect(sql(t)).toMatch(/WITHOUT ROWID/);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT t, v FROM hist_raw WHERE tag = 1 AND t >= 10 AND t <= 20 ORDER BY t").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join("; ")).toMatch(/SEARCH hist_raw USING PRIMARY KEY \(tag=\? AND t>\? AND t<\?\)/);
    expect(plan.map((p) => p.detail).join("; ")).not.toMatch(/TEMP B-TREE/);

    db.prepare("INSERT INTO hist_tag (tag_id, service) VALUES ('sim|ns=1;s=p', 'water')").run();
    const insert = db.prepare("INSERT INTO hist_raw (tag, t, v, q) VALUES (1, ?, ?, 0)");
    insert.run(1, 2.0);
    insert.run(2, 1n);
    insert.run(3, "Servis");
    expect(() => insert.run(1, 3.5)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(db.prepare("SELECT typeof(v) FROM hist_raw ORDER BY t").pluck().all()).toEqual(["real", "integer", "text"]);
    expect(() => db.prepare("INSERT INTO hist_tag (tag_id) VALUES ('sim|ns=1;s=p')").run()).toThrow(/UNIQUE/);
    db.close();
  });
});
