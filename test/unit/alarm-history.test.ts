import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { methodArgs, type AlarmHistoryRow, type MethodArgs } from "../../contract/api";
import { AlarmHistoryService } from "../../main/core/alarms/alarm-history";
import { migrate } from "../../main/core/store/migrations/index";
import { openStore, type Store } from "../../main/core/store/store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-history-"));
let store: Store;
let history: AlarmHistoryService;

const state = (id: string, time: number, active: boolean, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: `sim|${id}`,
    endpointId: "sim",
    conditionId: id,
    assetId: `sim|${id}-asset`,
    sourceName: `Source ${id}`,
    conditionName: `${id}Alarm`,
    message: `${id} message`,
    severity: 300,
    priority: "low",
    active,
    acked: false,
    confirmed: null,
    shelved: false,
    suppressed: false,
    enabled: true,
    retain: true,
    time,
    activeSince: active ? time : null,
    lastComment: null,
    lastCommentUser: null,
    returned: !active,
    branches: 0,
    shelving: null,
    firstTime: time,
    ...over,
  });

beforeAll(async () => {
  const file = path.join(dir, "s.sqlite");
  const db = new Database(file);
  migrate(db);
  const asset = db.prepare("INSERT INTO asset (id, endpoint_id, name, service, type, district, lat, lon) VALUES (?,?,?,?,?,?,?,?)");
  for (const [id, service] of [["a", "water"], ["b", "water"], ["c", "heating"]]) asset.run(`sim|${id}-asset`, "sim", id, service, "T", "Medijana", 0, 0);
  const j = db.prepare("INSERT INTO alarm_journal (received_at, endpoint_id, alarm_id, event_time, event_id, state) VALUES (?,?,?,?,?,?)");
  const row = (id: string, t: number, active: boolean, over?: Record<string, unknown>) => j.run(t, "sim", `sim|${id}`, t, null, state(id, t, active, over));
  // a: activates at 1000, is refreshed active at 2000 (no new activation), returns at 3000, activates at 4000.
  row("a", 1000, true);
  row("a", 2000, true);
  row("a", 3000, false);
  row("a", 4000, true);
  // b: active since before the range; its in-range state is no activation.
  row("b", 500, true);
  row("b", 1500, true);
  // c (heating): returns at 5000, activates again at 6000; shelved at 7000.
  row("c", 5000, false);
  row("c", 6000, true, { priority: "high" });
  row("c", 7000, true, { priority: "high", shelved: true });
  // Pagination fodder: 20 more rows, several at the same millisecond as audit rows.
  for (let i = 0; i < 20; i++) row("p", 8000 + Math.floor(i / 2) * 10, i % 2 === 0);
  const a = db.prepare("INSERT INTO audit (at, user_name, role, action, target, detail) VALUES (?,?,?,?,?,?)");
  for (let i = 0; i < 6; i++) a.run(8000 + i * 10, "Ana", "operator", "comment", "sim|p", `Comment ${i}`);
  db.close();
  store = await openStore({ file });
  history = new AlarmHistoryService(store.history);
});

afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const args = (a: Record<string, unknown>): MethodArgs<"searchAlarmHistory"> => methodArgs.searchAlarmHistory.parse(a);

