import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type OutboxRecord, type Store } from "../../main/core/store/store";
import { E } from "./fixtures/ids";

let dir: string;
let file: string;
let store: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-store-outbox-"));
  file = path.join(dir, "s.sqlite");
  store = await openStore({ file });
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ack = (over: Partial<OutboxRecord> = {}): OutboxRecord => ({
  endpointId: E("nis"),
  kind: "acknowledge",
  target: "nis|ns=2;s=Pump1.PressureLow",
  targetLabel: "Pumpna stanica Centar 1: pressure low",
  comment: "crew on the way",
  payload: { eventId: "0a0b", comment: "crew on the way" },
  user: { name: "Ana", role: "supervisor" },
  detail: 'Acknowledge "Pumpna stanica Centar 1: pressure low" — crew on the way',
  ...over,
});

const person = { name: "Marko", role: "supervisor" };

describe("outbox", () => {
  it("records every field a window shows, with the person's role", async () => {
    const row = await store.outbox.record(ack());
    expect(row).toMatchObject({
      endpointId: "nis",
      kind: "acknowledge",
      targetLabel: "Pumpna stanica Centar 1: pressure low",
      comment: "crew on the way",
      userName: "Ana",
      role: "supervisor",
      status: "pending",
      attempts: 0,
      serverStatus: null,
      error: null,
      resolution: null,
    });
    expect(JSON.parse(row.payload)).toEqual({ eventId: "0a0b", comment: "crew on the way" });
  });

  it("writes the outbox row and its audit row in one transaction: a failed audit leaves no action", async () => {
    // audit.detail is NOT NULL: the second insert of the transaction fails.
    const err = await store.outbox.record(ack({ detail: null as unknown as string })).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "StoreError" });
    expect(await store.outbox.list({ limit: 10 })).toEqual([]);
    expect(await store.audit.list()).toEqual([]);
    // and the worker is still answering
    await store.outbox.record(ack());
    expect(await store.audit.list()).toHaveLength(1);
  });

  it("lets exactly one of two racing claims win", async () => {
    const { id } = await store.outbox.record(ack());
    const results = await Promise.all([store.outbox.claim(id), store.outbox.claim(id)]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(results.find((r) => r)?.status).toBe("sending");
    expect((await store.outbox.get(id))?.attempts).toBe(1);
  });

  it("moves a row only along the allowed transitions, with a typed refusal otherwise", async () => {
    const { id } = await store.outbox.record(ack());
    await expect(store.outbox.settle(id, "done", { serverStatus: "Good", error: null })).rejects.toMatchObject({ kind: "invalid-state" });
    await store.outbox.claim(id);
    const released = await store.outbox.release(id, 'Endpoint "nis": connection lost');
    expect(released).toMatchObject({ status: "pending", error: 'Endpoint "nis": connection lost' });
    await store.outbox.claim(id);
    const conflict = await store.outbox.settle(id, "conflict", { serverStatus: "BadEventIdUnknown", error: "The alarm changed" });
    expect(conflict).toMatchObject({ status: "conflict", attempts: 2, serverStatus: "BadEventIdUnknown" });
    await expect(store.outbox.claim(id)).resolves.toBeNull();
    await expect(store.outbox.release(id, "x")).rejects.toMatchObject({ kind: "invalid-state" });

    const retried = await store.outbox.retry(id, { eventId: "0c0d" }, person, "Retry acknowledge on the current state");
    expect(retried).toMatchObject({ status: "pending", serverStatus: null, error: null, resolution: "Retried by Marko" });
    expect(JSON.parse(retried.payload)).toEqual({ eventId: "0c0d" });
    expect((await store.audit.list(1))[0]).toMatchObject({ userName: "Marko", detail: "Retry acknowledge on the current state" });

    const discarded = await store.outbox.discard(id, "operator handled it on site", person);
    expect(discarded).toMatchObject({ status: "discarded", resolution: "Discarded by Marko: operator handled it on site" });
    expect((await store.audit.list(1))[0]).toMatchObject({ action: "discard", userName: "Marko" });
    await expect(store.outbox.discard(id, "again", person)).rejects.toMatchObject({ kind: "invalid-state" });
    await expect(store.outbox.retry(id, {}, person, "x")).rejects.toMatchObject({ kind: "invalid-state" });
  });

  it("finds the open row for a kind and target, and lists pending in id order and all newest first", async () => {
    const a = await store.outbox.record(ack());
    const b = await store.outbox.record(ack({ target: "nis|other" }));
    const c = await store.outbox.record(ack({ endpointId: E("elsewhere"), target: "elsewhere|x" }));
    expect((await store.outbox.openFor("acknowledge", a.target))?.id).toBe(a.id);
    await store.outbox.claim(a.id);
    expect((await store.outbox.openFor("acknowledge", a.target))?.id).toBe(a.id);
    await store.outbox.settle(a.id, "done", { serverStatus: "Good", error: null });
    expect(await store.outbox.openFor("acknowledge", a.target)).toBeNull();
    expect(await store.outbox.openFor("confirm", b.target)).toBeNull();

    expect((await store.outbox.pending(E("nis"))).map((r) => r.id)).toEqual([b.id]);
    expect((await store.outbox.list({ limit: 10 })).map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect((await store.outbox.list({ statuses: ["done"], limit: 10 })).map((r) => r.id)).toEqual([a.id]);
    expect(await store.outbox.list({ limit: 1 })).toHaveLength(1);
  });

  it("puts a row left in sending by a crash back to pending on the next open", async () => {
    const { id } = await store.outbox.record(ack());
    await store.outbox.claim(id);
    await store.close();
    store = await openStore({ file });
    expect(await store.outbox.get(id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await store.outbox.pending(E("nis"))).map((r) => r.id)).toEqual([id]);
  });

  it("keeps its data in the file, readable by a second connection", async () => {
    await store.outbox.record(ack());
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare("SELECT status, role, target_label FROM outbox").get()).toEqual({
      status: "pending",
      role: "supervisor",
      target_label: "Pumpna stanica Centar 1: pressure low",
    });
    raw.close();
  });
});
