/**
 * A full disk (issue #7 item 8) on a real small file system: a 1 MiB tmpfs mounted for the test
 * (root only: CI runs as root; skipped, and said so, where mount is refused). Writes through the
 * store worker until the disk is full: the failing write is refused with kind disk-full and
 * reported through onError (which the core turns into a notice for a person), the refused action
 * leaves neither its outbox row nor its audit row (one transaction), everything answered done
 * before is there, and once space is freed the store writes again with its audit chain intact.
 */
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpointId } from "../../../contract/ids";
import { verifyAuditTable } from "../../../main/core/audit/verify-table";
import { openStore, StoreError, type OutboxRecord } from "../../../main/core/store/store";

const mount = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-disk-full-"));
let mounted = false;
beforeAll(() => {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1M", "tmpfs", mount], { stdio: "ignore" });
    mounted = true;
  } catch {
    mounted = false;
  }
});
afterAll(() => {
  if (mounted) execFileSync("umount", ["-l", mount], { stdio: "ignore" });
  fs.rmSync(mount, { recursive: true, force: true });
});

const action = (n: number): OutboxRecord => ({
  endpointId: endpointId("nis-water"),
  kind: "comment",
  target: `nis-water|ns=2;s=Pumpa${n}`,
  targetLabel: `Pumpa ${n}`,
  comment: "x".repeat(3000),
  payload: { comment: "x".repeat(3000) },
  user: { name: "Ana", role: "supervisor" },
  detail: `Comment ${n}: ${"x".repeat(3000)}`,
});

describe("a full disk under the store", () => {
  it("refuses the write that does not fit as disk-full, tells onError, leaves nothing half-written, and writes again once there is room", async (ctx) => {
    if (!mounted) ctx.skip(); // needs root to mount a small tmpfs
    const file = path.join(mount, "control-room.sqlite");
    const store = await openStore({ file });
    const faults: StoreError[] = [];
    store.onError((e) => faults.push(e));
    // Leave little room beside the store so a few actions fill it.
    const filler = path.join(mount, "filler");
    const free = () => fs.statfsSync(mount).bavail * fs.statfsSync(mount).bsize;
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free() - 400_000)));

    const done: number[] = [];
    let refused: unknown = null;
    for (let n = 0; n < 500 && refused === null; n++) {
      try {
        done.push((await store.outbox.record(action(n))).id);
      } catch (e) {
        refused = e;
      }
    }
    expect(refused).toBeInstanceOf(StoreError);
    expect(refused).toMatchObject({ kind: "disk-full", code: "SQLITE_FULL" });
    expect(faults).toContain(refused);
    // The core's notice for a person quotes this message (composition/control-room.ts, store.onError).
    expect((refused as StoreError).message).toMatch(/disk that holds the local store is full .*nothing of this write was kept: free some space/);
    expect(done.length).toBeGreaterThan(2);

    fs.rmSync(filler);
    const after = await store.outbox.record(action(1000));
    expect(after.id).toBe(done[done.length - 1]! + 1);
    await store.close();

    const db = new Database(file, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    // Every action answered done is there with its audit row; the refused one left neither.
    expect(db.prepare("SELECT id FROM outbox ORDER BY id").pluck().all()).toEqual([...done, after.id]);
    expect(db.prepare("SELECT COUNT(*) FROM audit WHERE action = 'comment'").pluck().get()).toBe(done.length + 1);
    expect(verifyAuditTable(db)).toMatchObject({ ok: true, count: done.length + 1 });
    db.close();
  }, 120_000);
});
