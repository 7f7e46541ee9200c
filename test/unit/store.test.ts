import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ActionsStore } from "../../main/core/store/actions-store";
import { openStore } from "../../main/core/store/database";
import { LastValueStore } from "../../main/core/store/last-values";
import { SCHEMA_VERSION } from "../../main/core/store/migrations";
import { ModelStore } from "../../main/core/store/model-store";
import { A, E, T } from "./fixtures/ids";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-store-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("SQLite store", () => {
  it("creates the file with WAL, synchronous FULL and the current schema version", () => {
    const { db, notices } = openStore(path.join(dir, "s.sqlite"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(2);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(notices).toEqual([]);
    db.close();
  });

  it("sets a corrupt file aside, reports it, and starts a fresh store", () => {
    const file = path.join(dir, "s.sqlite");
    fs.writeFileSync(file, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4096, 0x5a)]));
    const { db, notices } = openStore(file);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("moved to");
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith("s.sqlite.corrupt-"));
    expect(aside.length).toBeGreaterThan(0);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("refuses a store from a newer build instead of setting it aside", () => {
    const file = path.join(dir, "s.sqlite");
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openStore(file)).toThrow(/newer than this build/);
    expect(fs.existsSync(file)).toBe(true);
  });

  it("keeps last values across reopen, loaded as stale", () => {
    const file = path.join(dir, "s.sqlite");
    const first = openStore(file);
    const models = new ModelStore(first.db);
    models.replaceEndpoint(
      E("ep"),
      [
        {
          id: A("ep|a1"),
          endpointId: E("ep"),
          name: "Pump 1",
          service: "water",
          type: "PumpingStation",
          district: "Medijana",
          lat: 43.32,
          lon: 21.9,
          tags: [{ id: T("ep|t1"), assetId: A("ep|a1"), name: "Pressure", unit: "bar", range: { low: 0, high: 10 } }],
        },
      ],
      new Map([[T("ep|t1"), "ns=1;s=t1"]]),
    );
    new LastValueStore(first.db).write([{ id: T("ep|t1"), value: 4.2, quality: "good", sourceTime: 1000, stale: false }]);
    first.db.close();

    const second = openStore(file);
    const { assets, nodeIds } = new ModelStore(second.db).load();
    expect(assets[0]?.tags[0]?.range).toEqual({ low: 0, high: 10 });
    expect(nodeIds.get("ep|t1")).toBe("ns=1;s=t1");
    expect(new LastValueStore(second.db).loadAll()).toEqual([
      { id: "ep|t1", value: 4.2, quality: "good", sourceTime: 1000, stale: true },
    ]);
    second.db.close();
  });

  it("writes the outbox row and the audit row together", () => {
    const { db } = openStore(path.join(dir, "s.sqlite"));
    const actions = new ActionsStore(db);
    const id = actions.record({
      endpointId: "ep",
      kind: "acknowledge",
      target: "ep|cond",
      payload: { comment: "x" },
      user: { name: "Ana", role: "supervisor" },
      detail: "Acknowledge cond",
    });
    expect(actions.pending("ep").map((r) => r.id)).toEqual([id]);
    expect(actions.audit()[0]).toMatchObject({ userName: "Ana", role: "supervisor", action: "acknowledge" });
    actions.settle(id, "done", null);
    expect(actions.pending("ep")).toEqual([]);
    expect(actions.get(id)?.status).toBe("done");
    db.close();
  });
});
