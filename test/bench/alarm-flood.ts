/**
 * Issue #9 item 4, an alarm flood as the operator's window lives it. The bench server (its own
 * process) holds `alarms` AlarmConditionType conditions and raises all of them, spread over
 * 10 s (or as fast as it can: its own time is reported); host mode and Debian's Chromium at
 * 1920×1080 show the operator screen. Measured in the page, with the wall clock the server
 * stamps its last event with:
 * - the panel complete: the alarm panel's "n of total shown" total reaches all alarms;
 * - long tasks (PerformanceObserver 'longtask') and frame times (requestAnimationFrame gaps)
 *   during the flood and in the 5 s after its last event;
 * - main thread busy again: the end of the last 250 ms slice after the last event in which the
 *   renderer's main thread was busy over half the time (CDP TaskDuration), against the idle
 *   page's own share before the flood;
 * - a bulk acknowledge of 1,000 alarms: 1,000 acknowledgeAlarm calls pipelined on one contract
 *   connection, until the server holds all 1,000 acknowledged; baseline, 1,000 others
 *   acknowledged by a bare client in one Call request (load/bare-acknowledge.ts).
 */
import type { Page } from "@playwright/test";
import type { AlarmState } from "../../contract/api";
import { callContract } from "../e2e/sign-in";
import { figure, type Figure } from "./figures";
import { bareAcknowledge } from "./load/bare-acknowledge";
import { benchScreenshot, longTasks, startHostPage } from "./load/host-page";

const ITEM = "4 alarm flood";

/**
 * Frame gaps and the moment the panel's total reached `expected`, collected in the page (a
 * string, so the bundler's helpers never reach the page).
 */
