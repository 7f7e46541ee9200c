/**
 * Every Part 9 action of the registry against the real simulator, through the contract as a
 * window calls it: the server's state follows, the server records the session's user, and our
 * audit names the person.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult, AlarmState, CoreToWindowMessage } from "../../../contract/api";
import { bootCore, type BootedCore } from "../../../main/core/boot";
import { waitFor } from "../wait-for";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-alarm-actions-"));
let core: BootedCore;
const alarms: AlarmState[] = [];
const results = new Map<number, CoreToWindowMessage>();
let call: <T>(method: string, args: unknown) => Promise<T>;

beforeAll(async () => {
  core = await bootCore({ dataDir: path.join(dir, "data"), logToStderr: false });
  const link = core.service.connectWindow((m) => {
    if (m.kind === "event" && m.topic === "alarms") alarms.push(...(m.payload as { upserts: AlarmState[] }).upserts);
    else if (m.kind !== "event") results.set(m.id, m);
  });
  let next = 1;
  call = async <T>(method: string, args: unknown): Promise<T> => {
    const id = next++;
    await link.handle({ kind: "call", id, method, args });
    const r = results.get(id)!;
    if (r.kind === "error") throw new Error(`${r.error.code}: ${r.error.message}`);
    return (r as { result: T }).result;
  };
  expect(await core.service.whenConnected(60_000)).toBe(true);
  await call("signIn", { login: "supervisor", password: "supervisor-nis" });
});

afterAll(async () => {
  await core.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The next state the server announced for this alarm that passes `test`. */
const nextState = (id: string, test: (a: AlarmState) => boolean) =>
  waitFor(`the server's event for ${id}`, () => alarms.find((a) => a.id === id && test(a)), 20_000);

describe("Part 9 actions through the registry", () => {
  it("comment, acknowledge, confirm: the server's state follows and records the person", async () => {
    const alarm = await waitFor("an active unacknowledged alarm with Confirm", () =>
      core.service.listAlarms().find((a) => a.active && !a.acked && a.confirmed === false && !a.shelved),
    20_000);
    expect((await call<ActionResult>("commentAlarm", { alarmId: alarm.id, comment: "ekipa krenula" })).status).toBe("done");
    expect(await nextState(alarm.id, (a) => a.lastComment === "ekipa krenula")).toMatchObject({ lastCommentUser: "supervisor" });

    expect((await call<ActionResult>("acknowledgeAlarm", { alarmId: alarm.id, comment: "" })).status).toBe("done");
    await nextState(alarm.id, (a) => a.acked);
    // Waits for the acknowledged state to be known before confirming, as a person would see it.
    await waitFor("the book to know it is acknowledged", () => core.service.listAlarms().find((a) => a.id === alarm.id && a.acked), 20_000);
    expect((await call<ActionResult>("confirmAlarm", { alarmId: alarm.id, comment: "sanirano" })).status).toBe("done");
    await nextState(alarm.id, (a) => a.confirmed === true);
    await expect(call("confirmAlarm", { alarmId: alarm.id, comment: "" })).rejects.toThrow(/already confirmed/);

    const audit = await core.service.audit();
    expect(audit.slice(0, 3).map((r) => [r.action, r.userName])).toEqual([
      ["confirm", "Marko Jovanović"],
      ["acknowledge", "Marko Jovanović"],
      ["comment", "Marko Jovanović"],
    ]);
  });

  it("a map-only window may look but not act, whoever is signed in", async () => {
    const answers: CoreToWindowMessage[] = [];
    const map = core.service.connectWindow((m) => answers.push(m), "map");
    const alarm = core.service.listAlarms()[0]!;
    await map.handle({ kind: "call", id: 1, method: "listAlarms", args: {} });
    await map.handle({ kind: "call", id: 2, method: "commentAlarm", args: { alarmId: alarm.id, comment: "from the wall" } });
    expect(answers.find((m) => m.kind === "result" && m.id === 1)).toBeDefined();
    expect(answers.find((m) => m.kind === "error" && m.id === 2)).toMatchObject({ error: { code: "forbidden", message: expect.stringMatching(/map only/) } });
    map.close();
  });

  it("timed and one-shot shelve with a reason, unshelve, and taking a condition out of service", async () => {
    const alarm = await waitFor("an active unshelved alarm", () => core.service.listAlarms().find((a) => a.active && !a.shelved && a.enabled), 20_000);
    await expect(call("shelveAlarm", { alarmId: alarm.id, kind: "timed", reason: "x" })).rejects.toThrow(/durationMs/);
    await expect(call("shelveAlarm", { alarmId: alarm.id, kind: "timed", durationMs: 60_000, reason: "" })).rejects.toThrow(/reason/);

    const askedAt = Date.now();
    expect((await call<ActionResult>("shelveAlarm", { alarmId: alarm.id, kind: "timed", durationMs: 60_000, reason: "servis u toku" })).status).toBe("done");
    await nextState(alarm.id, (a) => a.shelved);
    // The simulator's events carry no UnshelveTime (node-opcua computes it on read): the core reads it, and every window hears the end.
    const withEnd = await nextState(alarm.id, (a) => a.shelving?.kind === "timed" && a.shelving.until !== null);
    expect(withEnd.shelving!.until!).toBeGreaterThan(askedAt + 50_000);
    expect(withEnd.shelving!.until!).toBeLessThanOrEqual(Date.now() + 60_000);
    await waitFor("the book to know it is shelved", () => core.service.listAlarms().find((a) => a.id === alarm.id && a.shelved), 20_000);
    expect((await call<ActionResult>("unshelveAlarm", { alarmId: alarm.id })).status).toBe("done");
    await waitFor("unshelved", () => core.service.listAlarms().find((a) => a.id === alarm.id && !a.shelved), 20_000);

    expect((await call<ActionResult>("shelveAlarm", { alarmId: alarm.id, kind: "one-shot", reason: "do povratka" })).status).toBe("done");
    await waitFor("shelved one-shot", () => core.service.listAlarms().find((a) => a.id === alarm.id && a.shelved), 20_000);
    expect((await call<ActionResult>("unshelveAlarm", { alarmId: alarm.id })).status).toBe("done");
    await waitFor("unshelved again", () => core.service.listAlarms().find((a) => a.id === alarm.id && !a.shelved), 20_000);

    expect((await call<ActionResult>("setAlarmEnabled", { alarmId: alarm.id, enabled: false, reason: "senzor u kvaru" })).status).toBe("done");
    // Out of service: the server stops reporting it (Retain false with BadConditionDisabled).
    await waitFor("the condition out of service", () => !core.service.listAlarms().some((a) => a.id === alarm.id && a.enabled), 20_000);
    const audit = (await core.service.audit()).slice(0, 6).map((r) => r.action);
    expect(audit).toEqual(["disable", "unshelve", "shelve", "unshelve", "shelve", expect.any(String)]);
  });
});
