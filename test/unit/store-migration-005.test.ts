import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { HistorySql } from "../../main/core/store/history-repository";
import { migrate } from "../../main/core/store/migrations/index";
import { openStore } from "../../main/core/store/store";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const state = (id: string, over: Record<string, unknown>) =>
  JSON.stringify({
    id: `sim|${id}`,
    endpointId: "sim",
    conditionId: id,
    assetId: "sim|ns=1;s=pump",
    sourceName: "Crpna stanica Đerdap",
    conditionType: "OffNormalAlarmType",
    conditionName: "PumpFaultAlarm",
    message: "Pump fault: PumpFault is true",
    severity: 500,
    priority: "medium",
    active: true,
    acked: false,
    confirmed: null,
    shelved: false,
    suppressed: false,
    enabled: true,
    retain: true,
    time: 1000,
    activeSince: 1000,
    lastComment: null,
    lastCommentUser: null,
    returned: false,
    branches: 0,
    shelving: null,
    firstTime: 1000,
    ...over,
  });

/** A version-4 store with an asset, three journal rows and two audit rows, closed. */
function version4File(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-m005-"));
  dirs.push(dir);
  const file = path.join(dir, "s.sqlite");
  const db = new Database(file);
  migrate(db, 4);
  db.prepare("INSERT INTO asset (id, endpoint_id, name, service, type, district, lat, lon) VALUES (?,?,?,?,?,?,?,?)").run(
    "sim|ns=1;s=pump", "sim", "Crpna stanica Đerdap", "water", "PumpingStation", "Niška Banja", 43.3, 21.9,
  );
  const j = db.prepare("INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, event_id, state) VALUES (?,?,?,?,?,?)");
  j.run(1001, "sim", "sim|pump", 1000, "aa", state("pump", {}));
  j.run(2001, "sim", "sim|pump", 2000, "bb", state("pump", { acked: true, lastComment: "Čišćenje filtera, ekipa na terenu", lastCommentUser: "supervisor", time: 2000 }));
  j.run(3001, "sim", "sim|lamp", 3000, null, state("lamp", { assetId: null, sourceName: "Lamp 7", conditionName: "LampAlarm", message: "Lamp out", priority: "low", time: 3000 }));
  const a = db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)");
  a.run(1500, "Marko Jovanović", "supervisor", "acknowledge", "sim|pump", 'Acknowledge "Crpna stanica Đerdap: Pump fault" — šalje se ekipa');
  a.run(2500, "Ana Petrović", "operator", "sign-in", "operator", "Signed in (online)");
  db.close();
  return file;
}