const watch = (expected: number) => `(() => {
  const w = window;
  w.__frames = [];
  w.__complete = null;
  let last = performance.now();
  const frame = (now) => {
    w.__frames.push({ at: performance.timeOrigin + now, gap: now - last });
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const total = () => {
    const text = document.querySelector("[data-testid=alarm-shown]")?.textContent ?? "";
    const numbers = (text.match(/\\d[\\d.,\\u00a0 ]*\\d|\\d/g) ?? []).map((s) => Number(s.replace(/\\D/g, "")));
    return numbers[1] ?? 0;
  };
  const check = () => {
    if (w.__complete === null && total() >= ${expected}) w.__complete = Date.now();
  };
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

async function busySlices(page: Page, ms: number, sliceMs: number): Promise<{ at: number; share: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const task = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
  const out: { at: number; share: number }[] = [];
  let before = await task();
  let t = Date.now();
  const end = t + ms;
  while (t < end) {
    await new Promise((r) => setTimeout(r, sliceMs));
    const now = Date.now();
    const after = await task();
    out.push({ at: now, share: (after - before) / ((now - t) / 1000) });
    before = after;
    t = now;
  }
  await cdp.detach();
  return out;
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]! : 0;
};

export interface FloodSize {
  alarms: number;
  acks: number;
  /** The server spreads the alarms over this long. */
  withinMs: number;
  /** How long the page is watched after the last alarm (and settles before the flood). */
  afterMs: number;
}

export async function benchAlarmFlood({ alarms, acks, withinMs, afterMs }: FloodSize): Promise<Figure[]> {
  const hp = await startHostPage({ assets: 500, tagsPerAsset: 1, alarms }, {}, { width: 1920, height: 1080 });
  try {
    const { page, server } = hp;
    await page.waitForTimeout(Math.min(3_000, afterMs));
    const idle = await busySlices(page, Math.min(2_000, afterMs), 500);
    const idleShare = idle.reduce((n, s) => n + s.share, 0) / idle.length;
    await page.evaluate(watch(alarms));

    const floodStart = Date.now();
    const lastEvent = await server.request<number>("raiseAlarms", { count: alarms, withinMs });
    const slices = await busySlices(page, afterMs, 250);
    let complete = await page.evaluate(() => (window as unknown as { __complete: number | null }).__complete);
    for (let i = 0; complete === null && i < 120; i++) {
      await page.waitForTimeout(500);
      complete = await page.evaluate(() => (window as unknown as { __complete: number | null }).__complete);
    }
    if (complete === null) throw new Error(`the alarm panel never showed all ${alarms} alarms`);
    await benchScreenshot(page, "flood-panel-complete");
    const frames = await page.evaluate(() => (window as unknown as { __frames: { at: number; gap: number }[] }).__frames);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const tasks = (await longTasks(page)).map((t) => ({ at: origin + t.start, duration: t.duration }));
    const during = (at: number) => at >= floodStart && at <= lastEvent;
    const after = (at: number) => at > lastEvent && at <= lastEvent + afterMs;
    const busyUntil = slices.filter((s) => s.share > 0.5).reduce((m, s) => Math.max(m, s.at - lastEvent), 0);
    const longest = (f: (at: number) => boolean) => tasks.filter((t) => f(t.at)).reduce((m, t) => Math.max(m, t.duration), 0);
    const count = (f: (at: number) => boolean) => tasks.filter((t) => f(t.at)).length;
    const gaps = (f: (at: number) => boolean) => frames.filter((x) => f(x.at)).map((x) => x.gap);

    // Bulk acknowledge: the first `acks` unacknowledged alarms, every call on one socket at once.
    const listed = await callContract(page, "listAlarms", {});
    if (!("result" in listed)) throw new Error(`listAlarms: ${listed.error.message}`);
    const ids = (listed.result as AlarmState[]).filter((a) => !a.acked).slice(0, acks).map((a) => a.id);
    const acked0 = await server.request<number>("ackedCount");
    const ackStart = Date.now();
    const answered = await page.evaluate(
      (ids) =>
        new Promise<{ ms: number; refused: string[] }>((resolve) => {
          const t0 = performance.now();
          const token = new URLSearchParams(location.search).get("token") ?? "";
          const socket = new WebSocket(`ws://${location.host}/api?token=${encodeURIComponent(token)}`);
          let left = ids.length;
          const refused: string[] = [];
          socket.onopen = () => ids.forEach((alarmId, i) => socket.send(JSON.stringify({ kind: "call", id: i + 1, method: "acknowledgeAlarm", args: { alarmId, comment: "" } })));
          socket.onmessage = (event) => {
            const m = JSON.parse(String(event.data)) as { kind: string; error?: { message: string } };
            if (m.kind === "event") return;
            if (m.kind !== "result") refused.push(m.error?.message ?? "?");
            if (--left === 0) {
              socket.close();
              resolve({ ms: performance.now() - t0, refused: refused.slice(0, 3) });
            }
          };
        }),
      ids,
    );
    let ackedAt: number | null = null;
    for (let i = 0; i < 1200; i++) {
      if ((await server.request<number>("ackedCount")) - acked0 >= ids.length) {
        ackedAt = Date.now();
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (ackedAt === null) throw new Error(`the server did not hold ${ids.length} acknowledgements within 120 s (calls answered in ${Math.round(answered.ms)} ms; refused e.g. ${answered.refused.join(" | ")})`);

    // Baseline: as many other alarms acknowledged by a bare client in one Call request.
    const others = await server.request<{ conditionId: string; eventId: string }[]>("unacked", { count: ids.length });
    const acked1 = await server.request<number>("ackedCount");
    const bareStart = Date.now();
    await bareAcknowledge(server.ready.endpointUrl, others);
    while ((await server.request<number>("ackedCount")) - acked1 < others.length && Date.now() - bareStart < 120_000) await new Promise((r) => setTimeout(r, 20));
    const bareMs = Date.now() - bareStart;

    const floodS = (lastEvent - floodStart) / 1000;
    const flood = `${alarms.toLocaleString("en-US")} alarms raised in ${floodS.toFixed(1)} s by the server`;
    return [
      figure({ item: ITEM, name: "panel complete after the last alarm", value: complete - lastEvent, unit: "ms", target: { on: "value", op: "<=", limit: 2000 }, note: flood }),
      figure({
        item: ITEM,
        name: `longest renderer task during the flood and ${afterMs / 1000} s after`,
        value: Math.max(longest(during), longest(after)),
        unit: "ms",
        target: { on: "value", op: "<=", limit: 200 },
        note: `long tasks (> 50 ms): ${count(during)} during (longest ${Math.round(longest(during))} ms), ${count(after)} after (longest ${Math.round(longest(after))} ms)`,
      }),
      figure({
        item: ITEM,
        name: "frame time p95 during the flood",
        value: p95(gaps(during)),
        unit: "ms",
        baseline: { value: 1000 / 60, label: "one 60 Hz frame" },
        note: `${gaps(during).length} frames; after: p95 ${p95(gaps(after)).toFixed(0)} ms, longest ${Math.round(Math.max(0, ...gaps(after)))} ms`,
      }),
      figure({
        item: ITEM,
        name: "renderer main thread busy (> 50 % of a 250 ms slice) until, after the last alarm",
        value: busyUntil,
        unit: "ms",
        target: { on: "value", op: "<=", limit: 2000 },
        note: `idle page before the flood: ${(idleShare * 100).toFixed(0)} % busy; slices after: ${slices.map((s) => Math.round(s.share * 100)).join(" ")} %`,
      }),
      figure({
        item: ITEM,
        name: `bulk acknowledge of ${ids.length.toLocaleString("en-US")} alarms until the server holds them all`,
        value: ackedAt - ackStart,
        unit: "ms",
        baseline: { value: bareMs, label: `${others.length} other alarms acknowledged by a bare node-opcua client, one Call request, straight to the server` },
        note: `calls answered in ${Math.round(answered.ms)} ms (${answered.refused.length ? `refused e.g. ${answered.refused.join(" | ")}` : "none refused"})`,
      }),
    ];
  } finally {
    await hp.stop();
  }
}

/** `npx tsx test/bench/alarm-flood.ts [alarms] [acks]` (renderer built first). */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchAlarmFlood({ alarms: Number(process.argv[2] ?? 200), acks: Number(process.argv[3] ?? 50), withinMs: 10_000, afterMs: 5_000 }));
  process.exit(0);
}
