/** Field notes in a real SQLite file: the note with its audit row, its photo, its delivery read from the outbox. */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AlarmId, AssetId, EndpointId } from "../../contract/api";
import { decodeAuditDetail } from "../../contract/audit-detail";
import { migrate } from "../../main/core/store/migrations/index";
import { NotesSql } from "../../main/core/store/notes-repository";
import { OutboxSql } from "../../main/core/store/outbox-repository";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function store() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-notes-"));
  dirs.push(dir);
  const db = new Database(path.join(dir, "s.sqlite"));
  db.pragma("foreign_keys = ON");
  migrate(db);
  return { db, notes: new NotesSql(db), outbox: new OutboxSql(db) };
}

const assetId = "nis-water|ns=1;s=water.P1" as AssetId;
const alarmId = "nis-water|ns=1;s=water.P1.Pressure" as AlarmId;
const user = { name: "Nikola Stojanović", role: "maintenance" };

describe("field notes in the store", () => {
  it("keeps a note with its photo and writes its audit row in the same transaction", () => {
    const { db, notes } = store();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const note = notes.add({ assetId, alarmId: null, targetLabel: "Pumpa P1", text: "Zamenjen ležaj", user, photo: { type: "image/png", bytes: png }, createdAt: 1000 });
    expect(note).toEqual({
      id: note.id, assetId, alarmId: null, targetLabel: "Pumpa P1", text: "Zamenjen ležaj", createdAt: 1000, userName: user.name, role: "maintenance",
      photo: { type: "image/png", bytes: 7 }, outboxId: null, delivery: "local", deliveryProblem: null,
    });
    expect(Buffer.from(notes.photo(note.id)!.bytes)).toEqual(Buffer.from(png));
    const audit = (db.prepare("SELECT user_name, action, target, detail FROM audit").all() as { detail: string }[]).map((r) => ({ ...r, detail: decodeAuditDetail(r.detail) }));
    expect(audit).toEqual([
      {
        user_name: user.name,
        action: "note",
        target: assetId,
        detail: {
          text: 'Note on "Pumpa P1" (photo: image/png): Zamenjen ležaj',
          worded: { code: "note", params: { target: "Pumpa P1", photo: "image/png", text: "Zamenjen ležaj" } },
        },
      },
    ]);
  });

  it("reads an alarm note's delivery from its comment's outbox row as that row moves on", () => {
    const { db, notes, outbox } = store();
    const note = notes.add({ assetId, alarmId, targetLabel: "P1: pressure low", text: "Na terenu", user, photo: null });
    expect(note.delivery).toBe("unsent");
    const row = outbox.record({ endpointId: "nis-water" as EndpointId, kind: "comment", target: alarmId, targetLabel: "P1: pressure low", comment: "Na terenu", payload: {}, user, detail: "Comment" });
    expect(notes.setDelivery(note.id, row.id, null).delivery).toBe("pending");
    outbox.claim(row.id);
    expect(notes.get(note.id)!.delivery).toBe("pending");
    outbox.settle(row.id, "conflict", { serverStatus: "BadNodeIdUnknown", error: "gone" });
    expect(notes.get(note.id)!.delivery).toBe("conflict");
    db.prepare("UPDATE outbox SET status = 'done' WHERE id = ?").run(row.id);
    expect(notes.get(note.id)!.delivery).toBe("sent");
    // Pruned by the outbox retention: the note stays, and says its row was settled.
    db.prepare("DELETE FROM outbox WHERE id = ?").run(row.id);
    expect(notes.get(note.id)!.delivery).toBe("settled");
    const refused = notes.add({ assetId, alarmId, targetLabel: "x", text: "y", user, photo: null });
    expect(notes.setDelivery(refused.id, null, "No retained alarm")).toMatchObject({ delivery: "unsent", deliveryProblem: "No retained alarm" });
  });

  it("lists an asset's notes newest first, before a time, without their photos' bytes", () => {
    const { notes } = store();
    for (const t of [10, 30, 20]) notes.add({ assetId, alarmId: null, targetLabel: "P1", text: `t${t}`, user, photo: null, createdAt: t });
    notes.add({ assetId: "nis-water|ns=1;s=other" as AssetId, alarmId: null, targetLabel: "P2", text: "other", user, photo: null, createdAt: 25 });
    expect(notes.forAsset({ assetId, limit: 10 }).map((n) => n.text)).toEqual(["t30", "t20", "t10"]);
    expect(notes.forAsset({ assetId, before: 30, limit: 1 }).map((n) => n.text)).toEqual(["t20"]);
  });

  it("migration 009 keeps what was there and refuses a note on nothing", () => {
    const { db } = store();
    expect(db.pragma("user_version", { simple: true })).toBeGreaterThanOrEqual(9);
    expect(() => db.prepare("INSERT INTO field_note (created_at, target_label, text, user_name, role) VALUES (1,'x','y','u','r')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO field_note (created_at, asset_id, target_label, text, user_name, role, photo) VALUES (1,'a','x','y','u','r',x'00')").run()).toThrow(/CHECK constraint/);
  });
});
