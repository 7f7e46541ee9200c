/**
 * The action service with a real SQLite store and the real acknowledge entry, with no server
 * reachable: the role check is the core's own, the same request is never queued twice, and a
 * person can discard what waits. (Sending and server refusals: test/integration/core/actions.)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OutboxEntry } from "../../contract/api";
import { acknowledgeAction } from "../../main/core/actions/acknowledge";
import { ActionService } from "../../main/core/actions/action-service";
import { OutboxExecutor } from "../../main/core/actions/outbox-executor";
import { commentAction, confirmAction } from "../../main/core/actions/event-quoting-actions";
import { ActionRegistry, type AnyActionDefinition } from "../../main/core/actions/registry";
import { enablementAction, shelveAction, unshelveAction } from "../../main/core/actions/shelving-actions";
import { AlarmBook } from "../../main/core/alarms/alarm-book";
import type { ConditionEvent } from "../../main/core/alarms/alarm-events";
import { CoreError } from "../../main/core/rpc/core-error";
import { parseSiteConfig } from "../../main/core/sites/site-config";
import { openStore, type Store } from "../../main/core/store/store";
import { conditionEvent } from "./fixtures/condition-event";
import { AL, E } from "./fixtures/ids";

const PERMISSIONS = parseSiteConfig(
  {
    id: "t",
    name: "t",
    centre: { lat: 43.32, lon: 21.9 },
    services: ["water"],
    user: { name: "Ana", role: "operator" },
    endpoints: [{ id: "ep", url: "opc.tcp://127.0.0.1:1" }],
  },
  "test",
).permissions;

function event(conditionId: string, over: Partial<ConditionEvent> = {}): ConditionEvent {
  return conditionEvent({
    eventId: Buffer.from("0a0b", "hex"),
    sourceNode: "ns=1;s=pump",
    sourceName: "Pumpna stanica Centar",
    message: "Pritisak nizak",
    conditionId,
    conditionName: "LowPressure",
    ...over,
  });
}

let dir: string;
let store: Store;
let changes: OutboxEntry[];
let service: ActionService;
const ALARM = AL("ep|ns=1;s=pump.Low");

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-actions-"));
  store = await openStore({ file: path.join(dir, "s.sqlite") });
  const book = new AlarmBook(() => null);
  book.apply(E("ep"), event("ns=1;s=pump.Low"));
  book.apply(E("ep"), event("ns=1;s=pump.High", { acked: true }));
  const registry = new ActionRegistry();
  for (const entry of [acknowledgeAction(book), confirmAction(book), commentAction(book), shelveAction(book), unshelveAction(book)]) {
    registry.register(entry as AnyActionDefinition);
  }
  registry.register(enablementAction(book, true));
  registry.register(enablementAction(book, false));
  changes = [];
  const changed = (row: { id: number; status: OutboxEntry["status"] }) => changes.push(row as OutboxEntry);
  const executor = new OutboxExecutor(store.outbox, registry, { sessionFor: () => null, changed, mayReplay: () => true });
  service = new ActionService(PERMISSIONS, registry, store.outbox, executor, changed);
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("action service", () => {
  it("refuses a role without permission before anything is stored", async () => {
    const refused = await service
      .request("acknowledge", { alarmId: ALARM, comment: "" }, { name: "Marko", role: "maintenance" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CoreError);
    expect((refused as CoreError).code).toBe("forbidden");
    expect((refused as CoreError).message).toContain("Marko (maintenance)");
    expect(await store.outbox.list({ limit: 10 })).toEqual([]);
    expect(await store.audit.list()).toEqual([]);
  });

  it("each kind is refused to a role the site does not allow, by the core itself", async () => {
    const operator = { name: "Ana", role: "operator" };
    const maintenance = { name: "Marko", role: "maintenance" };
    const refusals = [
      service.request("confirm", { alarmId: ALARM, comment: "" }, operator),
      service.request("shelve", { alarmId: ALARM, kind: "one-shot", reason: "r" }, operator),
      service.request("unshelve", { alarmId: ALARM }, operator),
      service.request("disable", { alarmId: ALARM, reason: "r" }, operator),
      service.request("enable", { alarmId: ALARM, reason: "r" }, operator),
      service.request("acknowledge", { alarmId: ALARM, comment: "" }, maintenance),
    ];
    for (const refused of refusals) await expect(refused).rejects.toMatchObject({ code: "forbidden" });
    // Anyone on the site may comment, maintenance included.
    expect((await service.request("comment", { alarmId: ALARM, comment: "note" }, maintenance)).status).toBe("pending");
    expect(await store.outbox.list({ limit: 10 })).toHaveLength(1);
  });

  it("two different comments on one alarm are two actions", async () => {
    const ana = { name: "Ana", role: "operator" };
    const a = await service.request("comment", { alarmId: ALARM, comment: "first" }, ana);
    const b = await service.request("comment", { alarmId: ALARM, comment: "second" }, ana);
    expect(a.outboxId).not.toBe(b.outboxId);
  });

  it("stores an allowed action as pending with its audit row when the endpoint is offline", async () => {
    const result = await service.request("acknowledge", { alarmId: ALARM, comment: "na terenu" }, { name: "Ana", role: "operator" });
    expect(result.status).toBe("pending");
    const [entry] = await service.list({ limit: 10 });
    expect(entry).toMatchObject({ kind: "acknowledge", target: ALARM, comment: "na terenu", userName: "Ana", role: "operator", status: "pending" });
    expect(entry!.targetLabel).toBe("Pumpna stanica Centar: Pritisak nizak");
    expect(entry).not.toHaveProperty("payload");
    expect((await store.audit.list())[0]).toMatchObject({ userName: "Ana", action: "acknowledge" });
    expect(changes.map((c) => c.status)).toEqual(["pending"]);
  });

  it("never queues the same action on the same alarm twice", async () => {
    const ana = { name: "Ana", role: "operator" };
    const first = await service.request("acknowledge", { alarmId: ALARM, comment: "" }, ana);
    const again = await service.request("acknowledge", { alarmId: ALARM, comment: "još jednom" }, ana);
    expect(again.outboxId).toBe(first.outboxId);
    expect(await store.outbox.list({ limit: 10 })).toHaveLength(1);
  });

  it("two requests arriving together still make one row", async () => {
    const ana = { name: "Ana", role: "operator" };
    const results = await Promise.all([1, 2, 3].map(() => service.request("acknowledge", { alarmId: ALARM, comment: "" }, ana)));
    expect(new Set(results.map((r) => r.outboxId)).size).toBe(1);
    expect(await store.outbox.list({ limit: 10 })).toHaveLength(1);
  });

  it("refuses an acknowledged or unknown alarm with a sentence a person can read", async () => {
    const ana = { name: "Ana", role: "operator" };
    await expect(service.request("acknowledge", { alarmId: AL("ep|ns=1;s=pump.High"), comment: "" }, ana)).rejects.toThrow(/already acknowledged/);
    await expect(service.request("acknowledge", { alarmId: AL("ep|ns=1;s=gone"), comment: "" }, ana)).rejects.toThrow(/No retained alarm/);
  });

  it("lets a person discard a waiting action with a reason, and only once", async () => {
    const ana = { name: "Ana", role: "operator" };
    const { outboxId } = await service.request("acknowledge", { alarmId: ALARM, comment: "" }, ana);
    const discarded = await service.discard(outboxId, "already handled by phone", ana);
    expect(discarded).toMatchObject({ status: "discarded", resolution: expect.stringContaining("already handled by phone") });
    expect((await store.audit.list())[0]).toMatchObject({ userName: "Ana" });
    await expect(service.discard(outboxId, "again", ana)).rejects.toThrow(/discarded/);
    // Once discarded it is no longer waiting: the same action may be asked again.
    expect((await service.request("acknowledge", { alarmId: ALARM, comment: "" }, ana)).outboxId).not.toBe(outboxId);
    // Only a conflicted or failed action can be retried.
    await expect(service.retry(outboxId, ana)).rejects.toThrow(/only a conflicted or failed/);
  });
});
