import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assetId, endpointId } from "../../contract/ids";
import type { EngineeredAssetDraft } from "../../main/core/store/engineered-model-repository";
import { migrate } from "../../main/core/store/migrations/index";
import { openStore } from "../../main/core/store/store";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A version-5 store with a discovered asset and an audit row, closed. */
function version5File(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-m006-"));
  dirs.push(dir);
  const file = path.join(dir, "s.sqlite");
  const db = new Database(file);
  migrate(db, 5);
  db.prepare("INSERT INTO asset (id, endpoint_id, name, service, type, district, lat, lon) VALUES (?,?,?,?,?,?,?,?)").run(
    "sim|ns=1;s=pump", "sim", "Crpna stanica Đerdap", "water", "PumpingStation", "Niška Banja", 43.3, 21.9,
  );
  db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)").run(1, "Ana", "operator", "sign-in", "operator", "Signed in");
  db.close();
  return file;
}

const EP = endpointId("foreign");
const jelena = { name: "Jelena Ilić", role: "engineer" };
const draft = (over: Partial<EngineeredAssetDraft> = {}): EngineeredAssetDraft => ({
  id: assetId(EP, "ns=1;s=PS_Medosevac"),
  endpointId: EP,
  nodeId: "ns=1;s=PS_Medosevac",
  externalId: "PS-01",
  name: "PS Medoševac",
  service: "water",
  type: "PumpingStation",
  district: "Crveni Krst",
  lat: 43.34,
  lon: 21.88,
  tags: [
    { nodeId: "ns=1;s=PS_Medosevac.Pressure", name: "Pressure", unit: "bar", range: { low: 0, high: 10 }, metadataFrom: "server" },
    { nodeId: "ns=1;i=5001", name: "Flow", unit: "m³/h", range: null, metadataFrom: "engineer" },
  ],
  ...over,
});

describe("migration 006 engineered model", () => {
  it("keeps every row and adds the engineered model's tables, empty", () => {
    const db = new Database(version5File());
    const assets = db.prepare("SELECT * FROM asset").all();
    const audit = db.prepare("SELECT seq, at, user_name, action FROM audit").all();
    migrate(db, 6);
    expect(db.pragma("user_version", { simple: true })).toBe(6);
    expect(db.prepare("SELECT * FROM asset").all()).toEqual(assets);
    expect(db.prepare("SELECT seq, at, user_name, action FROM audit").all()).toEqual(audit);
    for (const table of ["engineered_asset", "engineered_tag", "model_version"]) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    // One asset per tag node, per endpoint, held by the schema as well as by the code.
    db.prepare("INSERT INTO engineered_asset VALUES ('e|a','e','a',NULL,'A','water','','',0,0,1,0,'x'), ('e|b','e','b',NULL,'B','water','','',0,0,1,0,'x')").run();
    db.prepare("INSERT INTO engineered_tag VALUES ('e|a','e',0,'t','T',NULL,NULL,NULL,'server')").run();
    expect(() => db.prepare("INSERT INTO engineered_tag VALUES ('e|b','e',0,'t','T',NULL,NULL,NULL,'server')").run()).toThrow(/UNIQUE/);
    db.close();
  });

  it("saves, versions, audits and deletes through the store, and refuses a stale edit or a tag taken", async () => {
    const file = version5File();
    let store = await openStore({ file });
    try {
      const created = await store.engineered.save(draft(), { person: jelena });
      expect(created).toMatchObject({ ok: true, version: { version: 1, action: "save", userName: "Jelena Ilić", summary: "created with 2 tags" } });
      if (!created.ok) throw new Error("not saved");
      expect(created.asset).toMatchObject({ version: 1, updatedBy: "Jelena Ilić", externalId: "PS-01", tags: [{ name: "Pressure", range: { low: 0, high: 10 } }, { name: "Flow", range: null }] });

      const renamed = await store.engineered.save(draft({ name: "Crpna stanica Medoševac", tags: draft().tags.slice(0, 1) }), { person: jelena, baseVersion: 1 });
      expect(renamed).toMatchObject({ ok: true, version: { version: 2, summary: 'name "PS Medoševac" → "Crpna stanica Medoševac"; tags −Flow' } });
      // Someone edited version 1 meanwhile: refused, naming who changed it.
      expect(await store.engineered.save(draft(), { person: { name: "Other", role: "engineer" }, baseVersion: 1 })).toMatchObject({
        ok: false,
        reason: "changed-meanwhile",
        version: 2,
        updatedBy: "Jelena Ilić",
      });
      const other = draft({ id: assetId(EP, "ns=1;s=Other"), nodeId: "ns=1;s=Other", name: "Other", tags: draft().tags.slice(0, 1) });
      expect(await store.engineered.save(other, { person: jelena })).toMatchObject({ ok: false, reason: "tag-taken", nodeId: "ns=1;s=PS_Medosevac.Pressure", assetName: "Crpna stanica Medoševac" });
      expect(await store.engineered.delete(assetId(EP, "ns=1;s=Nothing"), { person: jelena })).toEqual({ ok: false, reason: "not-found" });
    } finally {
      await store.close();
    }

    // A restart keeps the model and its history.
    store = await openStore({ file });
    try {
      const [asset] = await store.engineered.load();
      expect(asset).toMatchObject({ name: "Crpna stanica Medoševac", version: 2, tags: [{ nodeId: "ns=1;s=PS_Medosevac.Pressure", unit: "bar", metadataFrom: "server" }] });
      const deleted = await store.engineered.delete(asset!.id, { person: jelena, baseVersion: 2 });
      expect(deleted).toMatchObject({ ok: true, version: { version: 3, action: "delete", summary: "deleted (had 1 tag)" } });
      expect(await store.engineered.load()).toEqual([]);
      expect((await store.engineered.versions({ limit: 10 })).map((v) => `${v.version}:${v.action}:${v.userName}`)).toEqual([
        "3:delete:Jelena Ilić",
        "2:save:Jelena Ilić",
        "1:save:Jelena Ilić",
      ]);
      expect((await store.engineered.versions({ limit: 10, before: 3, assetId: asset!.id })).map((v) => v.version)).toEqual([2, 1]);
      const audit = (await store.audit.list(10)).filter((r) => r.action.startsWith("model-asset"));
      expect(audit.map((r) => `${r.action}:${r.userName}:${r.role}`)).toEqual([
        "model-asset-delete:Jelena Ilić:engineer",
        "model-asset-save:Jelena Ilić:engineer",
        "model-asset-save:Jelena Ilić:engineer",
      ]);
      expect(audit[0]!.detail).toMatch(/deleted as model version 3/);
    } finally {
      await store.close();
    }
    // The versions keep the asset before and after each change.
    const db = new Database(file, { readonly: true });
    const v2 = db.prepare("SELECT before, after FROM model_version WHERE version = 2").get() as { before: string; after: string };
    expect(JSON.parse(v2.before)).toMatchObject({ name: "PS Medoševac", tags: [{}, {}] });
    expect(JSON.parse(v2.after)).toMatchObject({ name: "Crpna stanica Medoševac", tags: [{}] });
    db.close();
  });
});
