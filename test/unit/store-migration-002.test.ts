import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../main/core/store/migrations/index";

function version1WithData() {
  const db = new Database(":memory:");
  migrate(db, 1);
  const outbox = db.prepare(
    "INSERT INTO outbox (created_at, endpoint_id, kind, target, payload, user_name, status, attempts, last_error, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
  );
  const audit = db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)");
  outbox.run(100, "nis", "acknowledge", "nis|c1", '{"eventId":"0a","comment":"crew sent"}', "Ana", "pending", 0, null, 100);
  audit.run(100, "Ana", "supervisor", "acknowledge", "nis|c1", "Acknowledge c1");
  outbox.run(200, "nis", "acknowledge", "nis|c2", '{"eventId":"0b"}', "Marko", "conflict", 1, "BadEventIdUnknown", 210);
  audit.run(200, "Marko", "operator", "acknowledge", "nis|c2", "Acknowledge c2");
  outbox.run(300, "nis", "acknowledge", "nis|c3", "not json", "Ana", "done", 1, null, 310);
  outbox.run(400, "nis", "acknowledge", "nis|c4", "{}", "Ana", "failed", 3, "BadUserAccessDenied", 410);
  // The row with the highest id was deleted: a new row must not reuse its number.
  db.prepare("DELETE FROM outbox WHERE id = 4").run();
  return db;
}

describe("migration 002 outbox states", () => {
  it("keeps every outbox row and id, fills role and comment from what was stored, and keeps the id counter", () => {
    const db = version1WithData();
    migrate(db, 2);
    expect(db.pragma("user_version", { simple: true })).toBe(2);
    const rows = db.prepare("SELECT id, status, attempts, role, comment, target_label, last_error, server_status, resolution FROM outbox ORDER BY id").all();
    expect(rows).toEqual([
      { id: 1, status: "pending", attempts: 0, role: "supervisor", comment: "crew sent", target_label: "nis|c1", last_error: null, server_status: null, resolution: null },
      { id: 2, status: "conflict", attempts: 1, role: "operator", comment: "", target_label: "nis|c2", last_error: "BadEventIdUnknown", server_status: null, resolution: null },
      { id: 3, status: "done", attempts: 1, role: "", comment: "", target_label: "nis|c3", last_error: null, server_status: null, resolution: null },
    ]);
    const id = db
      .prepare("INSERT INTO outbox (created_at, updated_at, endpoint_id, kind, target, payload, user_name, status) VALUES (1,1,'nis','confirm','nis|c5','{}','Ana','sending')")
      .run().lastInsertRowid;
    expect(id).toBe(5);
    db.close();
  });

  it("accepts sending and discarded, refuses an unknown status, and answers openFor from its index", () => {
    const db = version1WithData();
    migrate(db, 2);
    db.prepare("UPDATE outbox SET status = 'discarded', resolution = 'handled on site' WHERE id = 2").run();
    db.prepare("UPDATE outbox SET status = 'sending' WHERE id = 1").run();
    expect(() => db.prepare("UPDATE outbox SET status = 'lost' WHERE id = 1").run()).toThrow(/CHECK constraint/);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE kind = ? AND target = ? AND status IN ('pending','sending')")
      .all("acknowledge", "nis|c1") as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toContain("outbox_open");
    db.close();
  });
});
