/**
 * History search and alarm KPIs against the real simulator's alarm storm, through the contract
 * as a window calls it: the storm's alarms are found by their message text (any case, no
 * diacritics needed) and by priority, an acknowledge made through the contract is there as an
 * audit row, the cursor pages through everything once, and the KPIs over the storm report a flood.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult, AlarmHistoryPage, AlarmHistoryRow, AlarmHistoryStateRow, AlarmKpis, AlarmState, CoreToWindowMessage, WindowRole } from "../../../contract/api";
import { ControlRoomService } from "../../../main/core/composition/control-room";
import { foldText } from "../../../main/core/store/search-text";
import { waitFor } from "../wait-for";
import { restartableServer, type RestartableServer } from "./restartable-server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-history-"));
let server: RestartableServer;
let service: ControlRoomService;
let win: ReturnType<typeof openWindow>;
/** The storm's range, and the alarms it tripped. */
let from = 0;
let to = 0;
let tripped: AlarmState[] = [];

function openWindow(core: ControlRoomService, role: WindowRole = "operator") {
  const results = new Map<number, CoreToWindowMessage>();
  let next = 1;
  const link = core.connectWindow((m) => {
    if (m.kind !== "event") results.set(m.id, m);
  }, role);
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const id = next++;
    await link.handle({ kind: "call", id, method, args });
    const r = results.get(id)!;
    if (r.kind === "error") throw new Error(`${r.error.code}: ${r.error.message}`);
    return (r as { result: T }).result;
  };
  return { call };
}

const search = (args: Record<string, unknown>) => win.call<AlarmHistoryPage>("searchAlarmHistory", { from, to, ...args });
const alarmRows = (rows: AlarmHistoryRow[]) => rows.filter((r): r is AlarmHistoryStateRow => r.kind === "alarm");

beforeAll(async () => {
  server = await restartableServer(dir, 11);
  service = await ControlRoomService.start({ site: server.site, dataDir: path.join(dir, "data"), pki: server.pki });
  win = openWindow(service);
  expect(await service.whenConnected(60_000)).toBe(true);
  await server.sim.ready();
  await new Promise((r) => setTimeout(r, 3_000));
  const before = new Set(service.listAlarms().filter((a) => a.active).map((a) => a.id));
  from = Date.now();
  server.sim.startScenario("alarm-flood");
  // The storm crosses the city in about a minute: wait until it has tripped most of what it will.
  let seen = 0;
  let steadySince = Date.now();
  await waitFor(
    "the storm to trip its alarms",
    () => {
      const open = service.listAlarms().filter((a) => a.active && !before.has(a.id));
      if (open.length !== seen) [seen, steadySince] = [open.length, Date.now()];
      return open.length >= 30 && Date.now() - steadySince > 5_000 ? (tripped = open) : null;
    },
    120_000,
  );
  // The journal is written in 50 ms batches off the event loop.
  await new Promise((r) => setTimeout(r, 1_000));
  to = Date.now();
}, 240_000);

