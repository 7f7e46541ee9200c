import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../main/core/store/migrations/index";

describe("migration 001 initial", () => {
  it("builds the first schema on an empty file, and the tables take and give back data", () => {
    const db = new Database(":memory:");
    migrate(db, 1);
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(["alarm_journal", "asset", "audit", "outbox", "tag", "tag_last"]);

    db.prepare("INSERT INTO asset VALUES ('ep|a','ep','Pump','water','PumpingStation','Medijana',43.3,21.9)").run();
    db.prepare("INSERT INTO tag VALUES ('ep|t','ep|a','ns=1;s=t','Pressure','bar',0,10)").run();
    db.prepare("INSERT INTO tag_last VALUES ('ep|t','4.2','good',1,2)").run();
    db.prepare("INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, event_id, state) VALUES (1,'ep','ep|c',1,'0a','{}')").run();
    db.prepare(
      "INSERT INTO outbox (created_at, endpoint_id, kind, target, payload, user_name, status, updated_at) VALUES (1,'ep','acknowledge','ep|c','{}','Ana','pending',1)",
    ).run();
    db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (1,'Ana','operator','acknowledge','ep|c','x')").run();
    expect(db.prepare("SELECT value FROM tag_last").pluck().get()).toBe("4.2");
    // The first outbox knew four states only.
    expect(() => db.prepare("UPDATE outbox SET status = 'sending'").run()).toThrow(/CHECK constraint/);
    // Deleting an asset takes its tags with it.
    db.pragma("foreign_keys = ON");
    db.prepare("DELETE FROM asset").run();
    expect(db.prepare("SELECT COUNT(*) FROM tag").pluck().get()).toBe(0);
    db.close();
  });
});