describe("alarm history from the store", () => {
  it("activations are the journaled states where a condition went from inactive or absent to active", async () => {
    const acts = await store.history.activations({ from: 1000, to: 10_000 });
    expect(acts.filter((x) => x.alarmId !== "sim|p").map((x) => [x.alarmId, x.time])).toEqual([
      ["sim|a", 1000],
      ["sim|a", 4000],
      ["sim|c", 6000],
    ]);
    expect(acts.find((x) => x.alarmId === "sim|c")).toMatchObject({ service: "heating", priority: "high", sourceName: "Source c", conditionName: "cAlarm" });
    expect((await store.history.activations({ from: 1000, to: 10_000, services: ["heating"] })).map((x) => x.time)).toEqual([6000]);
    // The range's start: b's activation at 500 is outside it, and not counted again at 1500.
    expect((await store.history.activations({ from: 1001, to: 5000 })).map((x) => [x.alarmId, x.time])).toEqual([["sim|a", 4000]]);
  });

  it("end states: each condition's last state at the range's end, only active or shelved ones", async () => {
    const at5000 = await store.history.endStates({ to: 5000 });
    expect(at5000.map((s) => [s.alarmId, s.active, s.time]).sort()).toEqual([
      ["sim|a", true, 4000],
      ["sim|b", true, 1500],
    ]);
    const at7000 = await store.history.endStates({ to: 7000, services: ["heating"] });
    expect(at7000).toEqual([expect.objectContaining({ alarmId: "sim|c", shelved: true, active: true, service: "heating", district: "Medijana" })]);
    // A district narrows too: c's asset is in Medijana, not in Palilula.
    expect(await store.history.endStates({ to: 7000, services: ["heating"], districts: ["Palilula"] })).toEqual([]);
    expect((await store.history.activations({ from: 1000, to: 10_000, districts: ["Medijana"], services: ["heating", "water"] })).map((x) => x.alarmId)).toContain("sim|c");
  });

  it("KPIs through the service read the range's activations", async () => {
    const k = await history.kpis({ from: 0, to: 7999 });
    // a twice, b at 500, c at 6000.
    expect(k.activations).toBe(4);
    expect(k.prioritySplit.counts).toMatchObject({ low: 3, high: 1 });
    expect(k.shelved.value).toBe(1);
    expect(k.standing.value).toBe(3);
  });

  it("pages newest first through both tables with the cursor, no row twice or missed", async () => {
    const whole = await history.search(args({ from: 0, to: 100_000 }));
    expect(whole.next).toBeNull();
    expect(whole.rows).toHaveLength(9 + 20 + 6);
    const times = whole.rows.map((r) => r.time);
    expect(times).toEqual([...times].sort((x, y) => y - x));
    // At the same millisecond the action comes before the state it caused.
    const at8000 = whole.rows.filter((r) => r.time === 8000).map((r) => r.kind);
    expect(at8000).toEqual(["audit", "alarm", "alarm"]);

    const paged: AlarmHistoryRow[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await history.search(args({ from: 0, to: 100_000, limit: 4, ...(cursor ? { cursor } : {}) }));
      expect(page.rows.length).toBeLessThanOrEqual(4);
      paged.push(...page.rows);
      cursor = page.next ?? undefined;
      pages++;
    } while (cursor && pages < 100);
    expect(pages).toBe(Math.ceil(35 / 4));
    expect(paged.map((r) => r.key)).toEqual(whole.rows.map((r) => r.key));
    await expect(history.search(args({ from: 0, to: 1, cursor: "nonsense" }))).rejects.toThrow(/cursor/);
  });

  it("rows carry the state flags and the audit target's label", async () => {
    const page = await history.search(args({ from: 7000, to: 8000 }));
    expect(page.rows.find((r) => r.kind === "alarm" && r.alarmId === "sim|c")).toMatchObject({ shelved: true, active: true, priority: "high", service: "heating", district: "Medijana" });
    expect(page.rows.find((r) => r.kind === "audit")).toMatchObject({ userName: "Ana", action: "comment", targetLabel: "Source p: p message", alarmId: "sim|p" });
  });

  it("arguments are checked: the range's order, the limit's bounds and its default", () => {
    expect(args({ from: 0, to: 1 }).limit).toBe(1000);
    expect(() => args({ from: 2, to: 1 })).toThrow(/from must not be after to/);
    expect(() => args({ from: 0, to: 1, limit: 10_001 })).toThrow();
    expect(() => methodArgs.alarmKpis.parse({ from: 5, to: 1 })).toThrow();
  });
});
