/**
 * What an alarm row offers a person (renderer/alarms/alarmActions.ts): only what their role may
 * do (SessionInfo.may) on the alarm's current state; how the answer is told (actionOutcome.ts);
 * the state text of a shelved alarm; and the window's sign-in slice following the `session` topic.
 */
import { describe, expect, it } from "vitest";
import { PERMISSION_KEYS, type ActionResult, type AlarmState, type ControlRoomApi, type EventPayloads, type SessionInfo } from "../../contract/api";
import { ContractError } from "../../contract/client";
import { outcomeOf, refusedCall } from "../../renderer/alarms/actionOutcome";
import { offeredActions, shelveChoice, type May } from "../../renderer/alarms/alarmActions";
import { alarmStateText } from "../../renderer/alarms/alarmStateText";

import { createFormats } from "../../renderer/i18n/formats";
import { createI18n } from "../../renderer/i18n/i18n";
import { createRoomStore } from "../../renderer/state/roomState";
import { startSessionFeed } from "../../renderer/state/sessionFeed";
import { alarmState, T0 } from "./fixtures/alarm-state";

const NONE = Object.fromEntries(PERMISSION_KEYS.map((k) => [k, false])) as May;
// The Niš site's roles (resources/sites/nis.json permissions).
const OPERATOR: May = { ...NONE, acknowledge: true, comment: true };
const SUPERVISOR: May = { ...NONE, acknowledge: true, confirm: true, shelve: true, comment: true, enable: true };
const MAINTENANCE: May = { ...NONE, comment: true };

const alarm = (over: Partial<AlarmState> = {}) => alarmState("water.PS-MED-01.PressureLimit", over);

describe("offeredActions", () => {
  it("offers nothing to a read-only station (nobody signed in) or a role with no permission", () => {
    expect(offeredActions(alarm(), NONE)).toEqual([]);
    expect(offeredActions(alarm({ acked: true, confirmed: false, shelved: true }), NONE)).toEqual([]);
  });

  it("an operator acknowledges and comments, but is never offered confirm, shelve or out of service", () => {
    expect(offeredActions(alarm(), OPERATOR)).toEqual(["acknowledge", "comment"]);
    expect(offeredActions(alarm({ acked: true, confirmed: false }), OPERATOR)).toEqual(["comment"]);
    expect(offeredActions(alarm({ shelved: true }), OPERATOR)).toEqual(["acknowledge", "comment"]);
  });

  it("maintenance only comments", () => {
    expect(offeredActions(alarm(), MAINTENANCE)).toEqual(["comment"]);
  });

  it("a supervisor gets every action the state allows, in menu order", () => {
    expect(offeredActions(alarm(), SUPERVISOR)).toEqual(["acknowledge", "comment", "shelve", "disable"]);
    expect(offeredActions(alarm({ acked: true, confirmed: false }), SUPERVISOR)).toEqual(["confirm", "comment", "shelve", "disable"]);
    expect(offeredActions(alarm({ shelved: true }), SUPERVISOR)).toEqual(["acknowledge", "comment", "unshelve", "disable"]);
    // Out of service: shelving means nothing; it can only come back.
    expect(offeredActions(alarm({ enabled: false }), SUPERVISOR)).toEqual(["acknowledge", "comment", "enable"]);
  });

  it("offers confirm only for an acknowledged alarm whose server has Confirm and that awaits it", () => {
    expect(offeredActions(alarm({ acked: false, confirmed: false }), SUPERVISOR)).not.toContain("confirm");
    expect(offeredActions(alarm({ acked: true, confirmed: true }), SUPERVISOR)).not.toContain("confirm");
    expect(offeredActions(alarm({ acked: true, confirmed: null }), SUPERVISOR)).not.toContain("confirm");
    expect(offeredActions(alarm({ acked: true, confirmed: false }), SUPERVISOR)).toContain("confirm");
  });

  it("does not offer a second acknowledge while one is sent or queued", () => {
    expect(offeredActions(alarm(), OPERATOR, { ackUnderWay: true })).toEqual(["comment"]);
  });
});

