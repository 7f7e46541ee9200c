/**
 * Migration 010 (handover notes) and its repository in a real SQLite file: a version-9 store keeps
 * its field notes; signed notes are read per shift, newest first; a shift's field notes are read
 * by time, on the new index; a shift that ends before it starts is refused.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AssetId } from "../../contract/api";
import { HandoverSql } from "../../main/core/store/handover-repository";
import { migrate } from "../../main/core/store/migrations/index";
import { NotesSql } from "../../main/core/store/notes-repository";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function version9(): Database.Database {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-m010-"));
  dirs.push(dir);
  const db = new Database(path.join(dir, "s.sqlite"));
  migrate(db, 9);
  new NotesSql(db).add({ assetId: "nis-water|ns=1;s=P1" as AssetId, alarmId: null, targetLabel: "Pumpa P1", text: "Pre migracije", user: { name: "Ana", role: "operator" }, photo: null, createdAt: 500 });
  return db;
}

const H = 3_600_000;

describe("migration 010 handover notes", () => {
  it("keeps the field notes and adds an empty handover_note table", () => {
    const db = version9();
    migrate(db);
    expect(db.pragma("user_version", { simple: true })).toBe(10);
    expect(db.prepare("SELECT text FROM field_note").pluck().all()).toEqual(["Pre migracije"]);
    expect(db.prepare("SELECT COUNT(*) FROM handover_note").pluck().get()).toBe(0);
    db.close();
  });

  it("reads signed notes per shift, newest first, and refuses a shift that ends before it starts", () => {
    const db = version9();
    migrate(db);
    const repo = new HandoverSql(db);
    const marko = { userName: "Marko Jovanović", role: "supervisor" };
    repo.add({ shiftFrom: 7 * H, shiftTo: 15 * H, text: "Prva verzija", signedAt: 14 * H, ...marko });
    repo.add({ shiftFrom: 7 * H, shiftTo: 15 * H, text: "Ispravka: šaht zatvoren", signedAt: 14.5 * H, ...marko });
    repo.add({ shiftFrom: 15 * H, shiftTo: 23 * H, text: "Popodne", signedAt: 22 * H, ...marko });
    expect(repo.forShift(7 * H).map((n) => n.text)).toEqual(["Ispravka: šaht zatvoren", "Prva verzija"]);
    expect(repo.forShift(7 * H)[0]).toMatchObject({ shiftFrom: 7 * H, shiftTo: 15 * H, userName: "Marko Jovanović", role: "supervisor", signedAt: 14.5 * H });
    expect(repo.forShift(23 * H)).toEqual([]);
    expect(() => repo.add({ shiftFrom: 15 * H, shiftTo: 7 * H, text: "x", signedAt: 1, ...marko })).toThrow(/CHECK/);
    db.close();
  });

  it("reads a shift's field notes by time, on the new index", () => {
    const db = version9();
    migrate(db);
    const notes = new NotesSql(db);
    for (const [at, text] of [[6.9 * H, "pre smene"], [7 * H, "početak"], [10 * H, "sredina"], [15 * H, "sledeća smena"]] as const) {
      notes.add({ assetId: "nis-water|ns=1;s=P1" as AssetId, alarmId: null, targetLabel: "Pumpa P1", text, user: { name: "Ana", role: "operator" }, photo: null, createdAt: at });
    }
    expect(notes.between({ from: 7 * H, to: 15 * H, limit: 10 }).map((n) => n.text)).toEqual(["sredina", "početak"]);
    expect(notes.between({ from: 7 * H, to: 15 * H, limit: 1 }).map((n) => n.text)).toEqual(["sredina"]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT n.text FROM field_note n WHERE n.created_at >= 1 AND n.created_at < 2 ORDER BY n.created_at DESC").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join("; ")).toMatch(/USING (COVERING )?INDEX field_note_time/);
    db.close();
  });
});
