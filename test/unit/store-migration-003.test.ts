import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../main/core/store/migrations/index";

describe("migration 003 set_aside", () => {
  it("keeps the journal, adds set_aside for raw damaged values, and indexes the journal by time for pruning", () => {
    const db = new Database(":memory:");
    migrate(db, 2);
    const insert = db.prepare(
      "INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, event_id, state) VALUES (?,?,?,?,?,?)",
    );
    insert.run(1, "nis", "nis|c1", 1, "0a", '{"id":"nis|c1"}');
    insert.run(2, "nis", "nis|c1", 2, null, "{broken");
    migrate(db, 3);
    expect(db.pragma("user_version", { simple: true })).toBe(3);
    expect(db.prepare("SELECT seq, state FROM alarm_journal ORDER BY seq").all()).toEqual([
      { seq: 1, state: '{"id":"nis|c1"}' },
      { seq: 2, state: "{broken" },
    ]);
    // The raw column has no type: a damaged value is kept byte for byte, text or blob.
    const blob = Buffer.from([0xff, 0xfe, 0x00, 0x7b]);
    db.prepare("INSERT INTO set_aside (at, source_table, source_key, reason, raw) VALUES (1,'tag_last','nis|t',?,?)").run("x", blob);
    expect(db.prepare("SELECT raw FROM set_aside").pluck().get()).toEqual(blob);
    const plan = db.prepare("EXPLAIN QUERY PLAN DELETE FROM alarm_journal WHERE received_at < 5").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(" ")).toContain("alarm_journal_received");
    db.close();
  });

  it("refuses a file from a newer build with a typed error", () => {
    const db = new Database(":memory:");
    db.pragma("user_version = 99");
    expect(() => migrate(db)).toThrow(expect.objectContaining({ kind: "newer-schema" }));
    db.close();
  });
});