describe("the state text of a shelved alarm", () => {
  const en = createI18n("en").t;
  const formats = createFormats("en", "Europe/Belgrade", en);
  const sr = createI18n("sr-Latn").t;

  it("says until when a timed shelve lasts, to the minute, in the site's time zone", () => {
    // 06:30 UTC on 15 January is 07:30 in Belgrade; 45 minutes later, 08:15.
    const until = T0 + 45 * 60_000;
    const shelved = alarm({ shelved: true, shelving: { kind: "timed", until } });
    expect(alarmStateText(shelved, en, { until: (ms) => formats.until(ms, T0) })).toBe("Active · Unacknowledged · Shelved until 08:15");
    expect(alarmStateText(shelved, sr, { until: (ms) => createFormats("sr-Latn", "Europe/Belgrade", sr).until(ms, T0) })).toBe(
      "Aktivan · Nepotvrđen · Odložen do 08:15",
    );
  });

  it("names a one-shot shelve, and falls back to plain 'Shelved' when the end is unknown", () => {
    expect(alarmStateText(alarm({ shelved: true, shelving: { kind: "one-shot", until: null } }), en, formats)).toBe(
      "Active · Unacknowledged · Shelved until normal",
    );
    expect(alarmStateText(alarm({ shelved: true, shelving: { kind: "timed", until: null } }), en, formats)).toBe("Active · Unacknowledged · Shelved");
    expect(alarmStateText(alarm({ shelved: false }), en, formats)).toBe("Active · Unacknowledged");
  });
});

describe("shelve choices", () => {
  it("turn a radio value into the contract's arguments", () => {
    expect(shelveChoice("15")).toEqual({ kind: "timed", durationMs: 15 * 60_000 });
    expect(shelveChoice("480")).toEqual({ kind: "timed", durationMs: 8 * 3600_000 });
    expect(shelveChoice("one-shot")).toEqual({ kind: "one-shot" });
  });
});

describe("what a person is told after an action", () => {
  const t = createI18n("en").t;
  const result = (status: ActionResult["status"], error: string | null = null): ActionResult => ({ outboxId: 7, status, error });

  it("taken by the server: nothing more to say", () => {
    expect(outcomeOf("shelve", result("done"), t)).toEqual({ kind: "taken" });
    expect(outcomeOf("shelve", result("sending"), t)).toEqual({ kind: "taken" });
  });

  it("queued: it waits, in words", () => {
    expect(outcomeOf("shelve", result("pending"), t)).toEqual({ kind: "queued", message: expect.stringContaining("“Shelve” waits in the outbox") });
  });

  it("conflict and failure: refused, with what the server said", () => {
    const conflict = outcomeOf("confirm", result("conflict", "BadEventIdUnknown"), t);
    expect(conflict.kind).toBe("refused");
    expect(conflict.kind === "refused" && conflict.message).toMatch(/“Confirm” was not carried out.*BadEventIdUnknown/);
    expect(outcomeOf("disable", result("failed", "BadUserAccessDenied"), t)).toEqual({
      kind: "refused",
      message: "The server refused “Take out of service”: BadUserAccessDenied",
    });
  });

  it("a call the core refused is worded by its code", () => {
    const message = refusedCall("shelve", new ContractError("forbidden", "Ana Petrović (operator) may not shelve on this site"), t);
    expect(message).toBe("“Shelve” was refused: You are not permitted to do this. (Ana Petrović (operator) may not shelve on this site)");
  });
});

describe("the sign-in slice", () => {
  const info = (login: string | null): SessionInfo => ({
    person: login ? { login, name: login, role: "operator" } : null,
    verified: login ? "online" : null,
    since: 1,
    may: { ...NONE, acknowledge: !!login, comment: !!login },
    signInRequired: true,
  });

  function fakeApi(snapshot: Promise<SessionInfo>) {
    let handler: ((p: EventPayloads["session"]) => void) | null = null;
    const api = {
      getSession: () => snapshot,
      on: (topic: string, h: (p: EventPayloads["session"]) => void) => {
        if (topic === "session") handler = h;
        return () => (handler = null);
      },
    } as unknown as ControlRoomApi;
    return { api, emit: (p: SessionInfo) => handler?.(p), listening: () => handler !== null };
  }

  it("starts from getSession and follows every `session` event (a sign-in in another window)", async () => {
    const store = createRoomStore();
    expect(store.getState().sessionInfo).toBeNull();
    const { api, emit, listening } = fakeApi(Promise.resolve(info(null)));
    const feed = startSessionFeed(api, store);
    await feed.ready;
    expect(store.getState().sessionInfo?.person).toBeNull();
    emit(info("operator"));
    expect(store.getState().sessionInfo?.person?.login).toBe("operator");
    emit(info(null));
    expect(store.getState().sessionInfo?.person).toBeNull();
    feed.stop();
    expect(listening()).toBe(false);
  });

  it("an event that overtakes the snapshot wins over it", async () => {
    const store = createRoomStore();
    let answer!: (i: SessionInfo) => void;
    const { api, emit } = fakeApi(new Promise((r) => (answer = r)));
    const feed = startSessionFeed(api, store);
    emit(info("supervisor"));
    answer(info(null));
    await feed.ready;
    expect(store.getState().sessionInfo?.person?.login).toBe("supervisor");
  });
});
