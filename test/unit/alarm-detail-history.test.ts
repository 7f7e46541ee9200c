/**
 * One condition's history for the detail drawer: searchAlarmHistory with `alarmId`, on a real
 * SQLite store through its worker. The condition's journaled states and the actions whose target
 * it is come back, newest first; another condition's never do, not even one whose id begins the same.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { methodArgs, type MethodArgs } from "../../contract/api";
import { AlarmHistoryService } from "../../main/core/alarms/alarm-history";
import { migrate } from "../../main/core/store/migrations/index";
import { openStore, type Store } from "../../main/core/store/store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-detail-history-"));
let store: Store;
let history: AlarmHistoryService;

const state = (conditionId: string, time: number, active: boolean, lastComment: string | null = null) =>
  JSON.stringify({
    id: `sim|${conditionId}`,
    endpointId: "sim",
    conditionId,
    assetId: "sim|asset",
    sourceName: "Pumpa Medoševac",
    conditionName: "PressureLimit",
    message: `${conditionId} at ${time}`,
    severity: 700,
    priority: "high",
    active,
    acked: lastComment !== null,
    confirmed: null,
    shelved: false,
    suppressed: false,
    enabled: true,
    retain: true,
    time,
    activeSince: active ? time : null,
    lastComment,
    lastCommentUser: lastComment ? "ana" : null,
    returned: !active,
    branches: 0,
    shelving: null,
    firstTime: time,
  });

beforeAll(async () => {
  const file = path.join(dir, "s.sqlite");
  const db = new Database(file);
  migrate(db);
  const j = db.prepare("INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, event_id, state) VALUES (?,?,?,?,?,?)");
  const row = (alarmId: string, conditionId: string, t: number, active: boolean, comment?: string) =>
    j.run(t, "sim", alarmId, t, null, state(conditionId, t, active, comment ?? null));
  row("sim|p", "p", 1000, true);
  row("sim|p", "p", 2000, true, "crew sent");
  row("sim|p", "p", 3000, false, "crew sent");
  // A branch row from a journal written before branches were folded.
  row("sim|p#ns=1;g=b1", "p", 1500, true);
  // Other conditions, one whose id merely starts with this one's.
  row("sim|pump", "pump", 2500, true);
  row("sim|q", "q", 2600, true);
  const a = db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)");
  a.run(2000, "Ana Petrović", "operator", "acknowledge", "sim|p", "Acknowledge — crew sent");
  a.run(2700, "Marko Ilić", "supervisor", "comment", "sim|pump", "Comment on the other pump");
  a.run(2800, "Ana Petrović", "operator", "sign-in", "ana", "Signed in");
  db.close();
  store = await openStore({ file });
  history = new AlarmHistoryService(store.history);
});

afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const args = (a: Record<string, unknown>): MethodArgs<"searchAlarmHistory"> => methodArgs.searchAlarmHistory.parse(a);

describe("one condition's history (alarmId filter)", () => {
  it("returns the condition's states, its old branch rows and the actions on it, newest first, and nothing else", async () => {
    const page = await history.search(args({ from: 0, to: 10_000, alarmId: "sim|p" }));
    expect(page.rows.map((r) => [r.kind, r.time])).toEqual([
      ["alarm", 3000],
      ["audit", 2000],
      ["alarm", 2000],
      ["alarm", 1500],
      ["alarm", 1000],
    ]);
    const audit = page.rows.find((r) => r.kind === "audit");
    expect(audit).toMatchObject({ userName: "Ana Petrović", action: "acknowledge", alarmId: "sim|p" });
    expect(page.rows.filter((r) => r.kind === "alarm").every((r) => r.kind === "alarm" && r.alarmId === "sim|p")).toBe(true);
    expect(page.next).toBeNull();
  });

  it("combines with the other filters and pages with the cursor", async () => {
    const first = await history.search(args({ from: 0, to: 10_000, alarmId: "sim|p", kinds: ["alarm"], limit: 2 }));
    expect(first.rows.map((r) => r.time)).toEqual([3000, 2000]);
    const second = await history.search(args({ from: 0, to: 10_000, alarmId: "sim|p", kinds: ["alarm"], limit: 2, cursor: first.next! }));
    expect(second.rows.map((r) => r.time)).toEqual([1500, 1000]);
    const commented = await history.search(args({ from: 0, to: 10_000, alarmId: "sim|p", text: "crew" }));
    expect(commented.rows.map((r) => r.time)).toEqual([3000, 2000, 2000]);
  });

  it("another condition sees only its own rows", async () => {
    const page = await history.search(args({ from: 0, to: 10_000, alarmId: "sim|pump" }));
    expect(page.rows.map((r) => [r.kind, r.time])).toEqual([
      ["audit", 2700],
      ["alarm", 2500],
    ]);
  });

  it("refuses an alarm id that is not one", () => {
    expect(methodArgs.searchAlarmHistory.safeParse({ from: 0, to: 1, alarmId: "no-endpoint" }).success).toBe(false);
    expect(methodArgs.searchAlarmHistory.safeParse({ from: 0, to: 1, alarmId: 42 }).success).toBe(false);
  });
});