describe("migration 005 history search", () => {
  it("keeps every row, adds the folded-text columns empty and the time indexes the search uses", () => {
    const file = version4File();
    const db = new Database(file);
    const before = db.prepare("SELECT seq, received_at, alarm_id, event_time, event_id, state FROM alarm_journal ORDER BY seq").all();
    const auditBefore = db.prepare("SELECT seq, at, user_name, role, action, target, detail FROM audit ORDER BY seq").all();
    migrate(db, 5);
    expect(db.pragma("user_version", { simple: true })).toBe(5);
    expect(db.prepare("SELECT seq, received_at, alarm_id, event_time, event_id, state FROM alarm_journal ORDER BY seq").all()).toEqual(before);
    expect(db.prepare("SELECT seq, at, user_name, role, action, target, detail FROM audit ORDER BY seq").all()).toEqual(auditBefore);
    // Folded later by the worker, so the upgrade does not read the whole journal.
    expect(db.prepare("SELECT COUNT(*) FROM alarm_journal WHERE search IS NULL").pluck().get()).toBe(3);
    expect(db.prepare("SELECT COUNT(*) FROM audit WHERE search IS NULL").pluck().get()).toBe(2);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(["alarm_journal_time", "audit_at", "alarm_journal_unfolded", "audit_unfolded"]));
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join("; ");
    expect(plan("SELECT seq FROM alarm_journal WHERE event_time >= 1 AND event_time <= 2 ORDER BY event_time DESC, seq DESC LIMIT 10")).toMatch(/alarm_journal_time/);
    expect(plan("SELECT seq FROM audit WHERE at >= 1 AND at <= 2 ORDER BY at DESC, seq DESC LIMIT 10")).toMatch(/audit_at/);
    expect(plan("SELECT seq FROM alarm_journal WHERE search IS NULL ORDER BY seq LIMIT 10")).toMatch(/alarm_journal_unfolded/);
    // Code that knows nothing of the column still writes rows.
    db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (1,'x','y','z','t','d')").run();
    db.close();
  });

  it("the migrated rows are found through the store: diacritics, case, filters, and folded on first search", async () => {
    const file = version4File();
    const store = await openStore({ file });
    try {
      const all = { from: 0, to: 10_000, limit: 100 };
      const seqs = async (q: Record<string, unknown>) => {
        const r = await store.history.search({ ...all, ...q });
        return [...r.alarms.map((x) => `j${x.seq}`), ...r.audit.map((x) => `a${x.seq}`)];
      };
      expect(await seqs({})).toEqual(["j3", "j2", "j1", "a2", "a1"]);
      // đ reads as dj, č ć š ž without their marks, any case, in the source name, comment, user and detail.
      expect(await seqs({ text: "DJERDAP" })).toEqual(["j2", "j1", "a1"]);
      expect(await seqs({ text: "ciscenje" })).toEqual(["j2"]);
      expect(await seqs({ text: "Čišćenje ekipa" })).toEqual(["j2"]);
      expect(await seqs({ text: "salje" })).toEqual(["a1"]);
      expect(await seqs({ text: "petrovic" })).toEqual(["a2"]);
      expect(await seqs({ text: "Ђердап" })).toEqual(["j2", "j1", "a1"]);
      expect(await seqs({ text: "100%" })).toEqual([]);
      // Service and district come from the stored asset model; the audit row through the alarm it names.
      expect(await seqs({ services: ["water"] })).toEqual(["j2", "j1", "a1"]);
      expect(await seqs({ districts: ["Niška Banja"], kinds: ["audit"] })).toEqual(["a1"]);
      expect(await seqs({ priorities: ["low"] })).toEqual(["j3"]);
      expect(await seqs({ user: "jovanovic" })).toEqual(["a1"]);
      expect(await seqs({ user: "SUPERVISOR", kinds: ["alarm"] })).toEqual(["j2"]);
      expect(await seqs({ assetId: "sim|ns=1;s=pump" })).toEqual(["j2", "j1", "a1"]);
      expect(await seqs({ from: 1500, to: 2500 })).toEqual(["j2", "a2", "a1"]);
      const found = await store.history.search({ ...all, text: "djerdap", kinds: ["audit"] });
      expect(found.audit[0]).toMatchObject({ service: "water", district: "Niška Banja", targetState: { sourceName: "Crpna stanica Đerdap" } });
    } finally {
      await store.close();
    }
    const db = new Database(file);
    expect(db.prepare("SELECT search FROM alarm_journal WHERE seq = 2").pluck().get()).toMatch(/crpna stanica djerdap.*ciscenje filtera/);
    expect(db.prepare("SELECT COUNT(*) FROM audit WHERE search IS NULL").pluck().get()).toBe(0);
    db.close();
  });

  it("rows not folded yet (a store it cannot write) are still found, folded on the fly", () => {
    const file = version4File();
    const up = new Database(file);
    migrate(up);
    up.close();
    const db = new Database(file, { readonly: true });
    const history = new HistorySql(db);
    expect(history.foldPending()).toBe(0);
    const found = history.search({ from: 0, to: 10_000, limit: 10, text: "djerdap ciscenje" });
    expect(found.alarms.map((r) => r.seq)).toEqual([2]);
    expect(history.search({ from: 0, to: 10_000, limit: 10, text: "šalje" }).audit.map((r) => r.seq)).toEqual([1]);
    db.close();
  });
});
