import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeStartNotice } from "../../contract/start-notice";
import { SCHEMA_VERSION } from "../../main/core/store/migrations/index";
import { openStore, StoreError } from "../../main/core/store/store";
import { A, E, T } from "./fixtures/ids";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-store-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Reads pragmas the way a support engineer would: a second connection on the same file. */
function pragmas(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return { journalMode: db.pragma("journal_mode", { simple: true }), userVersion: db.pragma("user_version", { simple: true }) };
  } finally {
    db.close();
  }
}

describe("SQLite store (worker)", () => {
  it("creates the file with WAL, synchronous FULL and the current schema version", async () => {
    const file = path.join(dir, "s.sqlite");
    const store = await openStore({ file });
    expect(store.notices).toEqual([]);
    expect(await store.diagnostics()).toEqual({ journalMode: "wal", synchronous: 2, userVersion: SCHEMA_VERSION });
    await store.close();
    expect(pragmas(file)).toEqual({ journalMode: "wal", userVersion: SCHEMA_VERSION });
  });

  it("sets a corrupt file aside, reports it, and starts a fresh store", async () => {
    const file = path.join(dir, "s.sqlite");
    fs.writeFileSync(file, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4096, 0x5a)]));
    const store = await openStore({ file });
    expect(store.notices).toHaveLength(1);
    expect(decodeStartNotice(store.notices[0]!).text).toContain("moved to");
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith("s.sqlite.corrupt-"));
    expect(aside.length).toBeGreaterThan(0);
    await store.close();
    expect(pragmas(file).userVersion).toBe(SCHEMA_VERSION);
  });

  it("refuses a store from a newer build instead of setting it aside", async () => {
    const file = path.join(dir, "s.sqlite");
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const err = await openStore({ file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ kind: "newer-schema" });
    expect((err as Error).message).toMatch(/newer than this build/);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".corrupt-"))).toEqual([]);
  });

  it("keeps the model and last values across reopen, values loaded as stale", async () => {
    const file = path.join(dir, "s.sqlite");
    const first = await openStore({ file });
    await first.models.replaceEndpoint(
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
    expect(await first.lastValues.write([{ id: T("ep|t1"), value: 4.2, quality: "good", sourceTime: 1000, stale: false }])).toBe(1);
    await first.close();

    const second = await openStore({ file });
    const { assets, nodeIds } = await second.models.load();
    expect(assets[0]?.tags[0]?.range).toEqual({ low: 0, high: 10 });
    expect(nodeIds.get(T("ep|t1"))).toBe("ns=1;s=t1");
    expect(await second.lastValues.loadAll()).toEqual([{ id: "ep|t1", value: 4.2, quality: "good", sourceTime: 1000, stale: true }]);
    await second.close();
  });

  it("writes the outbox row and the audit row together", async () => {
    const store = await openStore({ file: path.join(dir, "s.sqlite") });
    const row = await store.outbox.record({
      endpointId: E("ep"),
      kind: "acknowledge",
      target: "ep|cond",
      targetLabel: "Pump 1: pressure low",
      comment: "x",
      payload: { comment: "x" },
      user: { name: "Ana", role: "supervisor" },
      detail: "Acknowledge cond",
    });
    expect((await store.outbox.pending(E("ep"))).map((r) => r.id)).toEqual([row.id]);
    expect((await store.audit.list())[0]).toMatchObject({ userName: "Ana", role: "supervisor", action: "acknowledge" });
    expect(await store.outbox.claim(row.id)).toMatchObject({ status: "sending", attempts: 1 });
    await store.outbox.settle(row.id, "done", { serverStatus: "Good", error: null });
    expect(await store.outbox.pending(E("ep"))).toEqual([]);
    expect((await store.outbox.get(row.id))?.status).toBe("done");
    await store.close();
  });

  it("loads better-sqlite3 from the nativeBinding it is given, in the worker", async () => {
    const file = path.join(dir, "s.sqlite");
    const nativeBinding = fileURLToPath(new URL("../../node_modules/better-sqlite3/build/Release/better_sqlite3.node", import.meta.url));
    const store = await openStore({ file, nativeBinding });
    expect((await store.diagnostics()).journalMode).toBe("wal");
    await store.close();
    const err = await openStore({ file, nativeBinding: path.join(dir, "missing.node") }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "StoreError", kind: "io" });
    expect((err as Error).message).toContain("missing.node");
  });
});