afterAll(async () => {
  await service?.stop();
  await server?.sim.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("alarm history and KPIs over the simulator's storm", () => {
  it("finds the storm's alarms by text from their message, in any case", async () => {
    // The simulator's messages are "<what>: <tag> is <value>…"; search by the words before the colon.
    const sample = tripped[0]!;
    const words = sample.message.split(":")[0]!;
    const page = await search({ text: words.toUpperCase(), kinds: ["alarm"] });
    const rows = alarmRows(page.rows);
    expect(rows.length).toBeGreaterThan(0);
    // Every word of the query is somewhere in the row (the search is by words, not by phrase:
    // "100" also finds "1100 l" in a container's name).
    const queryWords = foldText(words).split(/\s+/).filter(Boolean);
    for (const r of rows) {
      const text = foldText(`${r.sourceName} ${r.conditionName} ${r.message} ${r.lastComment ?? ""}`);
      for (const w of queryWords) expect(text).toContain(w);
    }
    const expected = tripped.filter((a) => a.message.startsWith(`${words}:`)).map((a) => a.id);
    for (const id of expected) expect(rows.some((r) => r.alarmId === id)).toBe(true);
    // A journaled state carries its asset's service and district.
    expect(rows.find((r) => r.alarmId === sample.id)).toMatchObject({ sourceName: sample.sourceName, service: expect.any(String), district: expect.any(String) });
  });

  it("finds a source name without its diacritics (Niš names: š, ć, đ, …)", async () => {
    const named = tripped.find((a) => /[čćđšžČĆĐŠŽ]/.test(a.sourceName));
    expect(named, "a storm alarm whose source name has a Serbian diacritic").toBeDefined();
    const plain = foldText(named!.sourceName);
    expect(plain).not.toBe(named!.sourceName.toLowerCase());
    const rows = alarmRows((await search({ text: plain, kinds: ["alarm"] })).rows);
    expect(rows.some((r) => r.alarmId === named!.id)).toBe(true);
    expect(rows.every((r) => foldText(r.sourceName).includes(plain))).toBe(true);
  });

  it("filters by priority", async () => {
    const high = tripped.filter((a) => a.priority === "high");
    expect(high.length).toBeGreaterThan(0);
    const rows = alarmRows((await search({ priorities: ["high"], limit: 10_000 })).rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.priority === "high")).toBe(true);
    for (const a of high) expect(rows.some((r) => r.alarmId === a.id)).toBe(true);
  });

  it("an acknowledge made through the contract is an audit row, found by its comment and by the person", async () => {
    const target = tripped.find((a) => !a.acked)!;
    const result = await win.call<ActionResult>("acknowledgeAlarm", { alarmId: target.id, comment: "Oluja: ekipa izlazi na teren" });
    expect(result.status).toBe("done");
    const now = Date.now();
    const page = await search({ to: now, text: "OLUJA izlazi", kinds: ["audit"] });
    expect(page.rows).toEqual([
      expect.objectContaining({
        kind: "audit",
        action: "acknowledge",
        userName: server.site.user.name,
        target: target.id,
        alarmId: target.id,
        targetLabel: `${target.sourceName}: ${target.message}`,
        priority: target.priority,
      }),
    ]);
    const byUser = await search({ to: now, user: foldText(server.site.user.name).toUpperCase() });
    expect(byUser.rows.some((r) => r.kind === "audit" && r.action === "acknowledge" && r.target === target.id)).toBe(true);
    // The acknowledged state follows in the journal, with its comment.
    await waitFor(
      "the acknowledged state in the journal",
      async () => alarmRows((await search({ to: Date.now(), text: "ekipa izlazi", kinds: ["alarm"] })).rows).find((r) => r.alarmId === target.id && r.acked),
      20_000,
    );
    // Read-only: a map window may search too.
    const map = openWindow(service, "map");
    expect((await map.call<AlarmHistoryPage>("searchAlarmHistory", { from, to: now, text: "oluja" })).rows.length).toBeGreaterThan(0);
  });

  it("pages with the cursor: every row once, newest first, as one long page has them", async () => {
    const whole = await search({ limit: 10_000 });
    expect(whole.next).toBeNull();
    expect(whole.rows.length).toBeGreaterThan(60);
    const paged: AlarmHistoryRow[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 1000; pages++) {
      const page: AlarmHistoryPage = await search({ limit: 25, ...(cursor ? { cursor } : {}) });
      expect(page.rows.length).toBeLessThanOrEqual(25);
      paged.push(...page.rows);
      cursor = page.next;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(paged.map((r) => r.key)).toEqual(whole.rows.map((r) => r.key));
    const times = paged.map((r) => r.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("KPIs over the storm: a flood, and more than 10 activations per 10 minutes", async () => {
    const k = await win.call<AlarmKpis>("alarmKpis", { from, to });
    expect(k.activations).toBeGreaterThanOrEqual(tripped.length);
    expect(k.floodPercent.value).toBeGreaterThan(0);
    expect(k.floodPercent.meets).toBe(false);
    expect(k.floods).toBeGreaterThanOrEqual(1);
    expect(k.per10Minutes.peak.value).toBeGreaterThan(10);
    expect(k.per10Minutes.average.value).toBeGreaterThan(10);
    expect(k.standing.value).toBeGreaterThanOrEqual(tripped.length - 1);
    expect(k.badActors.length).toBe(10);
    // Per service: the lighting cabinets' share only.
    const lighting = await win.call<AlarmKpis>("alarmKpis", { from, to, service: "lighting" });
    expect(lighting.service).toBe("lighting");
    expect(lighting.activations).toBeGreaterThan(0);
    expect(lighting.activations).toBeLessThan(k.activations);
    expect(lighting.badActors.every((b) => b.service === "lighting")).toBe(true);
    // Per operator position (the Niš desks): each desk's alarms are its services' alarms, and the
    // desks together are the whole room.
    const desks = await Promise.all(["mreze", "saobracaj", "komunalije"].map((position) => win.call<AlarmKpis>("alarmKpis", { from, to, position })));
    expect(desks.map((d) => d.position)).toEqual(["mreze", "saobracaj", "komunalije"]);
    expect(desks.reduce((n, d) => n + d.activations, 0)).toBe(k.activations);
    const utilities = desks[2]!;
    expect(utilities.badActors.every((b) => ["waste", "lighting", "air"].includes(b.service ?? ""))).toBe(true);
    expect(utilities.activations).toBeGreaterThanOrEqual(lighting.activations);
    const deskLighting = await win.call<AlarmKpis>("alarmKpis", { from, to, position: "komunalije", service: "lighting" });
    expect(deskLighting.activations).toBe(lighting.activations);
    await expect(win.call("alarmKpis", { from, to, position: "nowhere" })).rejects.toThrow(/position "nowhere" is not one of this site's positions/);
  });
});
