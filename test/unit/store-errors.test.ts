/**
 * Typed failures: a file the store may not write, a full disk, a file moved away under it, a
 * dead worker. Each reaches the caller as a StoreError of the right kind, storage faults also
 * reach onError, and none of them throws into the core.
 */
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, StoreError, type Store } from "../../main/core/store/store";
import { toStoreError } from "../../main/core/store/store-error";
import type { WorkerChannel } from "../../main/core/store/worker-channel";
import { T } from "./fixtures/ids";

let dir: string;
let file: string;
const undo: (() => void)[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-store-errors-"));
  file = path.join(dir, "s.sqlite");
});
afterEach(() => {
  for (const u of undo.splice(0).reverse()) u();
  fs.rmSync(dir, { recursive: true, force: true });
});

const value = { id: T("nis|t1"), value: 1, quality: "good" as const, sourceTime: 1, stale: false };

/** chmod does not stop root; the immutable attribute does, where the file system has it. */
function makeReadOnly(target: string, { chmod = true } = {}): boolean {
  if (chmod) {
    fs.chmodSync(target, 0o444);
    undo.push(() => fs.chmodSync(target, 0o644));
    if (process.getuid?.() !== 0) return true;
  }
  try {
    execFileSync("chattr", ["+i", target], { stdio: "ignore" });
    undo.push(() => execFileSync("chattr", ["-i", target], { stdio: "ignore" }));
    return true;
  } catch {
    return false;
  }
}

const errorsOf = (store: Store) => {
  const seen: StoreError[] = [];
  store.onError((e) => seen.push(e));
  return seen;
};

describe("store errors", () => {
  it("refuses a file it may not write with kind read-only, and leaves the file where it is", async (ctx) => {
    const store = await openStore({ file });
    await store.lastValues.write([value]);
    await store.close();
    if (!makeReadOnly(file)) ctx.skip();
    const err = await openStore({ file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ kind: "read-only" });
    expect(fs.readdirSync(dir).filter((f) => f.includes(".corrupt-"))).toEqual([]);
  });

  it("answers a write that fails on disk through the promise and onError, and keeps answering", async (ctx) => {
    const store = await openStore({ file });
    const seen = errorsOf(store);
    await store.lastValues.write([value]);
    // The WAL file is already open, so only the immutable attribute (root) makes the next write fail.
    if (!makeReadOnly(`${file}-wal`, { chmod: false })) {
      await store.close();
      ctx.skip();
    }
    const err = await store.lastValues.write([value]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ kind: "io", code: "SQLITE_IOERR_WRITE" });
    expect(seen).toEqual([err]);
    expect(await store.outbox.list({ limit: 1 })).toEqual([]);
    for (const u of undo.splice(0).reverse()) u();
    await store.close();
  });

  it("maps SQLite's full disk to kind disk-full", () => {
    const db = new Database(path.join(dir, "tiny.sqlite"));
    db.exec("CREATE TABLE t (x TEXT)");
    db.pragma("max_page_count = 3");
    let caught: unknown;
    try {
      db.prepare("INSERT INTO t VALUES (?)").run("x".repeat(100_000));
    } catch (e) {
      caught = e;
    }
    db.close();
    expect(toStoreError(caught)).toMatchObject({ kind: "disk-full", code: "SQLITE_FULL" });
  });

  it("does not report a refused transition as a storage fault", async () => {
    const store = await openStore({ file });
    const seen = errorsOf(store);
    await expect(store.outbox.settle(99, "done", { serverStatus: null, error: null })).rejects.toMatchObject({ kind: "invalid-state" });
    expect(seen).toEqual([]);
    await store.close();
  });

  it("turns a dead worker into io errors for every waiting and later request, reported once", async () => {
    const store = await openStore({ file });
    const seen = errorsOf(store);
    const channel = (store as unknown as { channel: WorkerChannel }).channel;
    const waiting = store.lastValues.write(Array.from({ length: 20_000 }, (_, i) => ({ ...value, id: T(`nis|t${i}`) })));
    await channel.worker.terminate();
    await expect(waiting).rejects.toMatchObject({ kind: "io" });
    await expect(store.outbox.list({ limit: 1 })).rejects.toMatchObject({ kind: "io" });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.message).toMatch(/local store is unavailable/);
    await store.close();
  });
});
