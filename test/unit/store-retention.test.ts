import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { OutboxStatus } from "../../contract/api";
import { openStore, type Store } from "../../main/core/store/store";
import { alarmState } from "./fixtures/alarm-state";
import { AL, E } from "./fixtures/ids";

const DAY = 86_400_000;
let dir: string;
let file: string;
let store: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-store-retention-"));
  file = path.join(dir, "s.sqlite");
  store = await openStore({ file, retention: { journalDays: 10, outboxDoneDays: 5 } });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Ages rows through a second connection, as if they had been written days ago. */
function age(sql: string, ...params: unknown[]) {
  const raw = new Database(file);
  raw.prepare(sql).run(...params);
  raw.close();
}

it("prunes old journal rows but keeps the latest row of every alarm still retained", async () => {
  await store.journal.append([
    { state: alarmState("nis|old-open"), eventId: "01" },
    { state: alarmState("nis|old-open", { acked: true }), eventId: "02" },
    { state: alarmState("nis|old-closed"), eventId: "03" },
    { state: alarmState("nis|old-closed", { active: false, acked: true, retain: false }), eventId: null },
  ]);
  age("UPDATE alarm_journal SET received_at = received_at - ?", 30 * DAY);
  await store.journal.append([{ state: alarmState("nis|recent"), eventId: "04" }]);

  expect(await store.prune()).toEqual({ journal: 3, outbox: 0 });
  expect((await store.journal.history(AL("nis|old-open"))).map((s) => s.acked)).toEqual([true]);
  expect(await store.journal.history(AL("nis|old-closed"))).toEqual([]);
  expect(await store.journal.history(AL("nis|recent"))).toHaveLength(1);
  expect((await store.journal.latest()).map((r) => r.state.id).sort()).toEqual(["nis|old-open", "nis|recent"]);
});

it("prunes only settled outbox rows (done, discarded) older than their retention", async () => {
  const person = { name: "Ana", role: "supervisor" };
  const ids: Record<string, number> = {};
  const make = async (name: string, to: OutboxStatus) => {
    const row = await store.outbox.record({
      endpointId: E("nis"),
      kind: "acknowledge",
      target: `nis|${name}`,
      targetLabel: name,
      comment: "",
      payload: {},
      user: person,
      detail: name,
    });
    ids[name] = row.id;
    if (to === "pending") return;
    if (to === "discarded") return void (await store.outbox.discard(row.id, "not needed", person));
    await store.outbox.claim(row.id);
    if (to !== "sending") await store.outbox.settle(row.id, to, { serverStatus: null, error: null });
  };
  for (const s of ["pending", "sending", "done", "conflict", "failed", "discarded"] as const) await make(`old-${s}`, s);
  age("UPDATE outbox SET updated_at = updated_at - ?", 6 * DAY);
  await make("recent-done", "done");

  expect(await store.prune()).toEqual({ journal: 0, outbox: 2 });
  const left = (await store.outbox.list({ limit: 100 })).map((r) => r.targetLabel).sort();
  expect(left).toEqual(["old-conflict", "old-failed", "old-pending", "old-sending", "recent-done"]);
  // The audit trail is never pruned.
  expect(await store.audit.list(100)).toHaveLength(8);
});

it("uses the defaults (90 and 30 days) when none are given, and takes the time to prune at", async () => {
  await store.close();
  store = await openStore({ file });
  await store.journal.append([{ state: alarmState("nis|x", { retain: false }), eventId: null }]);
  expect(await store.prune(Date.now() + 89 * DAY)).toEqual({ journal: 0, outbox: 0 });
  expect(await store.prune(Date.now() + 91 * DAY)).toEqual({ journal: 1, outbox: 0 });
});
